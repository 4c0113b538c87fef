import Foundation

/// A program outside the package (a browser, python3) that some tests use when the machine has it.
struct ExternalTool {
    let path: String

    /// The first of `names` found as an executable on `$PATH`, if any.
    static func find(_ names: [String]) -> ExternalTool? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in names {
            for directory in directories {
                let path = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return ExternalTool(path: path) }
            }
        }
        return nil
    }

    /// Runs the tool with `arguments`; returns its exit status and standard output (standard error is dropped).
    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
