/// ANSI styling that disappears when colour is off.
struct Style {
    let enabled: Bool

    func wrap(_ text: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    func bold(_ t: String) -> String { wrap(t, "1") }
    func dim(_ t: String) -> String { wrap(t, "2") }
    func green(_ t: String) -> String { wrap(t, "32") }
    func yellow(_ t: String) -> String { wrap(t, "33") }
    func red(_ t: String) -> String { wrap(t, "31") }
    func cyan(_ t: String) -> String { wrap(t, "36") }
    func blue(_ t: String) -> String { wrap(t, "34") }
    func underline(_ t: String) -> String { wrap(t, "4") }
}
