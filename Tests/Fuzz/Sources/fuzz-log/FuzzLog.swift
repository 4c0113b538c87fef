import Deck
import FuzzSupport

/// The review log (`reviews.jsonl`): `ReviewLogFile.parse` on the whole file, and each entry it reads
/// re-encodes (`ReviewLogCodec.encode`) to a line that decodes to the same entry.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLog(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let contents: ReviewLogFile.Contents
    do {
        contents = try ReviewLogFile.parse(bytes, path: "reviews.jsonl")
    } catch {
        _ = error.description
        return 0
    }
    require(contents.goodLength >= 0 && contents.goodLength <= bytes.count, "good length \(contents.goodLength) of \(bytes.count)")
    require(Array(bytes[contents.goodLength...]) == contents.tornTail, "the torn tail is not the bytes after the good part")
    for entry in contents.entries {
        let line = ReviewLogCodec.encode(entry)
        require(!line.contains("\n") && !line.contains("\r"), "an encoded entry spans lines: \(line)")
        switch ReviewLogCodec.decode(line) {
        case .success(let again):
            require(again == entry, "re-encoded entry decodes differently:\n\(entry)\n\(again)\n\(line)")
        case .failure(let error):
            require(false, "re-encoded entry does not decode: \(error)\n\(line)")
        }
    }
    return 0
}

/// The entry point of a debug build (see FuzzDriver).
@_cdecl("fuzz_log_main")
public func targetMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv)
}
