#if canImport(Glibc)
import Glibc
#endif

/// A table of plain values (all-zero bytes are a valid value) for the weight tables, in memory the kernel is
/// asked to back with 2 MB pages: reads at random over tens of megabytes then miss the TLB far less often.
final class HugePageTable<Element: BitwiseCopyable>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let count: Int
    private let mapped: Int

    /// `count` values of all-zero bytes, to be filled in through `base` before the table is shared.
    init(zeroed count: Int) {
        self.count = count
        let bytes = max(1, count * MemoryLayout<Element>.stride)
        #if canImport(Glibc)
        let huge = 2 << 20
        let size = (bytes + huge - 1) / huge * huge
        if let raw = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), raw != MAP_FAILED {
            // Fresh anonymous pages are zero.
            _ = madvise(raw, size, MADV_HUGEPAGE)
            mapped = size
            base = raw.bindMemory(to: Element.self, capacity: max(1, count))
            return
        }
        #endif
        mapped = 0
        let raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: MemoryLayout<Element>.alignment)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        base = raw.bindMemory(to: Element.self, capacity: max(1, count))
    }

    deinit {
        #if canImport(Glibc)
        if mapped > 0 { munmap(UnsafeMutableRawPointer(base), mapped); return }
        #endif
        UnsafeMutableRawPointer(base).deallocate()
    }

    @inline(__always)
    subscript(_ i: Int) -> Element { base[i] }
}
