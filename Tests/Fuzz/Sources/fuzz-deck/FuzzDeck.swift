import Deck
import FuzzSupport

/// The deck format: `DeckParser.parse(bytes:file:)`, which checks every card (`CardChecker`) and reports
/// what `quiz lint` prints. A deck read without errors prints (`DeckPrinter`) as a deck that reads back
/// without errors to the same deck.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeck(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let result = DeckParser.parse(bytes: fuzzBytes(data, size), file: "fuzz.deck")
    for d in result.diagnostics {
        require(d.line >= 1 && (d.column ?? 1) >= 1, "diagnostic outside the file: \(d)")
        _ = d.description
    }
    require(result.cardLines.count == result.deck.cards.count,
            "\(result.cardLines.count) heading lines for \(result.deck.cards.count) cards")
    guard !result.diagnostics.hasErrors else { return 0 }
    let printed = DeckPrinter.print(result.deck)
    let again = DeckParser.parse(printed, file: "printed.deck")
    require(!again.diagnostics.hasErrors,
            "a deck read without errors prints as one with errors: \(again.diagnostics)\n\(printed)")
    require(again.deck == result.deck,
            "a printed deck reads back differently:\n\(result.deck)\n\(again.deck)\n\(printed)")
    return 0
}

/// The entry point of a debug build (see FuzzDriver).
@_cdecl("fuzz_deck_main")
public func targetMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv)
}
