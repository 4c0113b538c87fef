import Foundation

/// Runs the real `quiz` binary as a child process and captures what it prints.
struct QuizProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built binary: beside the test bundle, else in .build/debug.
    static let binary: URL = {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("quiz"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("quiz"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("quiz"),
            root.appendingPathComponent(".build/debug/quiz"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    static func fixture(_ name: String) -> String {
        root.appendingPathComponent("Tests/QuizTests/Fixtures").appendingPathComponent(name).path
    }

    /// Runs `quiz ARGS` in `directory` (default: the repository) with `stdin` and extra environment.
    /// `stdoutFile` (such as /dev/full) takes the place of the captured standard output when given.
    static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:],
                    directory: URL? = nil, stdoutFile: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? root
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        // Never the real ~/.config/quiz/config.toml: a test that needs a config file names its own.
        env["QUIZ_CONFIG"] = "/nonexistent/quiz-tests/config.toml"
        // Nor the real deck cache: a test of the cache names a directory of its own.
        env["QUIZ_CACHE"] = "off"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
        process.standardInput = inPipe
        let outFile = stdoutFile.flatMap { FileHandle(forWritingAtPath: $0) }
        process.standardOutput = outFile ?? outPipe
        process.standardError = errPipe
        try process.run()
        if outFile != nil { try outPipe.fileHandleForWriting.close() }
        inPipe.fileHandleForWriting.write(Data(stdin.utf8))
        try inPipe.fileHandleForWriting.close()
        let err = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            err.data = errPipe.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err.data, as: UTF8.self))
    }
}

/// Holds bytes read on another thread; the DispatchGroup orders the write before the read.
final class DataBox: @unchecked Sendable {
    var data = Data()
}
