import CZstd
import Foundation

/// zstd decompression through the system library: the compressed collection, media map and media files of
/// newer Anki packages.
enum Zstd {
    /// Whether `data` starts with the zstd frame magic number.
    static func isCompressed(_ data: Data) -> Bool {
        data.count >= 4 && data.prefix(4).elementsEqual([0x28, 0xB5, 0x2F, 0xFD])
    }

    /// The decompressed bytes of one or more zstd frames; nil when the data is not valid zstd.
    static func decompress(_ data: Data, limit: Int = 1 << 34) -> Data? {
        guard let stream = ZSTD_createDStream() else { return nil }
        defer { ZSTD_freeDStream(stream) }
        ZSTD_initDStream(stream)
        var out = Data()
        let chunk = ZSTD_DStreamOutSize()
        var buffer = [UInt8](repeating: 0, count: chunk)
        var lastResult = 0
        let ok: Bool = data.withUnsafeBytes { raw in
            var input = ZSTD_inBuffer(src: raw.baseAddress, size: raw.count, pos: 0)
            while true {
                let produced: Int = buffer.withUnsafeMutableBytes { b in
                    var output = ZSTD_outBuffer(dst: b.baseAddress, size: chunk, pos: 0)
                    let r = ZSTD_decompressStream(stream, &output, &input)
                    if ZSTD_isError(r) != 0 { return -1 }
                    lastResult = r
                    return output.pos
                }
                if produced < 0 { return false }
                out.append(contentsOf: buffer[0..<produced])
                if out.count > limit { return false }
                // Done when the input is used up and the decoder holds nothing more back.
                if input.pos == input.size && produced < chunk { return lastResult == 0 }
            }
        }
        return ok ? out : nil
    }
}
