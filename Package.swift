// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "quiz",
    products: [
        .executable(name: "quiz", targets: ["Quiz"]),
        .library(name: "Deck", targets: ["Deck"]),
    ],
    dependencies: [
        // Command-line parsing for the `quiz` shell: subcommands, options, generated --help.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Reading and writing the settings file (config.toml) with a maintained TOML parser.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // Reading and writing the SQLite collection inside Anki packages (.apkg, .colpkg).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Reading and writing the zip archive that an Anki package is.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The syntax model (tagger and parser weights, trained by `quiz train`) ships as a resource.
        .target(name: "Deck", resources: [.copy("Syntax/Model")]),
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        // zstd: the compressed collection (collection.anki21b) and media map of newer Anki packages.
        .systemLibrary(
            name: "CZstd",
            providers: [.apt(["libzstd-dev"])]
        ),
        .executableTarget(
            name: "Quiz",
            dependencies: [
                "Deck",
                "CReadline",
                "CZstd",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // Benchmarks that print figures: `swift run -c release quiz-benchmarks`.
        .executableTarget(name: "quiz-benchmarks", dependencies: ["Deck"], path: "Tests/Benchmarks"),
        // What both test targets share: scratch directories removed when the test process ends.
        .target(name: "TestSupport", path: "Tests/Support"),
        // Fixtures are read from their paths, not bundled.
        .testTarget(name: "DeckTests", dependencies: ["Deck", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "QuizTests", dependencies: ["Deck", "Quiz", "TestSupport"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
