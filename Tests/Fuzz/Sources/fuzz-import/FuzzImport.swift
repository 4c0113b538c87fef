import Deck
import FuzzSupport

/// Anki and Quizlet text (`quiz import`): `DelimitedImport.parse`. An import read without errors prints as a
/// deck file; when that file reads back without errors, it holds the same cards.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    let result = DelimitedImport.parse(text, file: "fuzz.txt", title: "Fuzz")
    for d in result.diagnostics {
        require(d.line >= 1 && (d.column ?? 1) >= 1, "diagnostic outside the file: \(d)")
    }
    guard !result.diagnostics.hasErrors else { return 0 }
    let printed = DeckPrinter.print(result.deck)
    let again = DeckParser.parse(printed, file: "imported.deck")
    // An import that does not lint is a known problem of its own (issue 18); here only a deck that reads
    // back must read back the same.
    guard !again.diagnostics.hasErrors else { return 0 }
    require(again.deck.cards == result.deck.cards,
            "an imported deck reads back differently:\n\(result.deck.cards)\n\(again.deck.cards)\n\(printed)")
    return 0
}

/// The entry point of a debug build (see FuzzDriver).
@_cdecl("fuzz_import_main")
public func targetMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv)
}
