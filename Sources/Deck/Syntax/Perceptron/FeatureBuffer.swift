/// A reusable list of feature keys (or of indices into a table of weights): written a key at a time without the checks an array append makes, and read
/// as a buffer by the models.
final class FeatureBuffer {
    private let base: UnsafeMutablePointer<UInt64>
    let capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    func removeAll() { count = 0 }

    @inline(__always)
    func append(_ key: UInt64) {
        precondition(count < capacity)
        base[count] = key
        count += 1
    }

    /// The keys written since the last `removeAll`.
    var keys: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: base, count: count) }
}
