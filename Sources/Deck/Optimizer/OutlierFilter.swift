/// fsrs-rs's outlier filter. Items whose history has one long-term review (the first day, then one later
/// day) are grouped by first rating and by the days before that second day; per first rating, the smallest
/// groups (up to 5% of the items, at least 20) are outliers, as are groups of fewer than 6 and waits over
/// 100 days (365 after Easy). Every item whose first long-term review falls in an outlier group is dropped.
public enum OutlierFilter {
    /// The items the initial stabilities are fitted on, and the items to train on, both in the order given.
    public static func split(_ data: TrainingData, _ items: [TrainingItem]) -> (initialization: [TrainingItem], training: [TrainingItem]) {
        // first rating -> days before the first long-term review -> indices of items
        var groups: [Int: [Int: [Int]]] = [:]
        for (k, item) in items.enumerated() where data.longTermCount(item) == 1 {
            let reviews = data.reviews(item)
            groups[reviews.first!.rating.rawValue, default: [:]][reviews.last!.deltaT, default: []].append(k)
        }
        var removed: Set<[Int]> = []
        var kept: [Int] = []
        for rating in groups.keys.sorted() {
            // Largest groups first (ties: longer wait first), then walked from the smallest.
            let subgroups = groups[rating]!.sorted { ($0.value.count, $0.key) > ($1.value.count, $1.key) }
            let total = subgroups.reduce(0) { $0 + $1.value.count }
            var removedSoFar = 0
            for (days, indices) in subgroups.reversed() {
                if removedSoFar + indices.count >= max(20, total / 20) {
                    if indices.count >= 6 && days <= (rating != 4 ? 100 : 365) {
                        kept += indices
                    } else {
                        removed.insert([rating, days])
                    }
                } else {
                    removedSoFar += indices.count
                    removed.insert([rating, days])
                }
            }
        }
        let training = items.filter { item in
            let reviews = data.reviews(item)
            let firstLongTerm = reviews.first { $0.deltaT > 0 }!
            return !removed.contains([reviews.first!.rating.rawValue, firstLongTerm.deltaT])
        }
        return (kept.sorted().map { items[$0] }, training)
    }
}
