import Foundation

/// A progress bar on standard error while a large essay is built or parameters are fitted (only on a terminal).
final class BuildProgress: @unchecked Sendable {
    let enabled: Bool
    private var last = -1

    let label: String

    init(enabled: Bool, label: String = "building") {
        self.enabled = enabled
        self.label = label
    }

    func update(_ fraction: Double) {
        guard enabled else { return }
        let percent = Int(fraction * 100)
        guard percent != last else { return }
        last = percent
        let filled = percent * 30 / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: 30 - filled)
        StandardError.write("\r\(label) \(bar) \(percent)%")
    }

    func finish() {
        guard enabled, last >= 0 else { return }
        StandardError.write("\r\u{1B}[K")
    }
}
