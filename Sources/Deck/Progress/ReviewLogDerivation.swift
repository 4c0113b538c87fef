#if canImport(Glibc)
import Glibc
#endif

/// Card states derived straight from the review log's bytes: each scheduled review read into columns (its
/// card's number, time, rating and where its id is), no record or string made per line, then each card's
/// reviews replayed by `FSRSReplay`, on every core. It gives what `ReviewHistory(entries:).cardStates` gives
/// for the log's entries (a test compares them on random logs); a line the fast reader cannot read is read
/// by the general decoder, and a log with a line neither can read is left to the full reader (nil).
enum ReviewLogDerivation {
    /// What a store needs of a log no snapshot describes: what `ReviewHistory(entries:)` gives of its entries.
    struct Derived {
        /// Every card with a scheduled review that stands, and its state (`cardStates`).
        var states: [CardKey: MemoryState]
        /// `ReviewSummary(history)`.
        var summary: ReviewSummary
        /// How many entries the log holds, and the last one's id.
        var entryCount: Int
        var lastEntryID: String?
    }

    /// The states of every card with a scheduled review that stands, or nil if a line is bad or torn.
    /// `parts` (for tests) splits the log into that many parts, at most; by default logs of 1 MB or more are
    /// split into four parts per core.
    static func cardStates(_ all: UnsafeBufferPointer<UInt8>, scheduler: FSRSScheduler, parts wanted: Int? = nil) -> [CardKey: MemoryState]? {
        derive(all, scheduler: scheduler, parts: wanted)?.states
    }

    /// The states, the summary, the entry count and the last entry's id, or nil if a line is bad or torn.
    static func derive(_ all: UnsafeBufferPointer<UInt8>, scheduler: FSRSScheduler, parts wanted: Int? = nil) -> Derived? {
        guard all.count > 0 else { return Derived(states: [:], summary: ReviewSummary(), entryCount: 0, lastEntryID: nil) }
        // Parts of the log that start at a line's start, read on every core.
        let partCount = max(1, wanted ?? (all.count < 1 << 20 ? 1 : Parallel.width * 4))
        var bounds = [0]
        for k in 1..<partCount {
            var at = max(bounds[bounds.count - 1], all.count * k / partCount)
            guard at < all.count, let lf = memchr(all.baseAddress! + at, 0x0A, all.count - at) else { break }
            at = all.baseAddress!.distance(to: lf.assumingMemoryBound(to: UInt8.self)) + 1
            if at < all.count, at > bounds[bounds.count - 1] { bounds.append(at) }
        }
        bounds.append(all.count)
        let ranges = (0..<bounds.count - 1).map { bounds[$0]..<bounds[$0 + 1] }
        nonisolated(unsafe) let bytes = all
        var parts = Parallel.map(over: ranges) { range in Part(bytes, range) }
        if parts.contains(where: \.failed) { return nil }

        // One number per distinct card key (as bytes) across the parts, and one per card: keys that make equal
        // `CardKey`s (the same text in another normal form, or bytes that are not UTF-8) are one card, as they
        // share a dictionary entry.
        var table = KeyTable()
        var keyIndex: [CardKey: Int32] = [:]
        var byteKeys: [CardKey] = []
        var canonical: [Int32] = []
        var cardCount = 0
        for k in parts.indices {
            var map: [Int32] = []
            map.reserveCapacity(parts[k].keys.count)
            parts[k].keys.forEachKey { deck, card in
                let (global, isNew) = table.insert(deck: deck, card: card)
                if isNew {
                    let key = CardKey(deck: String(decoding: deck, as: UTF8.self), card: String(decoding: card, as: UTF8.self))
                    byteKeys.append(key)
                    if let existing = keyIndex[key] {
                        canonical.append(existing)
                    } else {
                        keyIndex[key] = Int32(cardCount)
                        canonical.append(Int32(cardCount))
                        cardCount += 1
                    }
                }
                map.append(global)
            }
            parts[k].remap(map)
        }

        // Reviews cancelled by an undo (a review's id is compared as the string the general reader makes).
        let targets = Set(parts.flatMap(\.targets))
        if !targets.isEmpty {
            let shared = parts
            let asciiTargets = targets.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
            let hashes = Set(targets.map { FNV1a.hash($0.utf8) })
            let marked = Parallel.map(over: 0..<shared.count, chunk: 1) { r in
                shared[r.lowerBound].cancelled(in: bytes, targets: targets, hashes: asciiTargets ? hashes : nil)
            }
            for k in parts.indices { parts[k].drop(marked[k]) }
        }

        // Each card is named by the key of its first review that stands, as `ReviewHistory` names it (the
        // fuzz is seeded with that key's text).
        var first = [Int32](repeating: -1, count: cardCount)
        for part in parts {
            for k in part.card where first[Int(canonical[Int(k)])] < 0 { first[Int(canonical[Int(k)])] = k }
        }
        let keys = first.map { $0 < 0 ? nil : byteKeys[Int($0)] }
        for k in parts.indices { parts[k].remap(canonical) }

        // Each card's reviews in log order, by a counting sort over the parts.
        var starts = [Int](repeating: 0, count: keys.count + 1)
        for part in parts { for c in part.card { starts[Int(c) + 1] += 1 } }
        for k in 0..<keys.count { starts[k + 1] += starts[k] }
        let total = starts[keys.count]
        var time = [Int64](repeating: 0, count: total)
        var rating = [UInt8](repeating: 0, count: total)
        var origin = [Int64](repeating: 0, count: total) // part << 32 | index, for ties
        var fill = starts
        for (k, part) in parts.enumerated() {
            for n in part.card.indices {
                let c = Int(part.card[n])
                let at = fill[c]
                time[at] = part.time[n]
                rating[at] = part.rating[n]
                origin[at] = Int64(k) << 32 | Int64(n)
                fill[c] = at + 1
            }
        }

        // The cards replayed on every core.
        let replay = FSRSReplay(scheduler)
        let times = time, ratings = rating, origins = origin, cardStarts = starts, cardKeys = keys, finalParts = parts
        let chunk = max(256, (keys.count + Parallel.width * 4 - 1) / (Parallel.width * 4))
        let states = Parallel.map(over: 0..<keys.count, chunk: chunk) { range in
            var out: [MemoryState?] = []
            out.reserveCapacity(range.count)
            for c in range {
                let lo = cardStarts[c], hi = cardStarts[c + 1]
                // (A card whose reviews were all undone has none.)
                guard lo < hi else {
                    out.append(nil)
                    continue
                }
                var inOrder = true
                for i in (lo + 1)..<max(lo + 1, hi) where times[i] <= times[i - 1] {
                    inOrder = false
                    break
                }
                let seed = FuzzSeed.base(cardID: cardKeys[c]!.description)
                var card = FSRSReplay.Card(due: times[lo])
                if inOrder {
                    for i in lo..<hi { replay.review(&card, rating: Int(ratings[i]), at: times[i], seedBase: seed) }
                } else {
                    // In time order, ties by id, as `ReviewHistory` sorts them (from log order, by the same comparison).
                    let steps = (lo..<hi).map { i in
                        let o = origins[i]
                        return (time: times[i], id: finalParts[Int(o >> 32)].id(Int(o & 0xFFFF_FFFF), in: bytes), rating: ratings[i])
                    }
                    for s in steps.sorted(by: { ($0.time, $0.id) < ($1.time, $1.id) }) {
                        replay.review(&card, rating: Int(s.rating), at: s.time, seedBase: seed)
                    }
                }
                out.append(card.memoryState)
            }
            return out
        }
        var result: [CardKey: MemoryState] = [:]
        result.reserveCapacity(keys.count)
        var c = 0
        for part in states {
            for state in part {
                if let state, let key = keys[c] { result[key] = state }
                c += 1
            }
        }

        // The summary: each card's first and last scheduled review (the columns hold those that stand), its
        // last review of any kind, and the standing actions in log order.
        var summary = ReviewSummary()
        summary.times.reserveCapacity(keys.count)
        for (c, key) in keys.enumerated() {
            guard let key, starts[c] < starts[c + 1] else { continue }
            var lo = Int64.max, hi = Int64.min
            for i in starts[c]..<starts[c + 1] {
                lo = min(lo, times[i])
                hi = max(hi, times[i])
            }
            let first = Timestamp(microseconds: lo), last = Timestamp(microseconds: hi)
            summary.times[key] = ReviewSummary.Times(firstScheduled: first, lastScheduled: last, last: last)
        }
        for part in parts {
            for r in part.cram where !targets.contains(r.id) { summary.add(r) }
        }
        for part in parts {
            for a in part.actions where !targets.contains(a.id) { summary.add(a) }
        }
        let last = parts.last { $0.entryCount > 0 }
        return Derived(states: result, summary: summary, entryCount: parts.reduce(0) { $0 + $1.entryCount },
                       lastEntryID: last.flatMap { $0.lastID(in: bytes) })
    }

    /// One part of the log read into columns: its scheduled reviews in log order, its cards numbered in the
    /// order they appear, the targets of its undos.
    struct Part: Sendable {
        var keys = KeyTable()
        var card: [Int32] = [], time: [Int64] = [], rating: [UInt8] = []
        /// Where each review's id is in the log (`idStart`, `idLength`); a negative start `-(k + 1)` names
        /// `oddIDs[k]`, the id of a line the general decoder read.
        var idStart: [Int] = [], idLength: [Int32] = []
        var oddIDs: [String] = []
        var targets: [String] = []
        /// The part's reviews that are not scheduled (cram), and its card actions, in log order.
        var cram: [ReviewRecord] = []
        var actions: [CardActionRecord] = []
        /// How many entries the part holds; where the last one's id is (as `idStart`, `idLength`).
        var entryCount = 0
        var lastIDStart = 0, lastIDLength = 0
        /// Whether a line could not be read.
        var failed = false

        init(_ all: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            let expected = range.count / 150 + 16
            card.reserveCapacity(expected); time.reserveCapacity(expected); rating.reserveCapacity(expected)
            idStart.reserveCapacity(expected); idLength.reserveCapacity(expected)
            let base = all.baseAddress!
            var start = range.lowerBound
            while start < range.upperBound {
                var end = range.upperBound, next = range.upperBound
                if let lf = memchr(base + start, 0x0A, range.upperBound - start) {
                    end = base.distance(to: lf.assumingMemoryBound(to: UInt8.self))
                    next = end + 1
                }
                // A line of the fast reader's shapes holds no CR: only a CRLF's CR can end it.
                let lineEnd = end > start && all[end - 1] == 0x0D ? end - 1 : end
                let line = UnsafeBufferPointer(rebasing: all[start..<lineEnd])
                switch ReviewLogFastLine.scan(line) {
                case .review(let r)?:
                    // (The shape's ranges are within the line.)
                    if r.scheduled {
                        add(deck: UnsafeBufferPointer(rebasing: line[r.deck]), card: UnsafeBufferPointer(rebasing: line[r.card]),
                            time: r.time, rating: r.rating, idStart: start + r.id.lowerBound, idLength: r.id.count)
                    } else if case .review(let review)? = ReviewLogFastLine.decode(line) {
                        cram.append(review)
                    }
                    entryCount += 1
                    lastIDStart = start + r.id.lowerBound
                    lastIDLength = r.id.count
                case .undo(let id, _, let target)?:
                    targets.append(String(decoding: UnsafeBufferPointer(rebasing: line[target]), as: UTF8.self))
                    entryCount += 1
                    lastIDStart = start + id.lowerBound
                    lastIDLength = id.count
                case nil:
                    // Anything else (lone CRs, blank lines, other shapes) as the full reader splits and reads it.
                    let segment = UnsafeBufferPointer(rebasing: all[start..<next])
                    ReviewLogScan.forEachLine(segment) { _, r, _ in
                        let decoded = ReviewLogCodec.decode(UnsafeBufferPointer(rebasing: segment[r]))
                        switch decoded {
                        case .success(.review(let review)):
                            if review.scheduled { addOdd(review) } else { cram.append(review) }
                        case .success(.undo(let u)):
                            targets.append(u.target)
                        case .success(.action(let a)):
                            actions.append(a)
                        case .failure:
                            failed = true
                        }
                        if case .success(let entry) = decoded {
                            entryCount += 1
                            lastIDStart = -(oddIDs.count + 1)
                            oddIDs.append(entry.id)
                        }
                        return !failed
                    }
                    if failed { return }
                }
                start = next
            }
        }

        mutating func add(deck: UnsafeBufferPointer<UInt8>, card c: UnsafeBufferPointer<UInt8>, time t: Timestamp, rating r: Rating,
                          idStart s: Int, idLength n: Int) {
            card.append(keys.insert(deck: deck, card: c).index)
            time.append(t.microseconds)
            rating.append(UInt8(r.rawValue))
            idStart.append(s)
            idLength.append(Int32(n))
        }

        mutating func addOdd(_ review: ReviewRecord) {
            let deck = Array(review.key.deck.utf8), c = Array(review.key.card.utf8)
            deck.withUnsafeBufferPointer { d in
                c.withUnsafeBufferPointer { cb in
                    add(deck: d, card: cb, time: review.time, rating: review.rating, idStart: -(oddIDs.count + 1), idLength: 0)
                }
            }
            oddIDs.append(review.id)
        }

        /// The id of review `n` as the general reader would make it.
        func id(_ n: Int, in all: UnsafeBufferPointer<UInt8>) -> String {
            id(start: idStart[n], length: Int(idLength[n]), in: all)
        }

        /// The id of the part's last entry, nil if it has none.
        func lastID(in all: UnsafeBufferPointer<UInt8>) -> String? {
            entryCount == 0 ? nil : id(start: lastIDStart, length: lastIDLength, in: all)
        }

        private func id(start s: Int, length: Int, in all: UnsafeBufferPointer<UInt8>) -> String {
            if s < 0 { return oddIDs[-s - 1] }
            return String(decoding: UnsafeBufferPointer(rebasing: all[s..<s + length]), as: UTF8.self)
        }

        /// Keys renumbered by `map` (the part's number to the log's, then the log's key to its card).
        mutating func remap(_ map: [Int32]) {
            for n in card.indices { card[n] = map[Int(card[n])] }
        }

        /// Which reviews an undo cancels. `hashes` (FNV-1a of the targets' bytes) is given when every target is
        /// ASCII: an ASCII id can then equal a target only if its bytes do, and only ids whose hash is among
        /// them are made strings.
        func cancelled(in all: UnsafeBufferPointer<UInt8>, targets: Set<String>, hashes: Set<UInt64>?) -> [Bool] {
            var out = [Bool](repeating: false, count: card.count)
            for n in card.indices {
                let s = idStart[n]
                if s >= 0, let hashes {
                    let bytes = UnsafeBufferPointer(rebasing: all[s..<s + Int(idLength[n])])
                    var h = FNV1a.offsetBasis, ascii = true
                    for b in bytes {
                        h = FNV1a.step(h, b)
                        if b >= 0x80 { ascii = false }
                    }
                    if ascii && !hashes.contains(h) { continue }
                }
                out[n] = targets.contains(id(n, in: all))
            }
            return out
        }

        /// Drops the reviews marked.
        mutating func drop(_ marked: [Bool]) {
            var kept = 0
            for n in card.indices where !marked[n] {
                card[kept] = card[n]; time[kept] = time[n]; rating[kept] = rating[n]
                idStart[kept] = idStart[n]; idLength[kept] = idLength[n]
                kept += 1
            }
            card.removeLast(card.count - kept); time.removeLast(time.count - kept); rating.removeLast(rating.count - kept)
            idStart.removeLast(idStart.count - kept); idLength.removeLast(idLength.count - kept)
        }
    }

    /// Card keys as bytes, numbered in the order they are first inserted: an open-addressing table over the
    /// FNV-1a hash of the deck and card bytes, each key's bytes kept in one buffer.
    struct KeyTable: Sendable {
        private var slots = [Int32](repeating: -1, count: 1024)
        private var hashes: [UInt64] = []
        /// Each key's deck bytes start; its card bytes follow them.
        private var starts: [Int] = []
        private var deckLengths: [Int32] = [], cardLengths: [Int32] = []
        private var bytes: [UInt8] = []

        var count: Int { hashes.count }

        /// `body` with each key's deck and card bytes, in number order.
        func forEachKey(_ body: (_ deck: UnsafeBufferPointer<UInt8>, _ card: UnsafeBufferPointer<UInt8>) -> Void) {
            bytes.withUnsafeBufferPointer { b in
                for k in 0..<count {
                    let s = starts[k], d = Int(deckLengths[k]), c = Int(cardLengths[k])
                    body(UnsafeBufferPointer(rebasing: b[s..<s + d]), UnsafeBufferPointer(rebasing: b[s + d..<s + d + c]))
                }
            }
        }

        /// The key's number, and whether it was new.
        mutating func insert(deck: UnsafeBufferPointer<UInt8>, card: UnsafeBufferPointer<UInt8>) -> (index: Int32, isNew: Bool) {
            var h = FNV1a.offsetBasis
            for b in deck { h = FNV1a.step(h, b) }
            h = FNV1a.step(h, 0xFF)
            for b in card { h = FNV1a.step(h, b) }
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while true {
                let k = Int(slots[i])
                if k < 0 { break }
                if hashes[k] == h && Int(deckLengths[k]) == deck.count && Int(cardLengths[k]) == card.count {
                    let s = starts[k]
                    let same = bytes.withUnsafeBufferPointer { b in
                        (deck.count == 0 || memcmp(b.baseAddress! + s, deck.baseAddress!, deck.count) == 0)
                            && (card.count == 0 || memcmp(b.baseAddress! + s + deck.count, card.baseAddress!, card.count) == 0)
                    }
                    if same { return (Int32(k), false) }
                }
                i = (i + 1) & mask
            }
            let k = Int32(hashes.count)
            slots[i] = k
            hashes.append(h)
            starts.append(bytes.count)
            deckLengths.append(Int32(deck.count))
            cardLengths.append(Int32(card.count))
            bytes.append(contentsOf: deck)
            bytes.append(contentsOf: card)
            if hashes.count * 2 > slots.count { grow() }
            return (k, true)
        }

        private mutating func grow() {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            let mask = slots.count - 1
            for (k, h) in hashes.enumerated() {
                var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
                while slots[i] >= 0 { i = (i + 1) & mask }
                slots[i] = Int32(k)
            }
        }
    }
}
