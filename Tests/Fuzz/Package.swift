// swift-tools-version: 6.0
// libFuzzer targets for the parsers of the `Deck` library, kept apart from the main package so that
// `swift build` and `swift test` there never compile them. Build and run with `Tests/Fuzz/run`.
import Foundation
import PackageDescription

// A path dependency is known by its directory's name, which depends on where the repository was cloned.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let rootIdentity = root.lastPathComponent.lowercased()

let targets = ["deck", "build", "revlog", "import", "log", "snapshot", "config"]

let package = Package(
    name: "quiz-fuzz",
    products: targets.map { .executable(name: "fuzz-\($0)", targets: ["fuzz-\($0)"]) },
    dependencies: [.package(path: root.path)],
    targets: [
        .target(name: "FuzzDriver", path: "Sources/FuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["FuzzDriver"], path: "Sources/FuzzSupport"),
    ] + targets.map { name in
        .executableTarget(
            name: "fuzz-\(name)",
            dependencies: ["FuzzSupport", .product(name: "Deck", package: rootIdentity)],
            path: "Sources/fuzz-\(name)",
            // libFuzzer supplies `main`; the target only defines LLVMFuzzerTestOneInput.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    },
    swiftLanguageModes: [.v6]
)
