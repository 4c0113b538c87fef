/// A problem the audit found: which card (its index in the deck), which rule, and a one-line message.
public struct AuditFinding: Equatable, Sendable {
    public var card: Int
    public var rule: AuditRule
    public var message: String

    public init(card: Int, rule: AuditRule, message: String) {
        self.card = card
        self.rule = rule
        self.message = message
    }
}
