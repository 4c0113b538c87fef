#!/usr/bin/env python3
"""Generates FSRS-6 parity fixtures with the reference scheduler (pip install fsrs==6.3.2).

Writes parity.jsonl: one case per line: {"settings": {...}, "card": "id", "reviews": [[time_us, rating], ...],
"expected": [[state, step, stability, difficulty, due_us, last_review_us], ...]} with fuzz off.
Also writes replay.csv and replay-expected.jsonl for `quiz replay --no-fuzz`.
Run: python3 make_fixtures.py  (deterministic: seeded)
"""
import json, random
from datetime import datetime, timedelta, timezone
from fsrs import Scheduler, Card, Rating, State

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
def us(dt): return (dt - EPOCH) // timedelta(microseconds=1)

rng = random.Random(20261128)
CONFIGS = [
    {},
    {"desired_retention": 0.8},
    {"desired_retention": 0.95, "maximum_interval": 180},
    {"learning_steps": [timedelta(minutes=5)], "relearning_steps": []},
    {"learning_steps": [], "relearning_steps": [timedelta(minutes=1), timedelta(minutes=30), timedelta(hours=2)]},
    {"learning_steps": [timedelta(seconds=30), timedelta(minutes=3), timedelta(minutes=20), timedelta(hours=1)]},
]
def random_params():
    from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS as lo, UPPER_BOUNDS_PARAMETERS as hi, DEFAULT_PARAMETERS as d
    out = []
    for a, b, x in zip(lo, hi, d):
        v = x * rng.uniform(0.6, 1.4)
        out.append(round(min(max(v, a), b), 6))
    return out
for _ in range(4):
    c = dict(rng.choice(CONFIGS)); c["parameters"] = random_params(); CONFIGS.append(c)

def settings_json(c):
    s = Scheduler(**c, enable_fuzzing=False).to_dict()
    return {"parameters": s["parameters"], "desired_retention": s["desired_retention"],
            "learning_steps": s["learning_steps"], "relearning_steps": s["relearning_steps"],
            "maximum_interval": s["maximum_interval"]}

def history(scheduler, n):
    card = Card(card_id=1, due=datetime(2024, 1, 1, tzinfo=timezone.utc))
    t = datetime(2024, 1, 1, 8, 0, tzinfo=timezone.utc) + timedelta(milliseconds=rng.randrange(10**9))
    reviews, expected = [], []
    for _ in range(n):
        rating = Rating(rng.choices([1, 2, 3, 4], weights=[2, 2, 5, 1])[0])
        card, _ = scheduler.review_card(card, rating, t)
        reviews.append([us(t), int(rating)])
        expected.append([card.state.name.lower(), card.step, card.stability, card.difficulty, us(card.due),
                         us(card.last_review)])
        kind = rng.random()
        if kind < 0.2:      # same day, a few minutes or hours later
            t = t + timedelta(milliseconds=rng.randrange(1000, 6 * 3600 * 1000))
        elif kind < 0.35:   # early
            gap = card.due - t
            t = t + gap * rng.uniform(0.1, 0.95)
        elif kind < 0.6:    # late
            t = card.due + timedelta(milliseconds=rng.randrange(1, 40 * 86400 * 1000))
        else:               # on time, give or take an hour
            t = card.due + timedelta(milliseconds=rng.randrange(0, 3600 * 1000))
        t = t.replace(microsecond=(t.microsecond // 1000) * 1000)
    return reviews, expected

with open("parity.jsonl", "w") as f:
    total = 0
    for ci, c in enumerate(CONFIGS):
        scheduler = Scheduler(**c, enable_fuzzing=False)
        for k in range(40):
            reviews, expected = history(scheduler, rng.randrange(1, 40))
            total += len(reviews)
            f.write(json.dumps({"settings": settings_json(c), "card": f"c{ci}-{k}", "reviews": reviews,
                                "expected": expected}) + "\n")
print("parity reviews:", total)

# Replay: a CSV in the optimizer's format, rows shuffled, with extra columns; default settings, fuzz off.
scheduler = Scheduler(enable_fuzzing=False)
rows, expected = [], []
for k in range(25):
    cid = 1700000000000 + k * 1117
    reviews, exp = history(scheduler, rng.randrange(1, 15))
    for (t, r) in reviews:
        rows.append((cid, t // 1000, r, rng.randrange(0, 4), rng.randrange(500, 30000)))
    st = exp[-1]
    def iso(u): return datetime.fromtimestamp(u / 1e6, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    expected.append({"card_id": cid, "state": st[0], "step": st[1], "stability": st[2], "difficulty": st[3],
                     "due": iso(st[4]), "last_review": iso(st[5])})
rng.shuffle(rows)
with open("replay.csv", "w") as f:
    f.write("card_id,review_time,review_rating,review_state,review_duration\n")
    for r in rows:
        f.write(",".join(map(str, r)) + "\n")
with open("replay-expected.jsonl", "w") as f:
    for e in sorted(expected, key=lambda e: e["card_id"]):
        f.write(json.dumps(e) + "\n")
