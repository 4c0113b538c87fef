import ArgumentParser
import Deck
import Foundation

/// `quiz config`: the settings that persist, in `config.toml`.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show or change the settings kept in config.toml.",
        discussion: """
        The file is $QUIZ_CONFIG, else $XDG_CONFIG_HOME/quiz/config.toml, else ~/.config/quiz/config.toml. \
        A flag of study or replay overrides it for one run. With --deck NAME a key is kept for that deck \
        alone (its file name without .deck), in a [deck."NAME"] table.

        Settings:
        \(ConfigCommand.settingsList)

        Examples:
          quiz config list
          quiz config set new-per-day 10
          quiz config set learning-steps "1m 10m 1h"
          quiz config set --deck treaty desired-retention 0.85
          quiz config get reviews-per-day
        """,
        subcommands: [ConfigListCommand.self, ConfigGetCommand.self, ConfigSetCommand.self,
                      ConfigUnsetCommand.self, ConfigPathCommand.self],
        defaultSubcommand: ConfigListCommand.self
    )

    /// One line per key: its name, then its default.
    static var settingsList: String {
        SettingKey.allCases.map { "  \($0.rawValue) (default \(shortDefault($0)))" }.joined(separator: "\n")
    }

    static func shortDefault(_ key: SettingKey) -> String {
        key == .fsrsParameters ? "FSRS-6's" : key.defaultValue.description
    }
}

/// Options shared by the `quiz config` subcommands.
struct ConfigScope: ParsableArguments {
    @Option(help: "The deck the key is kept for: its name, or its path (default: every deck).")
    var deck: String?

    /// The deck's id as `quiz study` names it: a path or a `.deck` file name is taken to its base name.
    var deckID: String? {
        deck.map { $0.contains("/") || $0.hasSuffix(".deck") ? StudyDeck.id(forPath: $0) : $0 }
    }

    var path: String { ConfigFile.location() }

    func load() throws -> ConfigFile {
        do {
            return try ConfigFile.load(path)
        } catch {
            StandardError.print(error.description)
            throw ExitCode(1)
        }
    }

    /// The settings effective for the deck (or for every deck), without flags.
    func settings() throws -> StudySettings {
        let file = try load()
        do {
            return try StudySettings(config: file.global, deck: deckID.flatMap { file.decks[$0] } ?? [:])
        } catch {
            StandardError.print("\(path): error: \(error.description)")
            throw ExitCode(1)
        }
    }

    /// The key named, or a one-line error suggesting the nearest.
    static func key(_ name: String) throws -> SettingKey {
        if let key = SettingKey(rawValue: name) { return key }
        let hint = SettingKey.suggestion(for: name).map { "; did you mean '\($0.rawValue)'?" }
            ?? " (quiz config list shows them all)"
        StandardError.print("quiz: error: unknown setting '\(name)'\(hint)")
        throw ExitCode(1)
    }

    static let keyCompletion = CompletionKind.list(SettingKey.allCases.map(\.rawValue))
}

/// `quiz config list`.
struct ConfigListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Show every setting, where its value comes from (default, config or deck) and the value."
    )

    @OptionGroup var scope: ConfigScope

    func run() throws {
        let settings = try scope.settings()
        func padded(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
        let keyWidth = SettingKey.allCases.map(\.rawValue.count).max() ?? 0
        let sourceWidth = SettingSource.allCases.map(\.rawValue.count).max() ?? 0
        var out = ""
        for key in SettingKey.allCases {
            out += "\(padded(key.rawValue, keyWidth))  \(padded(settings.source(key).rawValue, sourceWidth))  \(settings.value(key))\n"
        }
        StandardOutput.print(out, terminator: "")
    }
}

/// `quiz config get`.
struct ConfigGetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "get", abstract: "Print the value of one setting.")

    @Argument(help: "The setting, e.g. new-per-day.", completion: ConfigScope.keyCompletion)
    var key: String

    @OptionGroup var scope: ConfigScope

    func run() throws {
        let key = try ConfigScope.key(key)
        StandardOutput.print("\(try scope.settings().value(key))")
    }
}

/// `quiz config set`.
struct ConfigSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Check a value and keep it in the config file.")

    @Argument(help: "The setting, e.g. new-per-day.", completion: ConfigScope.keyCompletion)
    var key: String

    @Argument(help: "Its value, e.g. 10, 0.85, true, \"1m 10m\" or tag.")
    var value: String

    @OptionGroup var scope: ConfigScope

    func run() throws {
        let key = try ConfigScope.key(key)
        let parsed: SettingValue
        do {
            parsed = try key.parse(value)
        } catch {
            StandardError.print("quiz: error: \(error.description)")
            throw ExitCode(1)
        }
        do {
            try ConfigFile.set(key, to: parsed, deck: scope.deckID, in: scope.path)
        } catch {
            StandardError.print(error.description)
            throw ExitCode(1)
        }
    }
}

/// `quiz config unset`.
struct ConfigUnsetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unset", abstract: "Remove a setting from the config file, so its default applies again.")

    @Argument(help: "The setting, e.g. new-per-day.", completion: ConfigScope.keyCompletion)
    var key: String

    @OptionGroup var scope: ConfigScope

    func run() throws {
        let key = try ConfigScope.key(key)
        do {
            try ConfigFile.unset(key, deck: scope.deckID, in: scope.path)
        } catch {
            StandardError.print(error.description)
            throw ExitCode(1)
        }
    }
}

/// `quiz config path`.
struct ConfigPathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "path", abstract: "Print where the config file is.")

    func run() throws {
        StandardOutput.print(ConfigFile.location())
    }
}
