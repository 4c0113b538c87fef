import Foundation
import Testing
@testable import Deck

/// Words split the way the UD English Web Treebank splits them: rules, offsets, Unicode, and the dev-set score.
@Suite struct SyntaxTokenizerTests {
    func forms(_ text: String) -> [String] { SyntaxTokenizer.tokenize(text).map(\.form) }

    /// Every token is the slice of `text` its offsets name; tokens are in order, apart, and cover every
    /// character that is not white space.
    func expectValidOffsets(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let tokens = SyntaxTokenizer.tokenize(text)
        let bytes = Array(text.utf8)
        var covered = [Bool](repeating: false, count: bytes.count)
        var previousEnd = 0
        for t in tokens {
            #expect(t.start >= previousEnd && t.start < t.end && t.end <= bytes.count, "\(t) in \(text)",
                    sourceLocation: sourceLocation)
            guard t.start >= previousEnd && t.start < t.end && t.end <= bytes.count else { return }
            #expect(String(decoding: bytes[t.start..<t.end], as: UTF8.self) == t.form, sourceLocation: sourceLocation)
            for k in t.start..<t.end { covered[k] = true }
            previousEnd = t.end
        }
        var offset = 0
        for scalar in text.unicodeScalars {
            let length = String(scalar).utf8.count
            if !scalar.properties.isWhitespace {
                #expect(covered[offset..<(offset + length)].allSatisfy { $0 }, "\(scalar.escaped(asASCII: true)) uncovered in \(text.debugDescription): \(tokens.map(\.form))",
                        sourceLocation: sourceLocation)
            } else {
                #expect(!covered[offset..<(offset + length)].contains(true), "space inside a token in \(text)",
                        sourceLocation: sourceLocation)
            }
            offset += length
        }
    }

    @Test func offsetsSliceTheText() {
        for text in ["From the AP comes this story :", "I don't know.", "  spaced   out  ", "", " ",
                     "\"Hello,\" she said -- then left...", "Call 713-654-0365 or e-mail bob@example.com (today).",
                     "See http://www.example.com/a?b=1.", "It's $5.50, or 5% off; 10:30 a.m. on 16/11/2004!"] {
            expectValidOffsets(text)
        }
        #expect(SyntaxTokenizer.tokenize("Ab cd.") == [
            SyntaxToken(form: "Ab", start: 0, end: 2), SyntaxToken(form: "cd", start: 3, end: 5),
            SyntaxToken(form: ".", start: 5, end: 6),
        ])
    }

    @Test func punctuationIsSplitOff() {
        #expect(forms("\"Yes,\" he said (twice); no: never!") == ["\"", "Yes", ",", "\"", "he", "said", "(", "twice", ")", ";", "no", ":", "never", "!"])
        #expect(forms("Wait... what?! Yes -- no.") == ["Wait", "...", "what", "?!", "Yes", "--", "no", "."])
        #expect(forms("“Quoted” and ‘single’ — dash…") == ["“", "Quoted", "”", "and", "‘", "single", "’", "—", "dash", "…"])
        #expect(forms("Great :) but sad :( ;-)") == ["Great", ":)", "but", "sad", ":(", ";-)"])
    }

    @Test func clitics() {
        #expect(forms("don't") == ["do", "n't"])
        #expect(forms("can't") == ["ca", "n't"])
        #expect(forms("won't") == ["wo", "n't"])
        #expect(forms("cannot") == ["can", "not"])
        #expect(forms("Japan's") == ["Japan", "'s"])
        #expect(forms("they're") == ["they", "'re"])
        #expect(forms("I'll we've I'd I'm") == ["I", "'ll", "we", "'ve", "I", "'d", "I", "'m"])
        #expect(forms("gonna wanna gotta") == ["gon", "na", "wan", "na", "got", "ta"])
        #expect(forms("Japan’s they’re don’t") == ["Japan", "’s", "they", "’re", "do", "n’t"])
        #expect(forms("the states' rights") == ["the", "states", "'", "rights"])
        #expect(forms("O'Connell in the 1960's") == ["O'Connell", "in", "the", "1960's"])
        #expect(forms("dont im") == ["do", "nt", "i", "m"])
    }

    @Test func hyphensFollowTheTreebank() {
        #expect(forms("Al-Zaman") == ["Al", "-", "Zaman"])
        #expect(forms("well-known") == ["well", "-", "known"])
        #expect(forms("non-stop e-mail re-election") == ["non-stop", "e-mail", "re-election"])
        #expect(forms("1969-1970") == ["1969", "-", "1970"])
        #expect(forms("713-654-0365") == ["713-654-0365"])
    }

    @Test func numbers() {
        #expect(forms("1,000 3.5 1960s 10:30 9th") == ["1,000", "3.5", "1960s", "10:30", "9th"])
        #expect(forms("$5 and 5% of $1,200.50") == ["$", "5", "and", "5", "%", "of", "$", "1,200.50"])
        #expect(forms("at 5pm for 65k") == ["at", "5", "pm", "for", "65", "k"])
        #expect(forms("on 16/11/2004, 3/4 of 9/11") == ["on", "16/11/2004", ",", "3", "/", "4", "of", "9/11"])
        #expect(forms("and/or") == ["and", "/", "or"])
    }

    @Test func abbreviationsKeepTheirStopButTheSentenceEndDoesNot() {
        #expect(forms("Mr. Smith went to the U.S. in Sept. with e.g. tea, etc. on Monday.")
                == ["Mr.", "Smith", "went", "to", "the", "U.S.", "in", "Sept.", "with", "e.g.", "tea", ",", "etc.", "on", "Monday", "."])
        #expect(forms("He lives in the U.S.") == ["He", "lives", "in", "the", "U.S", "."])
        #expect(forms("apples, pears, etc.)") == ["apples", ",", "pears", ",", "etc", ".", ")"])
        #expect(forms("Jennifer M. Anderson") == ["Jennifer", "M.", "Anderson"])
    }

    @Test func linksStayWhole() {
        #expect(forms("See http://www.example.com/a-b?c=1&d=2.") == ["See", "http://www.example.com/a-b?c=1&d=2", "."])
        #expect(forms("(www.example.org)") == ["(", "www.example.org", ")"])
        #expect(forms("Mail jane.doe@example.co.uk, thanks") == ["Mail", "jane.doe@example.co.uk", ",", "thanks"])
    }

    @Test func anyUnicodeKeepsOffsetsValid() {
        let texts = ["東京は日本の首都です。", "I ❤️ 🇯🇵 and 👩‍💻 devs 👍🏽!", "Cafe\u{301} e\u{301}tait là", "naïve résumé’s",
                     "\u{200B}zero\u{200D}width\u{FEFF}", "مرحبا بالعالم", "a\u{A0}b\u{3000}c", "x\u{0301}\u{0302}\u{0303}",
                     "\u{301}", "’", "…", "'", "n't", "e-", "-e", "a.", ".a", "$", "1,", ":)", "http://", "@b.c", "a@b"]
        for text in texts { expectValidOffsets(text) }
        #expect(forms("Café naïve") == ["Café", "naïve"])
        #expect(forms("東京は 日本") == ["東京は", "日本"])
    }

    /// Splitting a paragraph into sentences and then each sentence into words gives words that stay inside
    /// their sentences and, put back, the same sentences.
    @Test func tokenizingKeepsTheSentencesOfTheGoldenRules() throws {
        let cases = try SentenceSplitterTests.cases()
        #expect(cases.count == 48)
        for c in cases {
            let paragraph = c.text
            let utf8 = paragraph.utf8
            for sentence in SentenceSplitter.split(paragraph) {
                let base = utf8.distance(from: utf8.startIndex, to: sentence.range.lowerBound)
                let end = utf8.distance(from: utf8.startIndex, to: sentence.range.upperBound)
                let tokens = SyntaxTokenizer.tokenize(sentence.text)
                expectValidOffsets(sentence.text)
                guard let first = tokens.first, let last = tokens.last else { Issue.record("no words in \(sentence.text)"); continue }
                #expect(base + first.start >= base && base + last.end <= end)
                let joined = String(decoding: Array(utf8)[(base + first.start)..<(base + last.end)], as: UTF8.self)
                #expect(SentenceSplitter.split(joined).map(\.text) == [sentence.text.trimmingCharacters(in: .whitespaces)],
                        "\(sentence.text)")
                for t in tokens {
                    let slice = String(decoding: Array(utf8)[(base + t.start)..<(base + t.end)], as: UTF8.self)
                    #expect(slice == t.form)
                }
            }
        }
    }

    /// Word precision, recall and F1 (by offsets) on the treebank's dev set, and the share of sentences split
    /// exactly as the treebank does.
    @Test func devSetScore() throws {
        let path = Paths.englishTreebank.appendingPathComponent("en_ewt-ud-dev.conllu").path
        let sentences = try TreebankSentence.read(path)
        #expect(sentences.count == 2001)
        var gold = 0, predicted = 0, correct = 0, exact = 0
        var misses: [String] = []
        for s in sentences {
            let tokens = SyntaxTokenizer.tokenize(s.text)
            let goldSpans = Set(s.words.map { [$0.start, $0.end] })
            let hits = tokens.filter { goldSpans.contains([$0.start, $0.end]) }.count
            gold += goldSpans.count
            predicted += tokens.count
            correct += hits
            if hits == goldSpans.count && tokens.count == goldSpans.count { exact += 1 }
            else if misses.count < 400 {
                misses.append("\(s.text)\n  gold: \(s.words.map(\.form).joined(separator: " "))\n  ours: \(tokens.map(\.form).joined(separator: " "))")
            }
        }
        let precision = Double(correct) / Double(predicted), recall = Double(correct) / Double(gold)
        let f1 = 2 * precision * recall / (precision + recall)
        let exactRate = Double(exact) / Double(sentences.count)
        print(String(format: "EWT dev words: P %.4f R %.4f F1 %.4f; exact sentences %.4f (%d/%d)",
                     precision, recall, f1, exactRate, exact, sentences.count))
        if ProcessInfo.processInfo.environment["SYNTAX_TOKENIZER_MISSES"] != nil { print(misses.joined(separator: "\n")) }
        #expect(f1 >= 0.98)
        #expect(exactRate >= 0.85)
    }
}

extension SyntaxTokenizerTests {
    @Test func treebankOddities() {
        #expect(forms("it b/c of w/ it, w/o L/C") == ["it", "b/c", "of", "w/", "it", ",", "w/o", "L/C"])
        #expect(forms("John Griffith@ENRON sent the .doc file") == ["John", "Griffith@ENRON", "sent", "the", ".doc", "file"])
        #expect(forms("Make $$$ at 3G or 10:30PM") == ["Make", "$$$", "at", "3G", "or", "10:30", "PM"])
        #expect(forms(".5 .a (.b) a.") == [".5", ".a", "(", ".b", ")", "a", "."])
    }
}

extension SyntaxTokenizerTests {
    /// Random strings of the characters the rules look at (and some they do not) always end with valid offsets.
    @Test func randomTextKeepsOffsetsValid() {
        let pieces = ["a", "Z", "7", "0", ".", ",", ":", ";", "-", "/", "'", "`", "’", "‘", "“", "”", "@", "&", "$", "%",
                      "!", "?", "(", ")", "=", "*", "#", "_", " ", "\n", "\t", "…", "—", "é", "e\u{301}", "東", "👍🏽", "👩‍💻",
                      "\u{200D}", "\u{FE0F}", "\u{A0}", "\u{3000}", "http://", "www.", "n't", "'s", "non-", "Mr", "w/", "9/11"]
        var state: UInt64 = 2026
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<(1 + next() % 12) { text += pieces[next() % pieces.count] }
            expectValidOffsets(text)
        }
    }
}

extension SyntaxTokenizerTests {
    @Test func nonASCIIBeforePunctuationIsReadWhole() {
        #expect(forms("café.doc") == ["café.doc"])
        #expect(forms("voilà:) fin") == ["voilà", ":)", "fin"])
        #expect(forms("See www.é👩‍💻.") == ["See", "www.é👩‍💻", "."])
    }
}
