/// Text being written as UTF-8 bytes: the deck printers write into it (appending to a `String` checks for a
/// grapheme break at every join, which made printing a large deck slow).
public struct TextBuffer: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Forgets the text written so far (keeping the memory for more).
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Forgets the last `n` bytes written.
    mutating func removeLast(_ n: Int) { bytes.removeLast(n) }

    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public static func += (buffer: inout TextBuffer, text: String) {
        var text = text
        text.withUTF8 { buffer.bytes.append(contentsOf: $0) }
    }

    public static func += (buffer: inout TextBuffer, text: StaticString) {
        buffer.bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    public static func += (buffer: inout TextBuffer, other: TextBuffer) {
        buffer.bytes.append(contentsOf: other.bytes)
    }

    /// Appends bytes (UTF-8 text).
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes.append(contentsOf: bytes)
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
        bytes.append(0x2E)
        var fraction = n % 1000, digits = 3
        while digits > 1 && fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        if digits == 3 && fraction < 100 { bytes.append(0x30) }
        if digits >= 2 && fraction < 10 { bytes.append(0x30) }
        append(fraction)
    }

    /// Appends an integer in decimal.
    public mutating func append(_ n: Int) {
        if n < 0 { bytes.append(0x2D) }
        var v = n.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[count] = UInt8(v % 10) + 0x30
                v /= 10
                count += 1
            } while v > 0
            for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(d[k]) }
        }
    }
}
