import ArgumentParser
import Deck
import Foundation

/// The settings a command studies or schedules with: this run's flags over the config file (its table for
/// the deck studied, then its global keys) over the defaults.
enum ConfiguredSettings {
    /// Reads the config file (`ConfigFile.location`) and resolves every key. The deck's table applies when
    /// exactly one deck is studied (`deckIDs` as `StudyDeck.id(forPath:)` names them). A malformed file or a
    /// refused value is printed as one line and exits 1.
    static func resolve(flags: [SettingKey: SettingValue], deckIDs: [String],
                        environment: [String: String] = ProcessInfo.processInfo.environment) throws -> StudySettings {
        let file: ConfigFile
        do {
            file = try ConfigFile.load(ConfigFile.location(environment: environment))
        } catch {
            StandardError.print(error.description)
            throw ExitCode(1)
        }
        let deck = deckIDs.count == 1 ? file.decks[deckIDs[0]] ?? [:] : [:]
        if deckIDs.count > 1 {
            for id in deckIDs where file.decks[id] != nil {
                StandardError.print("quiz: note: the settings of [deck.\"\(id)\"] apply when it is studied alone")
            }
        }
        do {
            return try StudySettings(config: file.global, deck: deck, flags: flags)
        } catch {
            StandardError.print("quiz: error: \(error.description)")
            throw ExitCode(1)
        }
    }
}
