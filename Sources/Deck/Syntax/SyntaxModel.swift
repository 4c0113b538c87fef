import Foundation

/// The trained tagger and parser: reads a sentence into tags and a dependency tree.
/// PLACEHOLDER API (being written): the signatures below are the contract; the bodies are not final.
public final class SyntaxModel: Sendable {
    public init() {}

    /// The model shipped with the library, loaded once on first use.
    public static func bundled() throws -> SyntaxModel { SyntaxModel() }

    /// A model read from a file written by `quiz train`.
    public static func load(contentsOf path: String) throws -> SyntaxModel { SyntaxModel() }

    /// Tags and parses words already split the treebank's way.
    public func parse(_ tokens: [SyntaxToken]) -> ParsedSentence {
        ParsedSentence(
            tokens: tokens, upos: tokens.map { _ in "NOUN" }, xpos: tokens.map { _ in "NN" },
            heads: tokens.indices.map { $0 == 0 ? 0 : 1 }, relations: tokens.indices.map { $0 == 0 ? "root" : "dep" })
    }

    /// Splits one sentence into words (`SyntaxTokenizer`) and parses them.
    public func parse(_ sentence: String) -> ParsedSentence {
        parse(SyntaxTokenizer.tokenize(sentence))
    }
}
