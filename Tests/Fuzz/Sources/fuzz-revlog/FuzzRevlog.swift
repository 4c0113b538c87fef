import Deck
import FuzzSupport

/// The FSRS optimizer's revlog CSV (`quiz replay`): `RevlogCSV.parse`, then the replay of what it read.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRevlog(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    let rows: [RevlogCSV.Row]
    do {
        rows = try RevlogCSV.parse(text, path: "fuzz.csv")
    } catch {
        require(error.line >= 1, "diagnostic before line 1: \(error)")
        return 0
    }
    var lastLine = 1
    for row in rows {
        require(row.line > lastLine, "rows out of line order at line \(row.line)")
        lastLine = row.line
        require(row.time.microseconds >= 0, "a review before 1970 at line \(row.line)")
    }
    let states = RevlogCSV.replay(rows, scheduler: FSRSScheduler(settings: .standard))
    require(states.count == Set(rows.map(\.cardID)).count, "\(states.count) states for \(Set(rows.map(\.cardID)).count) cards")
    for (id, state) in states {
        require(state.reviews == rows.filter { $0.cardID == id }.count, "card \(id): \(state.reviews) reviews counted")
        _ = RevlogCSV.describe(cardID: id, state)
    }
    return 0
}

/// The entry point of a debug build (see FuzzDriver).
@_cdecl("fuzz_revlog_main")
public func targetMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv)
}
