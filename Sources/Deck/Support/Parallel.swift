import Dispatch
import Foundation

/// Work split over the machine's cores, results in order (the builder's passes over large essays).
public enum Parallel {
    /// How many chunks run at once.
    public static let width = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))

    /// `body` over consecutive chunks of `range`, run concurrently; the results in chunk order.
    public static func map<T>(over range: Range<Int>, chunk: Int, _ body: @Sendable (Range<Int>) -> T) -> [T] {
        map(over: stride(from: range.lowerBound, to: range.upperBound, by: chunk).map { $0..<min(range.upperBound, $0 + chunk) }, body)
    }

    /// `body` over each of `chunks`, run concurrently; the results in chunk order.
    public static func map<T>(over chunks: [Range<Int>], _ body: @Sendable (Range<Int>) -> T) -> [T] {
        guard chunks.count > 1 else { return chunks.map(body) }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: chunks.count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: chunks.count) { k in
            shared[k] = body(chunks[k])
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
