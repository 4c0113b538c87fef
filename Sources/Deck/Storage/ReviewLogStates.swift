import Foundation

extension ReviewLogFile {
    /// Every card's state derived from the log at `path`: what `ReviewHistory(entries: read(path).entries)
    /// .cardStates(scheduler:)` gives, read straight into columns (`ReviewLogDerivation`) with no record made
    /// per line. A log with a bad or torn line is read by `read`, which reports it (or sets the torn line aside).
    public static func cardStates(_ path: String, scheduler: FSRSScheduler) throws(ProgressError) -> [CardKey: MemoryState] {
        guard let data = try ProgressFile.read(path) else { return [:] }
        let fast = data.withUnsafeBytes { raw in ReviewLogDerivation.cardStates(raw.bindMemory(to: UInt8.self), scheduler: scheduler) }
        if let fast { return fast }
        return ReviewHistory(entries: try parse(data, path: path).entries).cardStates(scheduler: scheduler)
    }
}
