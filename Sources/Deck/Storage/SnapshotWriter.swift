import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes the snapshot (`state.json`, then `state.bin` naming it) on a background thread, so that neither an
/// answer nor quitting waits for it. One write runs at a time; a newer request replaces one not yet started.
/// Both files are written to temp files and fsynced first, then renamed together while no `stop` can
/// intervene: after `stop` returns nothing is renamed any more, and `committed` tells which snapshot is on disk.
final class SnapshotWriter: @unchecked Sendable {
    /// What to write: the snapshot's content as captured on the store's thread (the log mark taken then).
    struct Job: Sendable {
        var logBytes: Int
        var logEntries: Int
        var lastEntryID: String?
        var settings: SchedulerSettings
        var states: [CardKey: MemoryState]
        var mark: StateSnapshot.LogMark
        var summary: ReviewSummary
    }

    let jsonPath: String
    let binaryPath: String
    private let lock = NSCondition()
    private var pending: Job?
    private var running = false
    private var stopped = false
    /// The mark of the last snapshot this writer put in place (nil: none yet).
    private var committedMark: StateSnapshot.LogMark?
    private let queue = DispatchQueue(label: "quiz.snapshot-writer", qos: .utility)

    init(jsonPath: String, binaryPath: String) {
        self.jsonPath = jsonPath
        self.binaryPath = binaryPath
    }

    /// Asks for `job` to be written (replacing a request not yet started); ignored once stopped.
    func submit(_ job: Job) {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        pending = job
        if !running {
            running = true
            queue.async { self.drain() }
        }
    }

    /// Stops the writer: nothing is renamed into place after this returns. With `wait`, a write under way (or
    /// asked for) is finished first. Returns the mark of the last snapshot it committed.
    @discardableResult
    func stop(wait: Bool) -> StateSnapshot.LogMark? {
        lock.lock()
        defer { lock.unlock() }
        if wait { while running { lock.wait() } }
        stopped = true
        pending = nil
        return committedMark
    }

    /// Waits for the writes asked for so far, and leaves the writer running.
    func waitIdle() -> StateSnapshot.LogMark? {
        lock.lock()
        defer { lock.unlock() }
        while running { lock.wait() }
        return committedMark
    }

    private func drain() {
        while true {
            lock.lock()
            guard !stopped, let job = pending else {
                running = false
                lock.broadcast()
                lock.unlock()
                return
            }
            pending = nil
            lock.unlock()
            write(job)
        }
    }

    /// Writes both temp files, then renames them into place unless stopped meanwhile; a failure leaves the
    /// snapshot on disk as it was (temp files removed).
    private func write(_ job: Job) {
        lock.lock()
        let wasStopped = stopped
        lock.unlock()
        if wasStopped { return }
        let snapshot = StateSnapshot(logBytes: job.logBytes, logEntries: job.logEntries, lastEntryID: job.lastEntryID,
                                     settings: job.settings, states: job.states, log: job.mark, summary: job.summary)
        guard let json = try? AtomicFileWriter(path: jsonPath) else { return }
        guard let text = try? snapshot.encoded(), (try? text.withUnsafeBytes { try json.write($0) }) != nil,
              let identity = try? json.sync() else {
            json.abort()
            return
        }
        // The sidecar names the JSON file by its temp file's identity, which the rename keeps.
        var sidecar: AtomicFileWriter? = nil
        if let bytes = try? SnapshotBinary.encode(snapshot, json: identity), let writer = try? AtomicFileWriter(path: binaryPath) {
            if (try? bytes.withUnsafeBytes { try writer.write($0) }) != nil, (try? writer.sync()) != nil {
                sidecar = writer
            } else {
                writer.abort()
            }
        }
        lock.lock()
        defer { lock.unlock() }
        guard !stopped, (try? json.moveIntoPlace()) != nil else {
            json.abort()
            sidecar?.abort()
            return
        }
        if let sidecar, (try? sidecar.moveIntoPlace()) == nil { sidecar.abort() }
        AtomicFile.syncDirectory(json.directory)
        committedMark = job.mark
    }
}
