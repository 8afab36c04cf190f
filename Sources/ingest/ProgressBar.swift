import Foundation

/// A one-line progress bar on standard error — only when standard error is a terminal, so
/// logs and pipes never see it. Redrawn at most ten times a second.
final class ProgressBar {
    let total: Int
    /// Whether the bar is drawn at all.
    let isShown: Bool
    private var done = 0
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(total: Int) {
        self.total = total
        isShown = isatty(2) != 0 && total > 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// One more input finished.
    func advance() {
        done += 1
        guard isShown else { return }
        let now = Date()
        if now.timeIntervalSince(lastDraw) < 0.1 && done < total { return }
        lastDraw = now
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = "\r\(bar) \(done)/\(total)  \(String(format: "%.1f", rate)) docs/s  ETA \(Self.duration(eta))\u{1B}[K"
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    /// Erases the bar so that a message can be printed on a clean line.
    func clearLine() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        lastDraw = .distantPast
    }

    /// Ends the bar's line.
    func finish() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\n".utf8))
        drawn = false
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? "\(s / 3600)h\(String(format: "%02d", s % 3600 / 60))m" : s >= 60 ? "\(s / 60)m\(String(format: "%02d", s % 60))s" : "\(s)s"
    }
}
