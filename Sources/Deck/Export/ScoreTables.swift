/// The three score tables (cards, sessions, decks) as CSV.
public enum ScoreTables {
    /// Which table a CSV export writes.
    public enum Table: String, CaseIterable, Sendable { case cards, sessions, decks }

    public static func csv(_ report: ProgressReport, table: Table) -> String {
        let n = CSVWriter.number as (Double?) -> CSVCell
        let i = CSVWriter.number as (Int?) -> CSVCell
        let t = CSVCell.text
        switch table {
        case .cards:
            return CSVWriter.write(
                header: ["deck", "card_id", "kind", "prompt", "reviews", "correct", "lapses", "accuracy", "last_rating",
                         "stability", "difficulty", "retrievability", "due", "last_review", "learning_failures"],
                rows: report.cards.map { c in
                    [t(c.deck), t(c.card), t(c.kind), t(c.prompt), i(c.reviews), i(c.correct), i(c.lapses), n(c.accuracy),
                     i(c.lastRating), n(c.stability), n(c.difficulty), n(c.retrievability), t(c.due ?? ""), t(c.lastReview ?? ""),
                     i(c.learningFailures)]
                })
        case .sessions:
            return CSVWriter.write(
                header: ["start", "end", "decks", "cards", "correct", "accuracy", "seconds"],
                rows: report.sessions.map { s in
                    [t(s.start), t(s.end), t(s.decks.joined(separator: " ")), i(s.cards), i(s.correct), n(s.accuracy), n(s.seconds)]
                })
        case .decks:
            return CSVWriter.write(
                header: ["deck", "title", "cards", "reviewed", "accuracy", "true_retention", "mean_retrievability", "true_retention_reviews"],
                rows: report.decks.map { d in
                    [t(d.deck), t(d.title), i(d.cards), i(d.reviewed), n(d.accuracy), n(d.retentionAllTime), n(d.meanRetrievability),
                     i(d.retentionAllTimeReviews)]
                })
        }
    }
}
