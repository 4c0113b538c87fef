import Deck
import FuzzSupport

/// The syntax model's audit, loaded once: the default (restrained) builder parses and audits what it offers.
private let audit = DeckAudit(model: try! SyntaxModel.bundled())

/// The essay builder: `DeckBuilder.build` on any text, with every card (`--all`) and restrained (the default deck,
/// which parses the sentences and runs the audit on each card it offers). Every card it makes prints as a deck that
/// reads back without errors.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBuild(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    for restraint in [nil, Restraint(audit: audit)] {
        let result = DeckBuilder(options: .init(restraint: restraint)).build(text)
        let printed = DeckPrinter.print(result.deck)
        let again = DeckParser.parse(printed, file: "built.deck")
        require(!again.diagnostics.hasErrors, "a built deck does not read back: \(again.diagnostics)\n\(printed)")
        require(again.deck.cards.count == result.deck.cards.count,
                "\(result.deck.cards.count) cards built, \(again.deck.cards.count) read back")
    }
    return 0
}

/// The entry point of a debug build (see FuzzDriver).
@_cdecl("fuzz_build_main")
public func targetMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv)
}
