import ArgumentParser

/// The `--format` of commands that print for people (text) or for tools (json).
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable { case text, json }
