/// The union of review logs from several machines: every entry once (by id), in time order with ties broken by
/// id, so that the result is the same whatever the order of the logs and however often they are merged. An id
/// that carries different content in two places is a conflict, and nothing is merged.
public enum ReviewLogMerge {
    /// One log to merge: a name for messages (its file) and its entries, each with its line number.
    public struct Source: Sendable {
        public var name: String
        public var entries: [(entry: ReviewLogEntry, line: Int)]

        public init(name: String, entries: [(entry: ReviewLogEntry, line: Int)]) {
            self.name = name
            self.entries = entries
        }

        /// Entries numbered 1, 2, 3… as if each were on its own line.
        public init(name: String, entries: [ReviewLogEntry]) {
            self.init(name: name, entries: entries.enumerated().map { ($0.element, $0.offset + 1) })
        }
    }

    /// What one source brought that no source before it had.
    public struct Contribution: Equatable, Sendable {
        public var name: String
        public var newEntries = 0
        public var reviews = 0
        public var undos = 0
        public var actions = 0
        /// Cards named by its new reviews and actions, or by the entries its new undos cancel.
        public var cards: Set<CardKey> = []
    }

    /// The merged log and, for each source in the order given, what it brought.
    public struct Merged: Sendable {
        public var entries: [ReviewLogEntry]
        public var contributions: [Contribution]
    }

    /// One id with two different contents: `file:line: error: …` naming both places.
    public struct Conflict: Error, Equatable, CustomStringConvertible {
        public var id: String
        public var first: (name: String, line: Int)
        public var second: (name: String, line: Int)

        public static func == (a: Conflict, b: Conflict) -> Bool {
            a.id == b.id && a.first == b.first && a.second == b.second
        }

        /// What is wrong, without the place of the second entry.
        public var message: String {
            "entry \(id) differs from the entry with the same id at \(first.name):\(first.line); nothing was merged"
        }

        public var description: String { "\(second.name):\(second.line): error: \(message)" }
    }

    /// Whether `a` comes before `b` in a merged log: by time, then by id.
    public static func inOrder(_ a: ReviewLogEntry, _ b: ReviewLogEntry) -> Bool {
        a.time != b.time ? a.time < b.time : a.id < b.id
    }

    /// Merges `sources`; the first is usually the log merged into, so its contribution is what was there.
    public static func merge(_ sources: [Source]) -> Result<Merged, Conflict> {
        var seen: [String: (entry: ReviewLogEntry, name: String, line: Int)] = [:]
        var contributions: [Contribution] = []
        var newEntries: [[ReviewLogEntry]] = []
        for source in sources {
            var fresh: [ReviewLogEntry] = []
            for (entry, line) in source.entries {
                if let earlier = seen[entry.id] {
                    guard earlier.entry == entry else {
                        return .failure(Conflict(id: entry.id, first: (earlier.name, earlier.line), second: (source.name, line)))
                    }
                    continue
                }
                seen[entry.id] = (entry, source.name, line)
                fresh.append(entry)
            }
            newEntries.append(fresh)
        }
        for (source, fresh) in zip(sources, newEntries) {
            var c = Contribution(name: source.name)
            c.newEntries = fresh.count
            for entry in fresh {
                switch entry {
                case .review(let r):
                    c.reviews += 1
                    c.cards.insert(r.key)
                case .action(let a):
                    c.actions += 1
                    c.cards.insert(a.key)
                case .undo(let u):
                    c.undos += 1
                    switch seen[u.target]?.entry {
                    case .review(let r): c.cards.insert(r.key)
                    case .action(let a): c.cards.insert(a.key)
                    case .undo, nil: break
                    }
                }
            }
            contributions.append(c)
        }
        let all = seen.values.map(\.entry).sorted(by: inOrder)
        return .success(Merged(entries: all, contributions: contributions))
    }
}
