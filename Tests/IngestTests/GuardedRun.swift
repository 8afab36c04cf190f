import Foundation
import Testing

/// Runs `ingest` with a wall-clock guard: a run still going after `limit` seconds is killed
/// and reported as a hang (the test fails instead of blocking CI). Standard streams go
/// through files, so a large output cannot deadlock the runner.
enum GuardedRun {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        /// Killed by the guard.
        var hung: Bool
        /// Ended by a signal (a crash) rather than an exit.
        var crashed: Bool
        /// Wall-clock seconds.
        var seconds: Double
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        var stdoutLines: [String] { stdoutText.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }

        /// Neither a hang nor a crash: the process ended by itself with an exit status.
        var endedCleanly: Bool { !hung && !crashed }
    }

    static func run(_ arguments: [String], in directory: URL, stdinFile: URL? = nil, limit: Double = 60) throws -> Result {
        let process = Process()
        process.executableURL = IngestBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let scratch = try Scratch()
        let outURL = scratch.url.appendingPathComponent("stdout"), errURL = scratch.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let input = try stdinFile.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        let start = Date()
        try process.run()
        var hung = false
        while process.isRunning {
            if Date().timeIntervalSince(start) > limit {
                hung = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        try out.close(); try err.close()
        if stdinFile != nil { try input.close() }
        let result = Result(status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
                            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
                            hung: hung, crashed: !hung && process.terminationReason == .uncaughtSignal, seconds: seconds)
        #expect(!result.hung, "ingest \(arguments.joined(separator: " ")) still running after \(limit) s: killed")
        #expect(!result.crashed, "ingest \(arguments.joined(separator: " ")) died of signal \(result.status)")
        return result
    }
}
