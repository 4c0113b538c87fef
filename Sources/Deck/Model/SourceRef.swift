/// Where a card comes from: a file (optional: the deck's source by default) and a 1-based line range.
public struct SourceRef: Codable, Equatable, Hashable, Sendable {
    public var file: String?
    public var line: Int
    public var endLine: Int

    public init(file: String? = nil, line: Int, endLine: Int? = nil) {
        self.file = file
        self.line = line
        self.endLine = max(line, endLine ?? line)
    }

    enum CodingKeys: String, CodingKey { case file, line, endLine }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let line = try c.decode(Int.self, forKey: .line)
        self.init(file: try c.decodeIfPresent(String.self, forKey: .file), line: line,
                  endLine: try c.decodeIfPresent(Int.self, forKey: .endLine))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(file, forKey: .file)
        try c.encode(line, forKey: .line)
        try c.encode(endLine, forKey: .endLine)
    }

    /// `12` or `12-14`, with `file:` in front when a file is named.
    public var description: String {
        let lines = endLine > line ? "\(line)-\(endLine)" : "\(line)"
        if let file { return "\(file):\(lines)" }
        return lines
    }
}
