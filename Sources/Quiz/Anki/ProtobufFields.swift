import Foundation

/// The fields of a protocol-buffer message, read from its wire format without a schema: the few small Anki
/// messages read here (package meta, note type and template configs, the media list) need a handful of fields,
/// which does not justify generated code.
struct ProtobufFields {
    /// Varint fields by number (last value wins, as protobuf reads scalars).
    private(set) var varints: [Int: UInt64] = [:]
    /// Length-delimited fields by number, every occurrence in order.
    private(set) var bytes: [Int: [Data]] = [:]

    /// Nil when the data is not a well-formed message.
    init?(_ data: Data) {
        let b = [UInt8](data)
        var k = 0
        func varint() -> UInt64? {
            var value: UInt64 = 0, shift: UInt64 = 0
            while k < b.count, shift < 64 {
                let byte = b[k]
                k += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return value }
                shift += 7
            }
            return nil
        }
        while k < b.count {
            guard let key = varint(), key >> 3 > 0, key >> 3 < 1 << 29 else { return nil }
            let number = Int(key >> 3)
            switch key & 7 {
            case 0:
                guard let v = varint() else { return nil }
                varints[number] = v
            case 1:
                guard k + 8 <= b.count else { return nil }
                k += 8
            case 2:
                guard let n = varint(), n <= UInt64(b.count - k) else { return nil }
                bytes[number, default: []].append(Data(b[k..<k + Int(n)]))
                k += Int(n)
            case 5:
                guard k + 4 <= b.count else { return nil }
                k += 4
            default:
                return nil
            }
        }
    }

    /// The text of string field `number` (its last occurrence), if present.
    func string(_ number: Int) -> String? {
        bytes[number]?.last.map { String(decoding: $0, as: UTF8.self) }
    }
}
