import Foundation
import Testing

/// Runs the built `ingest` executable, found next to the test bundle in the build folder.
enum IngestBinary {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var killed: Bool
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        var stdoutLines: [String] { stdoutText.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    }

    static var url: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        // On Linux the test runner is `.build/<config>/GazettePackageTests.xctest`; on macOS it lives inside a bundle.
        while !FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("ingest").path) && dir.path != "/" {
            dir.deleteLastPathComponent()
        }
        return dir.appendingPathComponent("ingest")
    }

    /// Runs `ingest arguments` in `directory` with `input` on standard input.
    static func run(_ arguments: [String], in directory: URL? = nil, input: Data = Data(),
                    environment: [String: String]? = nil) throws -> Result {
        signal(SIGPIPE, SIG_IGN)
        let process = try start(arguments, in: directory, environment: environment)
        let (stdout, stderr) = (process.standardOutput as! Pipe, process.standardError as! Pipe)
        let stdin = UncheckedBox((process.standardInput as! Pipe).fileHandleForWriting)
        let errHandle = UncheckedBox(stderr.fileHandleForReading)
        let errData = UncheckedBox(DataBox())
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { stdin.value.write(input); try? stdin.value.close(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData.value.data = errHandle.value.readDataToEndOfFile(); group.leave() }
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        return Result(status: process.terminationStatus, stdout: out, stderr: String(decoding: errData.value.data, as: UTF8.self),
                      killed: process.terminationReason == .uncaughtSignal)
    }

    /// Starts `ingest` without waiting for it; standard streams are pipes.
    static func start(_ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
                      discardOutput: Bool = false) throws -> Process {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        process.standardInput = Pipe()
        if discardOutput {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        } else {
            process.standardOutput = Pipe()
            process.standardError = Pipe()
        }
        try process.run()
        return process
    }
}

/// A temporary folder, deleted at the end of the test.
final class Scratch {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }

    /// Writes `bytes` at `relative`, creating folders.
    @discardableResult
    func file(_ relative: String, _ bytes: [UInt8]) throws -> URL {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: target)
        return target
    }

    func file(_ relative: String, _ text: String) throws { try file(relative, Array(text.utf8)) }

    func read(_ relative: String) -> Data? { FileManager.default.contents(atPath: url.appendingPathComponent(relative).path) }

    /// Every regular file below `relative`, relative paths sorted, with contents.
    func tree(_ relative: String) -> [String: Data] {
        var result: [String: Data] = [:]
        let root = url.appendingPathComponent(relative).path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [:] }
        while let name = walker.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isDir), !isDir.boolValue {
                result[name] = FileManager.default.contents(atPath: root + "/" + name)
            }
        }
        return result
    }
}

/// French text for test documents (written for the tests).
enum SampleText {
    static func article(_ n: Int) -> String {
        """
        Article \(n). Le conseil municipal s'est réuni mardi à Lyon. M. Durand a présenté le budget \
        de l'année, qui prévoit \(n * 1000) euros d'investissements. Les élus ont voté le texte à \
        l'unanimité. « C'est une bonne nouvelle », a déclaré la maire.

        La séance suivante aura lieu le \(n % 28 + 1) mars.

        """
    }
}

/// Parses a JSON object.
func jsonObject(_ data: Data) -> [String: Any]? {
    (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
}

/// The manifest's lines as objects.
func manifestLines(_ scratch: Scratch, _ out: String = "out") -> [[String: Any]] {
    guard let data = scratch.read(out + "/manifest.jsonl") else { return [] }
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map { jsonObject(Data($0.utf8)) ?? [:] }
}

final class DataBox { var data = Data() }

/// Hands a non-Sendable value to another thread that alone uses it.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
