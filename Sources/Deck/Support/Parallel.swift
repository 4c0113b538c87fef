import Dispatch
import Foundation

/// Work split over the machine's cores, results in order (the builder's passes over large essays).
public enum Parallel {
    /// How many chunks run at once.
    public static let width = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))

    /// `body` over consecutive chunks of `range`, run concurrently; the results in chunk order.
    public static func map<T>(over range: Range<Int>, chunk: Int, _ body: @Sendable (Range<Int>) -> T) -> [T] {
        let count = (range.count + chunk - 1) / chunk
        guard count > 1 else { return range.isEmpty ? [] : [body(range)] }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: count) { k in
            let lower = range.lowerBound + k * chunk
            shared[k] = body(lower..<min(range.upperBound, lower + chunk))
        }
        let out = slots.map { $0! }
        _ = slots.deinitialize()
        return out
    }

    /// Work started now on another thread; `wait` gives its result.
    public final class Future<T>: @unchecked Sendable {
        private var value: T?
        private let done = DispatchSemaphore(value: 0)

        public init(_ work: @escaping @Sendable () -> T) {
            DispatchQueue.global().async {
                self.value = work()
                self.done.signal()
            }
        }

        public func wait() -> T {
            done.wait()
            return value!
        }
    }
}
