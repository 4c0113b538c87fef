/// The card browser behind `quiz cards`: each card with where it stands (new, learning, review, suspended,
/// buried, leech), its flag and when it is due, filtered as asked.
public enum CardBrowser {
    /// Which cards to list.
    public enum Filter: String, CaseIterable, Sendable {
        case all, due, suspended, flagged, leeches
    }

    /// Where a card stands now.
    public enum Status: String, Codable, Sendable {
        case new, learning, review, suspended, buried
    }

    /// One listed card.
    public struct Row: Codable, Equatable, Sendable {
        public var card: String
        public var kind: String
        public var status: Status
        /// When the card is due (ISO 8601), for cards past new.
        public var due: String?
        public var isDue: Bool
        public var lapses: Int
        public var reviews: Int
        public var leech: Bool
        public var flag: Int?
        public var prompt: String
        public var answer: String
    }

    /// The rows of `session`'s cards that pass `filter` and whose prompt, answer or id contains `search`
    /// (case-insensitive), in deck order.
    public static func rows(session: StudySession, states: [CardKey: MemoryState], now: Timestamp,
                            filter: Filter = .all, search: String? = nil) -> [Row] {
        let needle = search?.lowercased()
        return session.queue.cards.compactMap { study -> Row? in
            let key = study.key, card = study.card, state = states[key]
            let suspended = session.isSuspended(key, state: state)
            let buried = session.marks.isBuried(key, at: now) || session.isBuriedBySibling(study)
            let status: Status
            if suspended {
                status = .suspended
            } else if buried {
                status = .buried
            } else if let state, !state.isNew {
                status = state.state == .review ? .review : .learning
            } else {
                status = .new
            }
            let leech = (state?.lapses ?? 0) >= session.options.leechThreshold
            let isDue = !suspended && !buried && state.map { !$0.isNew && $0.due <= now } ?? false
            let flag = session.marks.flags[key]
            switch filter {
            case .all: break
            case .due: guard isDue else { return nil }
            case .suspended: guard suspended else { return nil }
            case .flagged: guard flag != nil else { return nil }
            case .leeches: guard leech else { return nil }
            }
            if let needle, !([card.displayPrompt, card.answer, card.id].contains { $0.lowercased().contains(needle) }) { return nil }
            return Row(card: key.description, kind: card.kind.rawValue, status: status,
                       due: state.flatMap { $0.isNew ? nil : CivilTime($0.due).iso8601 }, isDue: isDue, lapses: state?.lapses ?? 0,
                       reviews: state?.reviews ?? 0, leech: leech, flag: flag, prompt: card.displayPrompt, answer: card.answer)
        }
    }
}
