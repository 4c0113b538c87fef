/// The frame of the binary files (`state.bin`, the deck cache): a magic, a little-endian 32-bit version and a
/// 64-bit checksum of the body, then the body (`BinaryWriter`'s fields).
struct BinaryFrame: Sendable {
    let magic: [UInt8]
    let version: UInt32
    /// The body's checksum.
    let checksum: @Sendable (UnsafeRawBufferPointer) -> UInt64

    /// `body` framed.
    func wrap(_ body: [UInt8]) -> [UInt8] {
        magic + withUnsafeBytes(of: version.littleEndian, Array.init)
            + withUnsafeBytes(of: body.withUnsafeBytes(checksum).littleEndian, Array.init) + body
    }

    /// A framed file opened: a reader at its body, and whether the body matches its checksum (checked only
    /// when asked, so that a cheaper check of the body's first fields can come first).
    struct Opened {
        var reader: BinaryReader
        let body: UnsafeRawBufferPointer
        let sum: UInt64
        let checksum: @Sendable (UnsafeRawBufferPointer) -> UInt64
        var isIntact: Bool { checksum(body) == sum }
    }

    /// `bytes` opened, or nil when they are too short or of another magic or version.
    func open(_ bytes: UnsafeRawBufferPointer) -> Opened? {
        let head = magic.count + 4 + 8
        guard bytes.count >= head, bytes[0..<magic.count].elementsEqual(magic) else { return nil }
        var r = BinaryReader(bytes, at: magic.count)
        guard let v = r.uint32(), v == version, let sum = r.uint64() else { return nil }
        return Opened(reader: r, body: UnsafeRawBufferPointer(rebasing: bytes[head...]), sum: sum, checksum: checksum)
    }
}
