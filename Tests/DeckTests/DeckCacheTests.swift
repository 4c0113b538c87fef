import Foundation
import Testing
import TestSupport
@testable import Deck

/// The deck cache: a parse kept as bytes (`DeckBinary`) reads back as the same result, is used only for the
/// same deck bytes, path and program, and is passed over when damaged.
@Suite struct DeckCacheTests {
    func expectSame(_ a: DeckParseResult, _ b: DeckParseResult?, _ note: Comment? = nil) {
        #expect(b?.deck == a.deck, note)
        #expect(b?.diagnostics == a.diagnostics, note)
        #expect(b?.cardLines == a.cardLines, note)
    }

    /// A deck of about `bytes` bytes: random cards of every form (with warnings and, now and then, errors).
    static func largeDeck(seed: UInt64, bytes: Int) -> [UInt8] {
        var rng = SeededRandom(seed: seed)
        var text = ""
        while text.utf8.count < bytes { text += DeckParseReferenceTests.randomDeck(&rng, cards: 40) }
        return Array(text.utf8)
    }

    /// A deck without errors of at least `bytes` bytes: the cards of random decks that read, numbered apart.
    static func cleanDeck(seed: UInt64, bytes: Int) -> [UInt8] {
        var rng = SeededRandom(seed: seed)
        var deck = Deck(title: "Clean", source: "essay.txt")
        var printed: [UInt8] = []
        while printed.count < bytes {
            let text = DeckParseReferenceTests.randomDeck(&rng, cards: 400)
            for var card in DeckParser.parse(bytes: Array(text.utf8), file: "r.deck").deck.cards {
                card.id = "card-\(deck.cards.count)"
                deck.cards.append(card)
            }
            printed = Array(DeckPrinter.print(deck).utf8)
        }
        return printed
    }

    @Test(arguments: 1...40) func encodingReadsBackTheSameResult(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        var bytes = Array(DeckParseReferenceTests.randomDeck(&rng, cards: 1 + Int(rng.next() % 40)).utf8)
        if seed % 2 == 0 { bytes = DeckParseReferenceTests.mutated(bytes, &rng) }
        let result = DeckParser.parse(bytes: bytes, file: "d/t.deck")
        let key = DeckBinary.Key(program: seed, path: "d/t.deck", bytes: bytes)
        let encoded = DeckBinary.encode(result, key: key)
        expectSame(result, DeckBinary.decode(encoded, key: key), "seed \(seed)")
    }

    @Test func bytesMadeForAnotherKeyOrDamagedDoNotDecode() {
        let bytes = Self.largeDeck(seed: 3, bytes: 20_000)
        let result = DeckParser.parse(bytes: bytes, file: "t.deck")
        let key = DeckBinary.Key(program: 1, path: "t.deck", bytes: bytes)
        let encoded = DeckBinary.encode(result, key: key)
        #expect(DeckBinary.decode(encoded, key: key) != nil)
        #expect(DeckBinary.decode(encoded, key: DeckBinary.Key(program: 2, path: "t.deck", bytes: bytes)) == nil)
        #expect(DeckBinary.decode(encoded, key: DeckBinary.Key(program: 1, path: "u.deck", bytes: bytes)) == nil)
        var edited = bytes
        edited[edited.count / 2] ^= 0x20
        #expect(DeckBinary.decode(encoded, key: DeckBinary.Key(program: 1, path: "t.deck", bytes: edited)) == nil)
        #expect(DeckBinary.decode(encoded, key: DeckBinary.Key(program: 1, path: "t.deck", bytes: bytes + [0x0A])) == nil)
        // Every truncation, and a flipped byte anywhere, is refused (not a crash, not another deck).
        var rng = SeededRandom(seed: 9)
        for _ in 0..<200 {
            let cut = Int(rng.next() % UInt64(encoded.count))
            #expect(DeckBinary.decode(Array(encoded[..<cut]), key: key) == nil)
            var flipped = encoded
            flipped[cut] ^= UInt8(1 << (rng.next() % 8))
            #expect(DeckBinary.decode(flipped, key: key) == nil)
        }
        #expect(DeckBinary.decode(encoded + [0], key: key) == nil)
    }

    @Test func aLargeDeckIsParsedOnceThenReadFromTheCache() throws {
        let dir = TemporaryDirectory.make("deck-cache")
        let cache = DeckCache(directory: dir + "/cache", program: 42)
        let bytes = Self.cleanDeck(seed: 5, bytes: DeckCache.minimumBytes + 10_000)
        let path = dir + "/big.deck"
        let result = DeckParser.parse(bytes: bytes, file: path)
        #expect(!result.diagnostics.hasErrors && bytes.count >= DeckCache.minimumBytes && result.deck.cards.count > 1000)
        let entry = cache.entryPath(for: path)
        #expect(!FileManager.default.fileExists(atPath: entry))
        expectSame(result, cache.parse(bytes: bytes, path: path))
        let written = try #require(FileManager.default.contents(atPath: entry))
        expectSame(result, DeckBinary.decode([UInt8](written), key: DeckBinary.Key(program: 42, path: path, bytes: bytes)))

        // The entry is what a second read returns: one made (for the same key) with another title is believed.
        var other = result
        other.deck.title = "From the cache"
        let key = DeckBinary.Key(program: 42, path: path, bytes: bytes)
        try Data(DeckBinary.encode(other, key: key)).write(to: URL(fileURLWithPath: entry))
        #expect(cache.parse(bytes: bytes, path: path).deck.title == "From the cache")
        // Another program, or other bytes, parse again and replace the entry.
        let rebuilt = DeckCache(directory: dir + "/cache", program: 43)
        expectSame(result, rebuilt.parse(bytes: bytes, path: path))
        #expect(DeckBinary.decode([UInt8](try #require(FileManager.default.contents(atPath: entry))),
                                  key: DeckBinary.Key(program: 43, path: path, bytes: bytes)) != nil)
        var edited = bytes
        edited.append(contentsOf: Array("\n## added-card\nQ: new?\nA: yes\n".utf8))
        let editedResult = rebuilt.parse(bytes: edited, path: path)
        #expect(editedResult.deck.cards.count == result.deck.cards.count + 1)
        expectSame(editedResult, rebuilt.parse(bytes: edited, path: path))
        // A damaged entry is passed over and made again.
        try Data("QUIZDECK garbage".utf8).write(to: URL(fileURLWithPath: entry))
        expectSame(editedResult, rebuilt.parse(bytes: edited, path: path))
        #expect(DeckBinary.decode([UInt8](try #require(FileManager.default.contents(atPath: entry))),
                                  key: DeckBinary.Key(program: 43, path: path, bytes: edited)) != nil)
    }

    @Test func smallDecksDecksWithErrorsAndAnUnwritableCacheAreNotCached() throws {
        let dir = TemporaryDirectory.make("deck-cache")
        let cache = DeckCache(directory: dir + "/cache", program: 1)
        let small = Array("# T\n## a\nQ: x\nA: y\n".utf8)
        expectSame(DeckParser.parse(bytes: small, file: "s.deck"), cache.parse(bytes: small, path: "s.deck"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/cache"))
        let broken = Self.largeDeck(seed: 5, bytes: DeckCache.minimumBytes * 2) + Array("\n## bad\nQ: no answer\n".utf8)
        let parsed = cache.parse(bytes: broken, path: dir + "/broken.deck")
        #expect(parsed.diagnostics.hasErrors)
        expectSame(DeckParser.parse(bytes: broken, file: dir + "/broken.deck"), parsed)
        #expect(!FileManager.default.fileExists(atPath: cache.entryPath(for: dir + "/broken.deck")))
        // A cache directory that is a file: the deck is parsed, nothing is written, nothing fails.
        _ = FileManager.default.createFile(atPath: dir + "/file", contents: Data())
        let blocked = DeckCache(directory: dir + "/file", program: 1)
        let bytes = Self.cleanDeck(seed: 6, bytes: DeckCache.minimumBytes)
        #expect(!DeckParser.parse(bytes: bytes, file: "g.deck").diagnostics.hasErrors)
        expectSame(DeckParser.parse(bytes: bytes, file: "g.deck"), blocked.parse(bytes: bytes, path: "g.deck"))
    }
}
