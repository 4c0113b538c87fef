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

/// Reads fields in `BinaryWriter`'s encoding from memory the caller keeps alive (`withUnsafeBytes`); nil past
/// the end or for a malformed field.
struct BinaryReader {
    let bytes: UnsafeRawBufferPointer
    var at: Int

    init(_ bytes: UnsafeRawBufferPointer, at: Int = 0) {
        self.bytes = bytes
        self.at = at
    }

    var remaining: Int { bytes.count - at }

    mutating func byte() -> UInt8? {
        guard at < bytes.count else { return nil }
        defer { at += 1 }
        return bytes[at]
    }
    mutating func uint64() -> UInt64? {
        guard bytes.count - at >= 8 else { return nil }
        defer { at += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }
    mutating func uint32() -> UInt32? {
        guard bytes.count - at >= 4 else { return nil }
        defer { at += 4 }
        return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self))
    }
    mutating func int() -> Int64? { uint64().map { Int64(bitPattern: $0) } }
    /// The flag byte of an optional field: true when a value follows, false when absent, nil when malformed.
    mutating func present() -> Bool? {
        guard let flag = byte(), flag <= 1 else { return nil }
        return flag == 1
    }
    /// An optional field: nil for a malformed one, `.some(nil)` for an absent value.
    mutating func optionalInt() -> Int64?? {
        guard let here = present() else { return nil }
        guard here else { return .some(nil) }
        return int().map { .some($0) }
    }
    mutating func optionalDouble() -> Double?? {
        guard let here = present() else { return nil }
        guard here else { return .some(nil) }
        return uint64().map { .some(Double(bitPattern: $0)) }
    }
    mutating func chunk() -> UnsafeRawBufferPointer? {
        guard let n = int(), n >= 0, n <= Int64(bytes.count - at) else { return nil }
        defer { at += Int(n) }
        return UnsafeRawBufferPointer(rebasing: bytes[at..<at + Int(n)])
    }
    mutating func string() -> String? {
        guard let b = chunk()?.assumingMemoryBound(to: UInt8.self) else { return nil }
        // Only valid UTF-8 reads back as written. (ASCII, the common case, cannot need repair: `decoding` is
        // several times faster there than the generic `validating`.)
        return ByteSearch.isASCII(b) ? String(decoding: b, as: UTF8.self) : String(validating: b, as: UTF8.self)
    }
    mutating func optionalString() -> String?? {
        guard let here = present() else { return nil }
        guard here else { return .some(nil) }
        return string().map { .some($0) }
    }
}
