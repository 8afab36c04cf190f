import Foundation
import Testing

/// End-to-end runs of the built `ingest` binary with gazetteer options.
@Suite struct GazetteerOptionsTests {
    /// The `ingest` binary next to the test bundle, if it was built.
    static var binary: URL? {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("ingest")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    func run(_ arguments: [String], stdin: String, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary!
        process.arguments = arguments
        process.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    func temporaryFile(_ name: String, _ content: String) throws -> String {
        let dir = NSTemporaryDirectory() + "gazette-ingest-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/" + name
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func entities(_ record: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any])
        return try #require(object["entities"] as? [[String: Any]])
    }

    @Test(.enabled(if: binary != nil)) func userGazetteerWithoutDefaults() throws {
        let gazetteer = try temporaryFile("g.tsv", "zorglub\tORG\tZorglub Industries\tZorglub\twikidata=Q1\n")
        let line = #"{"id":"a","text":"Zorglub Industries à Paris, puis Zorglub."}"# + "\n"
        let r = try run(["--stream", "--no-default-gazetteers", "--gazetteer", gazetteer], stdin: line)
        #expect(r.status == 0)
        let e = try entities(r.stdout)
        #expect(e.map { $0["text"] as? String } == ["Zorglub Industries", "Zorglub"])
        #expect(e.first?["wikidata"] as? String == "Q1" && e.first?["match"] as? String == "exact")
        #expect(e.first.map { Array($0.keys).sorted() } == ["end", "id", "match", "name", "start", "text", "type", "wikidata"])
    }

    @Test(.enabled(if: binary != nil)) func userGazetteerAddsToDefaults() throws {
        let gazetteer = try temporaryFile("g.jsonl", #"{"label": "ORG", "pattern": "Zorglub Industries", "id": "zorglub"}"# + "\n")
        let line = #"{"id":"a","text":"Zorglub Industries en Allemagne."}"# + "\n"
        let r = try run(["--stream", "--gazetteer", gazetteer], stdin: line)
        #expect(r.status == 0)
        let e = try entities(r.stdout)
        #expect(e.map { $0["id"] as? String } == ["zorglub", "iso3166:DE"])
        #expect(e.last?["wikidata"] as? String == "Q183")
    }

    @Test(.enabled(if: binary != nil)) func malformedGazetteerNamesFileAndLine() throws {
        let gazetteer = try temporaryFile("bad.tsv", "#id\ttype\tname\nok\tORG\tA\nbad\tNOPE\tB\n")
        let r = try run(["--stream", "--gazetteer", gazetteer], stdin: "")
        #expect(r.status != 0)
        #expect(r.stderr.contains("bad.tsv:3: unknown type"))
    }

    @Test(.enabled(if: binary != nil)) func emptyEnvironmentStillWorks() throws {
        let r = try run(["--stream"], stdin: #"{"id":"a","text":"Emmanuel Macron à Lyon."}"# + "\n", environment: [:])
        #expect(r.status == 0)
        #expect(try entities(r.stdout).map { $0["type"] as? String } == ["PER", "LOC"])
    }
}
