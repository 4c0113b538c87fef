/// Appends fields in the encoding of the binary files (`state.bin`, the deck cache): little-endian 64-bit
/// integers and doubles, a 0/1 byte before an optional, length-prefixed bytes and UTF-8 strings.
struct BinaryWriter {
    var out: [UInt8] = []
    mutating func byte(_ b: UInt8) { out.append(b) }
    mutating func int(_ v: Int64) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
    mutating func optionalInt(_ v: Int64?) {
        if let v { byte(1); int(v) } else { byte(0) }
    }
    mutating func optionalDouble(_ v: Double?) {
        if let v { byte(1); int(Int64(bitPattern: v.bitPattern)) } else { byte(0) }
    }
    mutating func bytes(_ b: [UInt8]) { int(Int64(b.count)); out += b }
    mutating func string(_ s: String) { int(Int64(s.utf8.count)); out.append(contentsOf: s.utf8) }
    mutating func optionalString(_ s: String?) {
        if let s { byte(1); string(s) } else { byte(0) }
    }
}

/// Reads fields in `BinaryWriter`'s encoding; nil past the end or for a malformed field.
struct BinaryReader {
    let bytes: [UInt8]
    var at: Int

    mutating func byte() -> UInt8? {
        guard at < bytes.count else { return nil }
        defer { at += 1 }
        return bytes[at]
    }
    mutating func uint64() -> UInt64? {
        guard bytes.count - at >= 8 else { return nil }
        defer { at += 8 }
        return bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
    }
    mutating func uint32() -> UInt32? {
        guard bytes.count - at >= 4 else { return nil }
        defer { at += 4 }
        return bytes.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
    }
    mutating func int() -> Int64? { uint64().map { Int64(bitPattern: $0) } }
    /// An optional field: nil for a malformed one, `.some(nil)` for an absent value.
    mutating func optional<T>(_ read: (inout BinaryReader) -> T?) -> T?? {
        guard let flag = byte(), flag <= 1 else { return nil }
        if flag == 0 { return .some(nil) }
        guard let v = read(&self) else { return nil }
        return .some(v)
    }
    mutating func optionalInt() -> Int64?? { optional { $0.int() } }
    mutating func optionalDouble() -> Double?? { optional { r in r.uint64().map { Double(bitPattern: $0) } } }
    mutating func chunk() -> ArraySlice<UInt8>? {
        guard let n = int(), n >= 0, n <= Int64(bytes.count - at) else { return nil }
        defer { at += Int(n) }
        return bytes[at..<at + Int(n)]
    }
    mutating func string() -> String? {
        guard let b = chunk() else { return nil }
        // (Only valid UTF-8 reads back as written.)
        return String(validating: b, as: UTF8.self)
    }
    mutating func optionalString() -> String?? { optional { $0.string() } }
}
