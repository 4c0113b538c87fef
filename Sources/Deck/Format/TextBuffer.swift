/// Text being written as UTF-8 bytes: the deck printers write into it (appending to a `String` checks for a
/// grapheme break at every join, which made printing a large deck slow).
public struct TextBuffer: Sendable {
    /// Memory for the text and room for more, copied when a shared buffer is written to. (Pieces are copied in
    /// with `memcpy`: an array's own append cost more than the copying for the short pieces a card is made of,
    /// and an array's room must be filled before it is written.)
    private final class Storage: @unchecked Sendable {
        let base: UnsafeMutablePointer<UInt8>
        let capacity: Int
        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(capacity: capacity)
        }
        deinit { base.deallocate() }
    }

    private var storage: Storage
    /// How many bytes have been written.
    public private(set) var count = 0

    public init(capacity: Int = 0) { storage = Storage(capacity: max(capacity, 64)) }

    /// The bytes written so far (a copy).
    public var bytes: [UInt8] { withUnsafeBytes { Array($0) } }

    /// Reads the bytes written so far.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try withExtendedLifetime(storage) { try body(UnsafeRawBufferPointer(start: storage.base, count: count)) }
    }

    /// The byte written at `offset`.
    subscript(offset: Int) -> UInt8 {
        precondition(offset >= 0 && offset < count)
        return storage.base[offset]
    }

    /// Forgets the text written so far (keeping the memory for more).
    public mutating func removeAll() { count = 0 }

    /// Forgets the last `n` bytes written.
    mutating func removeLast(_ n: Int) {
        precondition(n >= 0 && n <= count)
        count -= n
    }

    /// The text written so far.
    public var text: String { withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }

    /// Makes room for `n` more bytes in memory of this buffer's own.
    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if count + n > storage.capacity || !isKnownUniquelyReferenced(&storage) { grow(count + n) }
    }

    private mutating func grow(_ needed: Int) {
        let bigger = Storage(capacity: max(needed, 2 * storage.capacity))
        bigger.base.update(from: storage.base, count: count)
        storage = bigger
    }

    /// Appends `n` bytes from `source`.
    @inline(__always)
    private mutating func append(_ source: UnsafeRawPointer, _ n: Int) {
        guard n > 0 else { return }
        reserve(n)
        UnsafeMutableRawPointer(storage.base + count).copyMemory(from: source, byteCount: n)
        count += n
    }

    /// Appends one byte.
    mutating func append(byte: UInt8) {
        reserve(1)
        storage.base[count] = byte
        count += 1
    }

    public static func += (buffer: inout TextBuffer, text: String) {
        // (A native string's bytes are read where they are; any other is made contiguous first.)
        if text.utf8.withContiguousStorageIfAvailable({ buffer.append($0) }) == nil {
            var text = text
            text.withUTF8 { buffer.append($0) }
        }
    }

    public static func += (buffer: inout TextBuffer, text: StaticString) {
        buffer.append(UnsafeRawPointer(text.utf8Start), text.utf8CodeUnitCount)
    }

    public static func += (buffer: inout TextBuffer, other: TextBuffer) {
        other.withUnsafeBytes { if let base = $0.baseAddress { buffer.append(base, $0.count) } }
    }

    /// Appends bytes (UTF-8 text).
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let base = bytes.baseAddress { append(UnsafeRawPointer(base), bytes.count) }
    }

    /// Appends `value.description` (Swift's shortest form). Values of at most three decimals from 0 to a million,
    /// such as card scores, are written digit by digit; others by `description`.
    public mutating func append(_ value: Double) {
        let thousandths = (value * 1000).rounded()
        guard value >= 0, value < 1_000_000, thousandths / 1000 == value, value.sign == .plus else {
            self += value.description
            return
        }
        // The shortest form of the double nearest n/1000 is n/1000 itself, without trailing zeros ("0.45", "1.0").
        let n = Int(thousandths)
        append(n / 1000)
        append(byte: 0x2E)
        var fraction = n % 1000, digits = 3
        while digits > 1 && fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        if digits == 3 && fraction < 100 { append(byte: 0x30) }
        if digits >= 2 && fraction < 10 { append(byte: 0x30) }
        append(fraction)
    }

    /// Appends an integer in decimal.
    public mutating func append(_ n: Int) {
        if n < 0 { append(byte: 0x2D) }
        var v = n.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { d in
            // Written from the end of `d`, then copied in one piece.
            var start = d.count
            repeat {
                start -= 1
                d[start] = UInt8(v % 10) + 0x30
                v /= 10
            } while v > 0
            append(d.baseAddress! + start, d.count - start)
        }
    }
}
