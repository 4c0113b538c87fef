/// One review as the optimizer sees it: the rating, and whole days since the card's previous review (0 for
/// the first review and for a review the same day).
public struct TrainingReview: Equatable, Sendable {
    public var rating: Rating
    public var deltaT: Int

    public init(rating: Rating, deltaT: Int) {
        self.rating = rating
        self.deltaT = deltaT
    }
}
