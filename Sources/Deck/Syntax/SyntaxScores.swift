/// How well predicted tags and trees match gold ones, counted over ordinary words: UPOS, XPOS, UAS and LAS.
public struct SyntaxScores: Equatable, Sendable, CustomStringConvertible {
    /// Gold and predicted sentences that cannot be compared: their counts or their words differ.
    public struct Mismatch: Error, Equatable, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { "error: \(message)" }
    }

    /// Words compared.
    public var words = 0
    /// Words whose UPOS matches.
    public var uposCorrect = 0
    /// Words whose XPOS matches.
    public var xposCorrect = 0
    /// Words whose head matches (unlabelled attachment).
    public var headCorrect = 0
    /// Words whose head and full relation (with its subtype, `nmod:poss`) both match (labelled attachment).
    public var labelledCorrect = 0

    public init() {}

    /// Counts every word of gold sentences against the same sentences as predicted, in the same order.
    public init(gold: [CoNLLUSentence], predicted: [CoNLLUSentence]) throws(Mismatch) {
        guard gold.count == predicted.count else {
            throw Mismatch(message: "\(gold.count) gold sentences but \(predicted.count) predicted")
        }
        for (n, (g, p)) in zip(gold, predicted).enumerated() {
            let (gw, pw) = (g.words, p.words)
            guard gw.map(\.form) == pw.map(\.form) else {
                throw Mismatch(message: "sentence \(n + 1) (line \(g.line)) has different words in gold and predicted")
            }
            add(gold: g.goldParse, predicted: p.goldParse)
        }
    }

    /// Adds one sentence's words; both parses must have the same number of words.
    public mutating func add(gold: ParsedSentence, predicted: ParsedSentence) {
        precondition(gold.count == predicted.count, "\(gold.count) gold words but \(predicted.count) predicted")
        for w in 0..<gold.count {
            words += 1
            if gold.upos[w] == predicted.upos[w] { uposCorrect += 1 }
            if gold.xpos[w] == predicted.xpos[w] { xposCorrect += 1 }
            if gold.heads[w] == predicted.heads[w] {
                headCorrect += 1
                if gold.relations[w] == predicted.relations[w] { labelledCorrect += 1 }
            }
        }
    }

    /// Adds another count to this one.
    public mutating func add(_ other: SyntaxScores) {
        words += other.words
        uposCorrect += other.uposCorrect
        xposCorrect += other.xposCorrect
        headCorrect += other.headCorrect
        labelledCorrect += other.labelledCorrect
    }

    /// Fractions of the words (0 when there are none).
    public var upos: Double { fraction(uposCorrect) }
    public var xpos: Double { fraction(xposCorrect) }
    public var uas: Double { fraction(headCorrect) }
    public var las: Double { fraction(labelledCorrect) }

    func fraction(_ n: Int) -> Double { words == 0 ? 0 : Double(n) / Double(words) }

    /// One line: `UPOS 93.10%  XPOS 92.00%  UAS 85.20%  LAS 82.00%  (25148 words)`.
    public var description: String {
        func percent(_ x: Double) -> String {
            let hundredths = Int((x * 10000).rounded())
            let rest = hundredths % 100
            return "\(hundredths / 100).\(rest < 10 ? "0" : "")\(rest)%"
        }
        return "UPOS \(percent(upos))  XPOS \(percent(xpos))  UAS \(percent(uas))  LAS \(percent(las))  (\(words) words)"
    }
}
