import Dispatch
import Foundation
import Testing
@testable import Deck

/// The shipped tagger and parser: scores on the dev split, the shape of every tree, determinism (of parsing
/// and of training), the model file, and odd inputs.
@Suite struct SyntaxModelTests {
    static let universalTags: Set<String> = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ",
        "SYM", "VERB", "X",
    ]

    // MARK: - Fixtures

    /// A split of UD English EWT (`dev` or `train`; never `test`), the first `limit` sentences of it.
    static func treebank(_ part: String, limit: Int? = nil) throws -> [CoNLLUSentence] {
        precondition(part != "test", "the test split is not for tests of the model")
        let path = Paths.englishTreebank.appendingPathComponent("en_ewt-ud-\(part).conllu").standardized.path
        let data = try #require(FileManager.default.contents(atPath: path),
                                "the UD English EWT file is missing: \(path) (put the treebank in ../shared/data/ud-english-ewt/)")
        var text = String(decoding: data, as: UTF8.self)
        if let limit {
            // Cut after the `limit`-th blank line rather than reading the whole file.
            var blank = 0
            var cut = text.endIndex
            var i = text.startIndex
            while let r = text.range(of: "\n\n", range: i..<text.endIndex) {
                blank += 1
                if blank == limit { cut = r.upperBound; break }
                i = r.upperBound
            }
            text = String(text[..<cut])
        }
        let sentences = try CoNLLU.read(text, file: path)
        if let limit { #expect(sentences.count == limit, "expected \(limit) sentences of \(path)") }
        return sentences
    }

    /// The whole dev split, read once.
    static let dev: Result<[CoNLLUSentence], any Error> = Result { try treebank("dev") }

    /// The sentences of the seed essay, split as `quiz build` splits them.
    static func essaySentences() throws -> [String] {
        let path = Paths.shared("us-japan-security-treaty.txt")
        let data = try #require(FileManager.default.contents(atPath: path), "the essay is missing: \(path)")
        var sentences: [String] = []
        for block in TextDocument(String(decoding: data, as: UTF8.self)).blocks {
            sentences += SentenceSplitter.split(block.text).map(\.text)
        }
        #expect(sentences.count > 20, "too few sentences read from \(path)")
        return sentences
    }

    /// A small model (trained on a few sentences, one pass) for the tests that read many damaged copies of a file.
    static let small: Result<SyntaxModel, any Error> = Result {
        var options = SyntaxTraining.Options()
        options.taggerIterations = 1
        options.parserIterations = 1
        options.folds = 0
        return SyntaxTraining(options: options).train(try treebank("train", limit: 60))
    }

    static func model() throws -> SyntaxModel {
        do { return try SyntaxModel.bundled() } catch {
            Issue.record("the bundled syntax model does not load: \(error) (path: \(SyntaxModel.bundledPath ?? "none"))")
            throw error
        }
    }

    // MARK: - Invariants

    /// What is wrong with a parse of `tokens` (nothing when it is a well-formed projective tree).
    static func problems(_ p: ParsedSentence, of tokens: [SyntaxToken]) -> [String] {
        var out: [String] = []
        let n = tokens.count
        guard p.tokens == tokens else { return ["the parse's tokens are not the input tokens"] }
        guard p.upos.count == n, p.xpos.count == n, p.heads.count == n, p.relations.count == n else {
            return ["\(n) words but \(p.upos.count) UPOS, \(p.xpos.count) XPOS, \(p.heads.count) heads, \(p.relations.count) relations"]
        }
        for (w, tag) in p.upos.enumerated() where !universalTags.contains(tag) { out.append("word \(w + 1): UPOS \(tag)") }
        for (w, tag) in p.xpos.enumerated() where tag.isEmpty { out.append("word \(w + 1): empty XPOS") }
        for (w, h) in p.heads.enumerated() where !(0...n).contains(h) || h == w + 1 {
            out.append("word \(w + 1): head \(h)")
        }
        guard out.isEmpty else { return out }
        let roots = p.heads.indices.filter { p.heads[$0] == 0 }
        if n > 0 && roots.count != 1 { out.append("\(roots.count) words attached to the root: \(roots.map { $0 + 1 })") }
        for w in 0..<n {
            if (p.heads[w] == 0) != (p.relations[w] == "root") {
                out.append("word \(w + 1): head \(p.heads[w]) with relation \(p.relations[w])")
            }
            if p.relations[w].isEmpty { out.append("word \(w + 1): no relation") }
        }
        // No cycles: every word reaches the root within n steps.
        for w in 0..<n {
            var at = w + 1, steps = 0
            while at != 0 && steps <= n { at = p.heads[at - 1]; steps += 1 }
            if at != 0 { out.append("word \(w + 1) is on a cycle"); break }
        }
        // Projective: no two arcs cross (the root's arc, from 0, included).
        let arcs = (0..<n).map { (min($0 + 1, p.heads[$0]), max($0 + 1, p.heads[$0])) }
        search: for a in arcs {
            for b in arcs where a.0 < b.0 && b.0 < a.1 && a.1 < b.1 {
                out.append("arcs \(a) and \(b) cross")
                break search
            }
        }
        return out
    }

    static func expectWellFormed(_ p: ParsedSentence, of tokens: [SyntaxToken], _ what: @autoclosure () -> String,
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        let found = problems(p, of: tokens)
        #expect(found.isEmpty, "\(what()): \(found.prefix(5).joined(separator: "; ")) — \(tokens.map(\.form))",
                sourceLocation: sourceLocation)
    }

    // MARK: - Scores

    @Test func bundledModelScoresAboveFloorsOnDev() throws {
        let model = try Self.model()
        let gold = Array(try Self.dev.get().prefix(300))
        let scores = model.evaluate(gold)
        #expect(scores.words > 3000, "too few words in the first 300 dev sentences: \(scores)")
        #expect(scores.upos >= 0.93, "UPOS below 93% on the first 300 dev sentences: \(scores)")
        #expect(scores.xpos >= 0.90, "XPOS below 90% on the first 300 dev sentences: \(scores)")
        #expect(scores.uas >= 0.80, "UAS below 80% on the first 300 dev sentences: \(scores)")
        #expect(scores.las >= 0.76, "LAS below 76% on the first 300 dev sentences: \(scores)")
        #expect(scores.las <= scores.uas)
    }

    /// Words the first pass tags by a clear margin skip the second pass: on dev sentences that leaves nearly
    /// every tag as reading every word twice gives it, while many words do skip it.
    @Test func clearFirstPassTagsSkipTheSecondPass() throws {
        let tagger = try Self.model().tagger
        var words = 0, differing = 0
        for sentence in try Self.dev.get().prefix(150) {
            let shapes = sentence.goldParse.tokens.map { WordShape($0.form) }
            let quick = tagger.tag(shapes: shapes), full = tagger.tag(shapes: shapes, refiningAll: true)
            words += shapes.count
            differing += zip(quick, full).filter { $0 != $1 }.count
        }
        #expect(words > 1500)
        #expect(differing * 1000 <= words, "\(differing) of \(words) tags differ from reading every word twice")
        // (The second pass does change first-pass tags: reading it only for unclear words is a choice, not a no-op.)
        let tagger1 = PartOfSpeechTagger(tags: tagger.tags, ambiguity: tagger.ambiguity, settled: tagger.settled, model: tagger.model, refiner: nil)
        var changed = 0
        for sentence in try Self.dev.get().prefix(150) {
            let shapes = sentence.goldParse.tokens.map { WordShape($0.form) }
            changed += zip(tagger1.tag(shapes: shapes), tagger.tag(shapes: shapes, refiningAll: true)).filter { $0 != $1 }.count
        }
        #expect(changed > 10, "the second pass changed only \(changed) tags")
    }

    // MARK: - Trees

    @Test func everyDevParseIsAProjectiveTree() throws {
        let model = try Self.model()
        var bad = 0
        for sentence in try Self.dev.get() {
            let tokens = sentence.syntaxTokens
            let found = Self.problems(model.parse(tokens), of: tokens)
            if !found.isEmpty {
                bad += 1
                if bad <= 5 { Issue.record("dev sentence at line \(sentence.line): \(found.prefix(5).joined(separator: "; "))") }
            }
        }
        #expect(bad == 0, "\(bad) dev sentences have malformed parses")
    }

    @Test func everyEssayParseIsAProjectiveTree() throws {
        let model = try Self.model()
        for text in try Self.essaySentences() {
            let tokens = SyntaxTokenizer.tokenize(text)
            #expect(!tokens.isEmpty, "no words in \(text.debugDescription)")
            Self.expectWellFormed(model.parse(text), of: tokens, text)
        }
    }

    /// The small templates' weights read by index are the move table's own: every dev sentence gets the tree
    /// that looking every feature up in the table gives.
    @Test func smallTemplatesReadByIndexGiveTheSameTrees() throws {
        let model = try Self.model()
        #expect(model.parser.small != nil)
        let p = model.parser
        let byKey = DependencyParser(labels: p.labels, rootLabel: p.rootLabel, moves: p.moves, labeler: p.labeler)
        var words = 0, sentences = 0
        for sentence in try Self.dev.get().prefix(600) {
            let shapes = sentence.goldParse.tokens.map { WordShape($0.form) }
            let features = ParserFeatures(forms: shapes.map(\.lower), tagClasses: model.tagger.tag(shapes: shapes), kinds: model.kinds)
            let a = p.parse(features), b = byKey.parse(features)
            #expect(a.heads == b.heads && a.labels == b.labels, "dev sentence at line \(sentence.line)")
            words += shapes.count
            sentences += 1
        }
        #expect(words > 5000)
        // Both ways put the same keys in the feature list, the small templates' apart or not.
        let state = ParseState(words: 3)
        let features = ParserFeatures(forms: [1, 2, 3], tagClasses: [0, 1, 2], kinds: model.kinds)
        let all = FeatureBuffer(capacity: ParserFeatures.templateCount), rest = FeatureBuffer(capacity: ParserFeatures.templateCount)
        let small = FeatureBuffer(capacity: ParserFeatures.templateCount)
        features.extract(state, into: all)
        features.extract(state, into: rest, small: small)
        #expect(all.count == rest.count + small.count)
        #expect(small.count == SmallMoveWeights.tagTemplates.count + SmallMoveWeights.labelTemplates.count + SmallMoveWeights.tagPairTemplates.count)
        #expect(Set(rest.keys).isSubset(of: Set(all.keys)))
    }

    @Test func groupSumsKeptBetweenMovesGiveTheSameTrees() throws {
        let model = try Self.model()
        let p = model.parser
        var words = 0, lefts = 0
        for sentence in try Self.dev.get().prefix(600) {
            let shapes = sentence.goldParse.tokens.map { WordShape($0.form) }
            let features = ParserFeatures(forms: shapes.map(\.lower), tagClasses: model.tagger.tag(shapes: shapes), kinds: model.kinds)
            let kept = p.parse(features), scored = p.parse(features, keepingSums: false)
            #expect(kept.heads == scored.heads && kept.labels == scored.labels, "dev sentence at line \(sentence.line)")
            words += shapes.count
            lefts += kept.heads.enumerated().filter { $0.element > $0.offset + 1 }.count
        }
        #expect(words > 5000 && lefts > words / 4)
        // The three groups put the keys of every template in the feature list, each once.
        var state = ParseState(words: 5)
        for move in [Transition.shift, .shift, .right(1), .shift] { state.apply(move) }
        let features = ParserFeatures(forms: [1, 2, 3, 4, 5], tagClasses: [0, 1, 2, 1, 0], kinds: model.kinds)
        let all = FeatureBuffer(capacity: ParserFeatures.templateCount), part = FeatureBuffer(capacity: ParserFeatures.templateCount)
        features.extract(state, into: all)
        var grouped: [UInt64] = []
        for group in [ParserFeatures.Groups.stack, .buffer, .between] {
            features.extract(state, into: part, groups: group)
            grouped += part.keys
        }
        #expect(grouped.sorted() == Array(all.keys).sorted())
    }

    // MARK: - Determinism

    /// A feature that reads a word the training data never had is in no weight table: leaving such features out
    /// gives the same trees, on the dev split and on the essay's names and terms.
    @Test func featuresOfUnknownWordsAreNotLookedUpAndChangeNoTree() throws {
        let model = try Self.model()
        let p = model.parser
        var words = 0, unknown = 0
        let dev = try Self.dev.get().prefix(600).map { $0.goldParse.tokens.map(\.form) }
        let essay = try Self.essaySentences().map { SyntaxTokenizer.tokenize($0).map(\.form) }
        for sentence in dev + essay {
            let shapes = sentence.map { WordShape($0) }
            let classes = model.tagger.tag(shapes: shapes)
            let skipping = model.parserFeatures(shapes, classes)
            let all = ParserFeatures(forms: shapes.map(\.lower), tagClasses: classes, kinds: model.kinds)
            let a = p.parse(skipping), b = p.parse(all)
            #expect(a.heads == b.heads && a.labels == b.labels, "\(sentence.joined(separator: " "))")
            words += shapes.count
            unknown += shapes.indices.filter { !skipping.known[$0] }.count
        }
        #expect(words > 5000 && unknown > words / 50, "\(unknown) of \(words) words unknown")
        // A state whose stack holds an unknown word reads fewer features than the same state with a known one.
        let shapes = ["the", "xqzvbrt", "treaty"].map { WordShape($0) }
        let classes = model.tagger.tag(shapes: shapes)
        let skipping = model.parserFeatures(shapes, classes)
        #expect(skipping.known == [true, false, true, true])
        var state = ParseState(words: 3)
        for move in [Transition.shift, .shift] { state.apply(move) }
        let fewer = FeatureBuffer(capacity: ParserFeatures.templateCount), more = FeatureBuffer(capacity: ParserFeatures.templateCount)
        skipping.extract(state, into: fewer)
        ParserFeatures(forms: shapes.map(\.lower), tagClasses: classes, kinds: model.kinds).extract(state, into: more)
        #expect(fewer.count < more.count && Set(fewer.keys).isSubset(of: Set(more.keys)))
    }

    /// Every punctuation mark's arc is `punct` without being scored (as every one in the training data is):
    /// the scores would have said the same of nearly all of them, and the trees are no worse.
    @Test func punctuationArcsAreLabelledPunctUnscored() throws {
        let model = try Self.model()
        let p = model.parser
        let scoring = DependencyParser(labels: p.labels, rootLabel: p.rootLabel, moves: p.moves, labeler: p.labeler, small: p.small,
                                       scoresPunctuation: true)
        let punct = try #require(p.labels.firstIndex(of: "punct"))
        var marks = 0, agreed = 0
        var fast = SyntaxScores(), scored = SyntaxScores()
        for sentence in try Self.dev.get().prefix(600) {
            let gold = sentence.goldParse
            let shapes = gold.tokens.map { WordShape($0.form) }
            let classes = model.tagger.tag(shapes: shapes)
            let features = model.parserFeatures(shapes, classes)
            let a = p.parse(features), b = scoring.parse(features)
            for i in shapes.indices where features.isPunctuation(i) && a.heads[i] != 0 {
                #expect(a.labels[i] == punct)
                marks += 1
                if b.labels[i] == punct { agreed += 1 }
            }
            func parsed(_ tree: (heads: [Int], labels: [Int])) -> ParsedSentence {
                ParsedSentence(tokens: gold.tokens, upos: classes.map { model.tagger.tags[$0].upos }, xpos: classes.map { model.tagger.tags[$0].xpos },
                               heads: tree.heads, relations: tree.labels.map { p.labels[$0] })
            }
            fast.add(gold: gold, predicted: parsed(a))
            scored.add(gold: gold, predicted: parsed(b))
        }
        #expect(marks > 500 && agreed * 1000 >= marks * 998, "\(agreed) of \(marks) punctuation arcs scored punct")
        #expect(fast.las >= scored.las - 0.0005, "LAS \(fast.las) unscored against \(scored.las) scored")
    }

    @Test func parsingOnManyThreadsMatchesParsingOneByOne() throws {
        let model = try Self.model()
        let inputs = try Self.dev.get().prefix(400).map(\.syntaxTokens)
            + Self.essaySentences().map { SyntaxTokenizer.tokenize($0) }
        let first = inputs.map { model.parse($0) }
        let second = inputs.map { model.parse($0) }
        #expect(first == second, "two sequential runs differ")
        for round in 0..<2 {
            let results = Results(count: inputs.count)
            let stride = round == 0 ? 1 : 7
            let workers = 8
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                // Round 0: interleaved sentences; round 1: each worker takes strided blocks, in reverse.
                var mine: [Int] = []
                var i = worker * stride
                while i < inputs.count {
                    mine += (i..<min(i + stride, inputs.count))
                    i += workers * stride
                }
                for k in (round == 0 ? mine : mine.reversed()) { results.set(k, model.parse(inputs[k])) }
            }
            let concurrent = results.all()
            #expect(concurrent.allSatisfy { $0 != nil }, "round \(round): a sentence was not parsed")
            let mismatches = inputs.indices.filter { concurrent[$0] != first[$0] }
            #expect(mismatches.isEmpty, "round \(round): \(mismatches.count) sentences parse differently on threads, first \(mismatches.prefix(5))")
        }
    }

    /// Parses made on several threads, each stored under a lock.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [ParsedSentence?]
        init(count: Int) { items = Array(repeating: nil, count: count) }
        func set(_ k: Int, _ p: ParsedSentence) { lock.withLock { items[k] = p } }
        func all() -> [ParsedSentence?] { lock.withLock { items } }
    }

    @Test func trainingIsDeterministicAndSeeded() throws {
        let slice = try Self.treebank("train", limit: 200)
        func train(seed: UInt64) -> SyntaxModel {
            var options = SyntaxTraining.Options()
            options.taggerIterations = 2
            options.parserIterations = 2
            options.folds = 2
            options.seed = seed
            return SyntaxTraining(options: options).train(slice)
        }
        let a = train(seed: 1)
        let b = train(seed: 1)
        let c = train(seed: 2)
        let (ba, bb, bc) = (a.fileBytes(), b.fileBytes(), c.fileBytes())
        #expect(ba.count > 1000, "a model of only \(ba.count) bytes")
        #expect(ba == bb, "two trainings with the same data and options differ (\(ba.count) and \(bb.count) bytes, first difference at \(zip(ba, bb).enumerated().first { $1.0 != $1.1 }?.offset ?? min(ba.count, bb.count)))")
        #expect(ba != bc, "a different seed gave the same model")
        // The small model still reads sentences into trees.
        for text in try Self.essaySentences().prefix(10) {
            Self.expectWellFormed(a.parse(text), of: SyntaxTokenizer.tokenize(text), text)
        }
    }

    // MARK: - The model file

    @Test func fileRoundTrip() throws {
        let model = try Self.model()
        let bytes = model.fileBytes()
        let shipped = try #require(SyntaxModel.bundledPath.flatMap { FileManager.default.contents(atPath: $0) })
        #expect(Data(bytes) == shipped, "the bundled model's bytes are not its file's (\(bytes.count) and \(shipped.count) bytes)")
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/copy.syntax"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let copy = try SyntaxModel.load(contentsOf: path)
        #expect(copy.fileBytes() == bytes, "the model read back writes different bytes")
        let inputs = try Self.dev.get().prefix(200).map(\.syntaxTokens) + Self.essaySentences().map { SyntaxTokenizer.tokenize($0) }
        let differing = inputs.indices.filter { copy.parse(inputs[$0]) != model.parse(inputs[$0]) }
        #expect(differing.isEmpty, "\(differing.count) sentences parse differently with the model read back")
    }

    /// `load` throws an error that names the file.
    static func expectLoadFails(_ path: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            _ = try SyntaxModel.load(contentsOf: path)
            Issue.record("\(what): loaded without an error", sourceLocation: sourceLocation)
        } catch {
            #expect(String(describing: error).contains(path), "\(what): the error does not name the file: \(error)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test func damagedOrMissingFilesThrow() throws {
        let bytes = try Self.small.get().fileBytes()
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        func write(_ name: String, _ content: [UInt8]) throws -> String {
            let path = dir + "/" + name
            try Data(content).write(to: URL(fileURLWithPath: path))
            return path
        }
        for cut in [0, 3, 8, 12, 40, 1000, bytes.count / 3, bytes.count / 2, bytes.count - 2, bytes.count - 1] {
            Self.expectLoadFails(try write("cut-\(cut).syntax", Array(bytes.prefix(cut))), "truncated to \(cut) bytes")
        }
        var header = bytes
        header[7] ^= 0x01
        Self.expectLoadFails(try write("header.syntax", header), "wrong header")
        Self.expectLoadFails(try write("text.syntax", Array("# not a model\nQUIZSYN1 perhaps\n".utf8)), "a text file")
        Self.expectLoadFails(try write("extra.syntax", bytes + [0, 1, 2, 3]), "bytes after the model")
        Self.expectLoadFails(dir + "/no such dir/missing.syntax", "a missing file")
        Self.expectLoadFails(dir, "a directory")
    }

    @Test func corruptedBytesEitherThrowOrGiveTrees() throws {
        let bytes = try Self.small.get().fileBytes()
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let text = "The treaty was signed in 1960, and it is still in force."
        let tokens = SyntaxTokenizer.tokenize(text)
        // Bytes in the header and name lists (where counts and lengths are), and a few in the weights.
        let places = [8, 9, 11, 12, 13, 16, 20, 24, 30, 50, 64, 100, 200, 300, 500, 1000, 2000]
            + stride(from: bytes.count / 16, to: bytes.count, by: bytes.count / 16) + [bytes.count - 3]
        for place in places {
            var damaged = bytes
            damaged[place] ^= 0xA5
            let path = dir + "/flip-\(place).syntax"
            try Data(damaged).write(to: URL(fileURLWithPath: path))
            do {
                let model = try SyntaxModel.load(contentsOf: path)
                let p = model.parse(tokens)
                let found = Self.problems(p, of: tokens).filter { !$0.contains("UPOS") }
                #expect(found.isEmpty, "byte \(place) flipped: \(found)")
            } catch {
                #expect(String(describing: error).contains(path), "byte \(place) flipped: \(error)")
            }
        }
    }

    // MARK: - Odd inputs

    @Test func emptySentenceGivesAnEmptyParse() throws {
        let model = try Self.model()
        let p = model.parse([SyntaxToken]())
        #expect(p.count == 0 && p.upos.isEmpty && p.xpos.isEmpty && p.heads.isEmpty && p.relations.isEmpty)
        let q = model.parse("   ")
        #expect(q.count == 0 && q.heads.isEmpty)
    }

    @Test func oneWordSentence() throws {
        let model = try Self.model()
        for text in ["Hello", "Stop!", ".", "1960"] {
            let tokens = SyntaxTokenizer.tokenize(text)
            let p = model.parse(tokens)
            Self.expectWellFormed(p, of: tokens, text)
            #expect(p.heads.first == 0 && p.relations.first == "root", "\(text): \(p.heads) \(p.relations)")
        }
    }

    static let longSentences = [
        "clauses": String(repeating: "the cat sat on the mat and ", count: 43) + "slept.",
        "a list": String(repeating: "Japan, ", count: 150),
        "punctuation": String(repeating: "! ", count: 300),
        "one word": String(repeating: "buffalo ", count: 300),
    ]

    @Test(arguments: longSentences.keys.sorted())
    func longSentence(_ name: String) throws {
        let model = try Self.model()
        let text = try #require(Self.longSentences[name])
        let tokens = SyntaxTokenizer.tokenize(text)
        #expect(tokens.count >= 300)
        Self.expectWellFormed(model.parse(tokens), of: tokens, "a sentence of \(tokens.count) words")
    }

    static let unusualTexts = [
        "CJK": "東京は日本の首都です。",
        "mixed scripts": "日米安全保障条約 was signed in 1960 by 岸信介 .",
        "emoji": "I love 🍕 and 👨‍👩‍👧‍👦 so much 😂😂😂!!!",
        "URL": "See https://www.example.com/path?query=1&b=two#frag or mail bob@example.com.",
        "accents and other alphabets": "Ünïcödé wörds, naïve café, Привет мир, مرحبا بالعالم.",
        "combining marks": "e\u{301}te\u{301} a\u{300} l'e\u{301}cole",
        "invisible characters": "\u{200B}zero\u{200D}width\u{FEFF} and\ttabs\u{00A0}nbsp",
        "brackets": "((((((((((((deep))))))))))))",
        "numbers": "$5.50 -- 10:30 a.m. -- 16/11/2004 -- 713-654-0365 -- 3.14159e10",
        "a 5000-letter word": String(repeating: "x", count: 5000) + " is a long word",
    ]

    @Test(arguments: unusualTexts.keys.sorted())
    func unusualText(_ name: String) throws {
        let model = try Self.model()
        let text = try #require(Self.unusualTexts[name])
        let tokens = SyntaxTokenizer.tokenize(text)
        #expect(!tokens.isEmpty)
        Self.expectWellFormed(model.parse(text), of: tokens, text.prefix(80).debugDescription)
    }

    @Test func tokensTheTokenizerWouldNotMake() throws {
        let model = try Self.model()
        let tokens = ["", " ", "\n", "a b", "🙂", String(repeating: "é", count: 300)].enumerated().map {
            SyntaxToken(form: $1, start: $0, end: $0)
        }
        Self.expectWellFormed(model.parse(tokens), of: tokens, "odd tokens")
    }
}
