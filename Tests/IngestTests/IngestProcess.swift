import Foundation

/// Runs the built `ingest` binary, as a user would.
enum IngestProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutData: Data
    }

    /// The `ingest` executable built next to the test bundle.
    static let executable: URL = {
        var candidates: [URL] = []
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent()) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        candidates.append(packageRoot.appendingPathComponent(".build/debug"))
        for dir in candidates {
            for sub in ["", ".."] {
                let url = dir.appendingPathComponent(sub).appendingPathComponent("ingest").standardizedFileURL
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        fatalError("ingest binary not found near \(candidates)")
    }()

    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found")
    }()

    /// Runs `ingest arguments…` with `input` on standard input; `environment` nil keeps ours.
    static func run(_ arguments: [String], input: Data = Data(), environment: [String: String]? = nil,
                    in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        // Files rather than pipes: no threads, no deadlock on large outputs.
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let paths = ["in", "out", "err"].map { scratch.appendingPathComponent($0) }
        try input.write(to: paths[0])
        for path in paths.dropFirst() { FileManager.default.createFile(atPath: path.path, contents: nil) }
        let handles = try [FileHandle(forReadingFrom: paths[0]), FileHandle(forWritingTo: paths[1]), FileHandle(forWritingTo: paths[2])]
        process.standardInput = handles[0]
        process.standardOutput = handles[1]
        process.standardError = handles[2]
        try process.run()
        process.waitUntilExit()
        for handle in handles { try handle.close() }
        let outData = try Data(contentsOf: paths[1])
        let errData = try Data(contentsOf: paths[2])
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
