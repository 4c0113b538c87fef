import Deck
import Foundation

/// `:edit`: the card's lines in the learner's own editor, then the deck read again.
extension StudyLoop {
    /// Opens `$VISUAL` or `$EDITOR` (else `vi`) at the card's heading in its deck file, then lints and reloads
    /// the deck. The card keeps its id, so its progress stays; a deck left with errors is not reloaded.
    /// Returns whether the deck was reloaded (the card then comes again).
    func edit(_ study: StudyCard) -> Bool {
        let studyDeck = deck(of: study)
        let path = studyDeck.path
        let before = DeckFiles.load(path)
        guard let index = before.deck.cards.firstIndex(where: { $0.id == study.card.id }), index < before.cardLines.count else {
            screen.line(style.dim("  this card is not in \(path) as it is now; nothing to edit"))
            return false
        }
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let line = before.cardLines[index]
        // The editor command may carry its own arguments (`code -w`): the shell splits it.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) +\(line) \"$1\"", "quiz-edit", path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            screen.line(style.red("  could not start the editor '\(editor)': \(error.localizedDescription)"))
            return false
        }
        if process.terminationStatus != 0 {
            screen.line(style.yellow("  the editor '\(editor)' exited with status \(process.terminationStatus); the deck is read as it is now"))
        }
        return reload(study, path: path)
    }

    private func reload(_ study: StudyCard, path: String) -> Bool {
        let after = DeckFiles.load(path)
        if after.diagnostics.hasErrors {
            for d in after.diagnostics where d.severity == .error { screen.wrapped("  ", style.red(d.description)) }
            screen.line(style.yellow("  the deck has errors, so the session keeps the cards as they were; :edit again to fix them"))
            return false
        }
        guard let k = decks.firstIndex(where: { $0.id == study.deckID }) else { return false }
        decks[k].deck = after.deck
        let cards = StudyCard.all(decks.map { ($0.id, $0.deck) })
        session.replaceCards(cards, current: study.key)
        if cards.contains(where: { $0.key == study.key }) {
            screen.line(style.dim("  saved; the card comes again as it is now, with its progress"))
        } else {
            screen.line(style.yellow("  saved; the card's id changed or it was removed, so it starts afresh under its new id"))
        }
        screen.line()
        return true
    }
}
