#!/usr/bin/env python3
"""Compares `quiz optimize` with fsrs-rs (fsrs-rs-python) on histories simulated from known FSRS-6 parameters.

For each simulated learner: parameters drawn at random within the optimizer's bounds; cards introduced every
day; a same-day learning step; reviews at the interval FSRS-6's default parameters give for 90% recall, taken a
little early or late; recall drawn from the true parameters' forgetting curve. The earlier 80% of the days is
written as an FSRS optimizer CSV and fitted by `quiz optimize --revlog CSV --format json` and by
`fsrs_rs_python.FSRS(DEFAULT_PARAMETERS).compute_parameters(items)` (items built from the same CSV); every set of
parameters (true, defaults, quiz, fsrs-rs) is then scored by its mean log loss on the reviews of the later 20%.
The summary compares quiz with fsrs-rs learner by learner: the mean difference in held-out log loss with its
standard error, and how many learners each does better on (with a two-sided sign test).

Usage: python3 Tests/Optimizer/compare.py [--quiz .build-rel/release/quiz] [--learners 20] [--seed 1]
       [--cards-per-day 12] [--days 365]
Needs: pip install fsrs-rs-python==0.9.3
"""
import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time

import fsrs_rs_python as fsrs_rs

DEFAULTS = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
            0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542]
LOWER = [0.001] * 4 + [1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0,
                       0.01, 0.1]
UPPER = [100.0] * 4 + [10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8]
SPREAD = [6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03,
          0.31, 0.32, 0.14, 0.27]
DAY_MS = 86_400_000


class Model:
    """FSRS-6 as fsrs-rs trains it (short-term rule for same-day reviews), in double precision."""

    def __init__(self, w):
        self.w = w
        self.decay = -w[20]
        self.factor = 0.9 ** (1 / self.decay) - 1

    def recall(self, days, s):
        return (1 + self.factor * days / s) ** self.decay

    def init_d(self, g):
        return self.w[4] - math.exp(self.w[5] * (g - 1)) + 1

    def start(self, g):
        return min(max(self.w[g - 1], 0.001), 36500), min(max(self.init_d(g), 1), 10)

    def step(self, state, days, g):
        w = self.w
        s, d = min(max(state[0], 0.001), 36500), min(max(state[1], 1), 10)
        if days == 0:
            inc = math.exp(w[17] * (g - 3 + w[18])) * s ** -w[19]
            new_s = s * (max(inc, 1) if g >= 2 else inc)
        else:
            r = self.recall(days, s)
            if g == 1:
                new_s = min(w[11] * d ** -w[12] * ((s + 1) ** w[13] - 1) * math.exp((1 - r) * w[14]),
                            s / math.exp(w[17] * w[18]))
            else:
                bonus = w[15] if g == 2 else w[16] if g == 4 else 1
                new_s = s * (1 + math.exp(w[8]) * (11 - d) * s ** -w[9] * (math.exp((1 - r) * w[10]) - 1) * bonus)
        damped = d + (10 - d) * (-w[6] * (g - 3)) / 9
        new_d = w[7] * (self.init_d(4) - damped) + damped
        return min(max(new_s, 0.001), 36500), min(max(new_d, 1), 10)


def random_parameters(rng):
    w = [x + SPREAD[i] * (0.1 if i < 4 else 0.5) * (2 * rng.random() - 1) for i, x in enumerate(DEFAULTS)]
    w = [min(max(x, LOWER[i]), UPPER[i]) for i, x in enumerate(w)]
    w[0:4] = sorted(w[0:4])
    return [round(x, 4) for x in w]


def simulate(w, rng, cards_per_day, days, start_ms=1_700_000_000_000):
    """Rows (card_id, time_ms, rating) of one learner."""
    truth, planner = Model(w), Model(DEFAULTS)
    rows = []
    end = start_ms + days * DAY_MS
    for day in range(days):
        for k in range(cards_per_day):
            card = 1_000_000 + day * cards_per_day + k
            t = start_ms + day * DAY_MS + k * 180_000
            u = rng.random()
            first = 1 if u < 0.25 else 2 if u < 0.35 else 3 if u < 0.9 else 4
            rows.append((card, t, first))
            real, plan = truth.start(first), planner.start(first)
            if first != 4:
                t += 600_000
                rows.append((card, t, 3))
                real, plan = truth.step(real, 0, 3), planner.step(plan, 0, 3)
            while True:
                gap = max(1, round(max(1, plan[0] * (0.7 + 0.8 * rng.random()))))
                if t + gap * DAY_MS >= end:
                    break
                t += gap * DAY_MS
                if rng.random() < truth.recall(gap, real[0]):
                    v = rng.random()
                    g = 2 if v < 0.15 else 3 if v < 0.9 else 4
                else:
                    g = 1
                rows.append((card, t, g))
                real, plan = truth.step(real, gap, g), planner.step(plan, gap, g)
                if g == 1:
                    t += 600_000
                    rows.append((card, t, 3))
                    real, plan = truth.step(real, 0, 3), planner.step(plan, 0, 3)
    return rows


def sequences(rows):
    """Each card's [(time, rating, days since its previous review)], oldest first."""
    by_card = {}
    for card, t, g in rows:
        by_card.setdefault(card, []).append((t, g))
    out = {}
    for card, events in by_card.items():
        events.sort()
        out[card] = [(t, g, 0 if i == 0 else (t - events[i - 1][0]) // DAY_MS) for i, (t, g) in enumerate(events)]
    return out


def items(seqs, after=None, before=None):
    """(time, card, length) of every review on a later day than the card's previous one, in time order."""
    out = []
    for card, seq in seqs.items():
        for i, (t, g, days) in enumerate(seq):
            if days > 0 and (after is None or t >= after) and (before is None or t < before):
                out.append((t, card, i + 1))
    out.sort()
    return out


def log_loss(w, seqs, wanted):
    model = Model(w)
    by_card = {}
    for _, card, length in wanted:
        by_card.setdefault(card, set()).add(length - 1)
    total, n = 0.0, 0
    for card, positions in by_card.items():
        seq = seqs[card]
        state = model.start(seq[0][1])
        for i in range(1, max(positions) + 1):
            _, g, days = seq[i]
            if i in positions:
                p = min(max(model.recall(days, state[0]), 1e-7), 1 - 1e-7)
                total -= math.log(p) if g > 1 else math.log(1 - p)
                n += 1
            state = model.step(state, days, g)
    return total / n


def run_quiz(quiz, csv_path):
    env = dict(os.environ)
    env["QUIZ_CONFIG"] = os.path.join(os.path.dirname(csv_path), "config.toml")
    start = time.time()
    out = subprocess.run([quiz, "optimize", "--revlog", csv_path, "--format", "json"], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)["parameters"], time.time() - start


def run_fsrs_rs(seqs, train):
    fsrs_items = [fsrs_rs.FSRSItem([fsrs_rs.FSRSReview(g, days) for _, g, days in seqs[card][:length]])
                  for _, card, length in train]
    start = time.time()
    w = fsrs_rs.FSRS(fsrs_rs.DEFAULT_PARAMETERS).compute_parameters(fsrs_items)
    return list(w), time.time() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quiz", default=".build-rel/release/quiz")
    ap.add_argument("--learners", type=int, default=20)
    ap.add_argument("--cards-per-day", type=int, default=12)
    ap.add_argument("--days", type=int, default=365)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rows_out = []
    print(f"{'learner':>7} {'reviews':>8} {'held out':>8} {'true':>8} {'default':>8} {'quiz':>8} {'fsrs-rs':>8}"
          f" {'quiz-true':>9} {'quiz s':>7} {'rs s':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(args.learners):
            rng = random.Random(args.seed * 1000 + k)
            w = random_parameters(rng)
            rows = simulate(w, rng, args.cards_per_day, args.days)
            cutoff = 1_700_000_000_000 + int(args.days * 0.8) * DAY_MS
            train_rows = [r for r in rows if r[1] < cutoff]
            csv_path = os.path.join(tmp, f"learner{k}.csv")
            with open(csv_path, "w") as f:
                f.write("card_id,review_time,review_rating\n")
                f.writelines(f"{c},{t},{g}\n" for c, t, g in train_rows)
            seqs = sequences(rows)
            train_seqs = sequences(train_rows)
            held = items(seqs, after=cutoff)
            quiz_w, quiz_s = run_quiz(args.quiz, csv_path)
            rs_w, rs_s = run_fsrs_rs(train_seqs, items(train_seqs))
            losses = [log_loss(p, seqs, held) for p in (w, DEFAULTS, quiz_w, rs_w)]
            rows_out.append(losses)
            print(f"{k + 1:>7} {len(train_rows):>8} {len(held):>8} " + " ".join(f"{x:8.4f}" for x in losses)
                  + f" {losses[2] - losses[0]:+9.4f} {quiz_s:7.2f} {rs_s:6.2f}", flush=True)
    mean = [sum(r[i] for r in rows_out) / len(rows_out) for i in range(4)]
    print(f"{'mean':>7} {'':>8} {'':>8} " + " ".join(f"{x:8.4f}" for x in mean) + f" {mean[2] - mean[0]:+9.4f}")
    print(paired_summary([r[2] - r[3] for r in rows_out]))


def paired_summary(differences):
    """quiz − fsrs-rs, learner by learner: mean, standard error, wins and losses, sign test."""
    n = len(differences)
    mean = sum(differences) / n
    se = math.sqrt(sum((d - mean) ** 2 for d in differences) / (n - 1) / n) if n > 1 else float("nan")
    better = sum(d < -5e-5 for d in differences)
    worse = sum(d > 5e-5 for d in differences)
    # Two-sided sign test over the learners where the two differ by more than 0.00005.
    m, k = better + worse, min(better, worse)
    p = min(1.0, 2 * sum(math.comb(m, i) for i in range(k + 1)) / 2 ** m) if m else 1.0
    return (f"quiz - fsrs-rs: mean {mean:+.5f} (standard error {se:.5f}); quiz better on {better}, worse on {worse},"
            f" within 0.00005 on {n - better - worse} of {n} learners (sign test p = {p:.3f})")


if __name__ == "__main__":
    sys.exit(main())
