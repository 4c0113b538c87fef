import Foundation

/// Writes `state.json` byte for byte as `JSONEncoder` does with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, into one byte buffer: keys in sorted order, two-space indents, `"key" : value`, a
/// nil optional left out, a whole double without its `.0`. A snapshot with a string that needs escaping, or a
/// value JSON cannot hold, is left to `JSONEncoder` (nil).
enum SnapshotJSONWriter {
    static func encode(_ s: StateSnapshot) -> Data? {
        var w = Writer()
        w.buffer = TextBuffer(capacity: 320 * s.cards.count + 120 * (s.summary?.reviewed.count ?? 0) + 1024)
        w.open("{")
        w.key("cards", first: true)
        w.array(s.cards) { w, e in
            w.open("{")
            w.key("card", first: true); w.string(e.card)
            w.key("deck"); w.string(e.deck)
            w.key("memory"); w.memory(e.memory)
            w.close("}")
        }
        if let id = s.lastEntryID { w.key("lastEntryID"); w.string(id) }
        if let log = s.log {
            w.key("log")
            w.open("{")
            w.key("bytes", first: true); w.int(log.bytes)
            w.key("inode"); w.buffer += String(log.inode)
            w.key("modified"); w.int(Int(log.modified))
            w.key("tailBytes"); w.int(log.tailBytes)
            w.key("tailChecksum"); w.string(log.tailChecksum)
            w.close("}")
        }
        w.key("logBytes"); w.int(s.logBytes)
        w.key("logEntries"); w.int(s.logEntries)
        w.key("schema"); w.int(s.schema)
        w.key("settings"); w.settings(s.settings)
        if let summary = s.summary {
            w.key("summary")
            w.open("{")
            w.key("buried", first: true); w.array(summary.buried) { w, m in w.marked(m) }
            w.key("flagged"); w.array(summary.flagged) { w, m in w.marked(m) }
            w.key("reviewed")
            w.array(summary.reviewed) { w, r in
                w.open("{")
                w.key("card", first: true); w.string(r.card)
                w.key("deck"); w.string(r.deck)
                if let t = r.firstScheduled { w.key("firstScheduled"); w.time(t) }
                w.key("last"); w.time(r.last)
                if let t = r.lastScheduled { w.key("lastScheduled"); w.time(t) }
                w.close("}")
            }
            w.key("suspended"); w.array(summary.suspended) { w, m in w.marked(m) }
            w.key("unsuspended"); w.array(summary.unsuspended) { w, m in w.marked(m) }
            w.close("}")
        }
        w.close("}")
        guard w.ok else { return nil }
        return w.buffer.withUnsafeBytes { Data($0) }
    }

    struct Writer {
        var buffer = TextBuffer()
        var depth = 0
        /// Cleared by a value the fast writer leaves to `JSONEncoder`.
        var ok = true

        mutating func newline() {
            buffer.append(byte: 0x0A)
            for _ in 0..<depth { buffer += "  " as StaticString }
        }

        mutating func open(_ mark: StaticString) {
            buffer += mark
            depth += 1
        }

        mutating func close(_ mark: StaticString) {
            depth -= 1
            newline()
            buffer += mark
        }

        mutating func key(_ name: StaticString, first: Bool = false) {
            if !first { buffer.append(byte: UInt8(ascii: ",")) }
            newline()
            buffer.append(byte: UInt8(ascii: "\""))
            buffer += name
            buffer += "\" : " as StaticString
        }

        mutating func array<T>(_ items: [T], _ item: (inout Writer, T) -> Void) {
            open("[")
            if items.isEmpty {
                // (`JSONEncoder` writes an empty array as a blank line before its close.)
                buffer.append(byte: 0x0A)
            }
            for (n, x) in items.enumerated() {
                if n > 0 { buffer.append(byte: UInt8(ascii: ",")) }
                newline()
                item(&self, x)
            }
            close("]")
        }

        /// A string with nothing to escape; any other clears `ok`.
        mutating func string(_ text: String) {
            var text = text
            text.withUTF8 { b in
                for c in b where c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") { ok = false }
                buffer.append(byte: UInt8(ascii: "\""))
                buffer.append(b)
                buffer.append(byte: UInt8(ascii: "\""))
            }
        }

        mutating func int(_ n: Int) { buffer.append(n) }

        mutating func bool(_ b: Bool) { buffer += b ? "true" as StaticString : "false" }

        mutating func double(_ d: Double) {
            guard d.isFinite else { ok = false; return }
            var text = d.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            buffer += text
        }

        mutating func time(_ t: Timestamp) {
            buffer.append(byte: UInt8(ascii: "\""))
            CivilTime(t).appendISO8601Precise(to: &buffer)
            buffer.append(byte: UInt8(ascii: "\""))
        }

        mutating func memory(_ m: MemoryState) {
            open("{")
            var first = true
            if let d = m.difficulty { key("difficulty", first: true); double(d); first = false }
            key("due", first: first); time(m.due)
            key("lapses"); int(m.lapses)
            if let t = m.lastReview { key("lastReview"); time(t) }
            key("reviews"); int(m.reviews)
            if let s = m.stability { key("stability"); double(s) }
            key("state"); string(m.state.rawValue)
            if let step = m.step { key("step"); int(step) }
            close("}")
        }

        mutating func marked(_ m: StateSnapshot.Summary.Marked) {
            open("{")
            key("card", first: true); string(m.card)
            key("deck"); string(m.deck)
            if let f = m.flag { key("flag"); int(f) }
            if let t = m.until { key("until"); time(t) }
            close("}")
        }

        mutating func intervals(_ steps: [Interval]) {
            array(steps) { w, step in
                w.open("{")
                w.key("microseconds", first: true); w.int(Int(step.microseconds))
                w.close("}")
            }
        }

        mutating func settings(_ s: SchedulerSettings) {
            open("{")
            key("desiredRetention", first: true); double(s.desiredRetention)
            key("enableFuzzing"); bool(s.enableFuzzing)
            key("learningSteps"); intervals(s.learningSteps)
            key("maximumInterval"); int(s.maximumInterval)
            key("parameters"); array(s.parameters) { w, p in w.double(p) }
            key("relearningSteps"); intervals(s.relearningSteps)
            close("}")
        }
    }
}
