/// The three score tables (cards, sessions, decks) as CSV.
public enum ScoreTables {
    /// Which table a CSV export writes.
    public enum Table: String, CaseIterable, Sendable { case cards, sessions, decks }

    public static func csv(_ report: ProgressReport, table: Table) -> String {
        let n = CSVWriter.number as (Double?) -> String
        switch table {
        case .cards:
            return CSVWriter.write(
                header: ["deck", "card_id", "kind", "prompt", "reviews", "correct", "lapses", "accuracy", "last_rating",
                         "stability", "difficulty", "retrievability", "due", "last_review", "learning_failures"],
                rows: report.cards.map { c in
                    [c.deck, c.card, c.kind, c.prompt, String(c.reviews), String(c.correct), String(c.lapses), n(c.accuracy),
                     CSVWriter.number(c.lastRating), n(c.stability), n(c.difficulty), n(c.retrievability), c.due ?? "", c.lastReview ?? "",
                     String(c.learningFailures)]
                })
        case .sessions:
            return CSVWriter.write(
                header: ["start", "end", "decks", "cards", "correct", "accuracy", "seconds"],
                rows: report.sessions.map { s in
                    [s.start, s.end, s.decks.joined(separator: " "), String(s.cards), String(s.correct), n(s.accuracy), n(s.seconds)]
                })
        case .decks:
            return CSVWriter.write(
                header: ["deck", "title", "cards", "reviewed", "accuracy", "true_retention", "mean_retrievability", "true_retention_reviews"],
                rows: report.decks.map { d in
                    [d.deck, d.title, String(d.cards), String(d.reviewed), n(d.accuracy), n(d.retentionAllTime), n(d.meanRetrievability),
                     String(d.retentionAllTimeReviews)]
                })
        }
    }
}
