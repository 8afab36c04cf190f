import Foundation
import Testing

/// Real output validated against `schema/*.schema.json` with Python's `jsonschema`.
@Suite struct SchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var validatorAvailable: Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import jsonschema"]
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    func validate(_ schema: String, _ files: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Self.root.path + "/scripts/validate-records.py", Self.root.path + "/schema/" + schema] + files
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, text)
    }

    @Test(.enabled(if: validatorAvailable))
    func realOutputMatchesTheSchemas() throws {
        let s = try Scratch()
        for i in 0..<3 { try s.file("corpus/d\(i).txt", SampleText.article(i)) }
        try s.file("corpus/empty.txt", [])
        try s.file("corpus/latin1.txt", Array("Le caf".utf8) + [0xE9] + Array(" est cr".utf8) + [0xE8] + Array("me, d".utf8) + [0xE9] + Array("j".utf8) + [0xE0] + Array(" pr".utf8) + [0xEA] + Array("t.".utf8))
        try s.file("corpus/binary.txt", [0, 1, 2, 3])
        let lines = try IngestBinary.run(["corpus", "--include", "tokens,sentences", "--reference-date", "2023-11-21"], in: s.url)
        try lines.stdout.write(to: s.url.appendingPathComponent("records.jsonl"))
        _ = try IngestBinary.run(["corpus", "--output", "out"], in: s.url)
        let stream = try IngestBinary.run(["--stream"], input: Data("{\"id\":\"a\",\"text\":\"Bonjour.\",\"referenceDate\":\"2013-02-12T04:30:00\"}\nnot json\n".utf8))
        try stream.stdout.write(to: s.url.appendingPathComponent("stream.jsonl"))
        let (status, problems) = try validate("gazette-1.schema.json", [s.path + "/records.jsonl", s.path + "/stream.jsonl", s.path + "/out/d0.json"])
        #expect(status == 0, "\(problems)")
        let (manifestStatus, manifestProblems) = try validate("manifest-1.schema.json", [s.path + "/out/manifest.jsonl"])
        #expect(manifestStatus == 0, "\(manifestProblems)")
    }

    @Test(.enabled(if: validatorAvailable))
    func theSchemaRejectsBrokenRecords() throws {
        let s = try Scratch()
        let broken = [
            #"{"schema":"gazette/1","document":{"id":"a","language":"fr","sha256":null,"referenceDate":{"value":null,"source":"none"}},"entities":[{"start":0,"end":2,"text":"Al","type":"PERSON"}],"timexes":[],"events":[],"warnings":[]}"#,
            #"{"schema":"gazette/1","document":{"id":"a","language":"fr","sha256":null,"referenceDate":{"value":null,"source":"none"}},"entities":[],"timexes":[],"warnings":[]}"#,
            #"{"schema":"gazette/2","document":{"id":null,"line":1},"error":{"code":"x","message":"y"}}"#,
        ]
        for (i, line) in broken.enumerated() { try s.file("b\(i).json", line) }
        for i in broken.indices {
            let (status, _) = try validate("gazette-1.schema.json", [s.path + "/b\(i).json"])
            #expect(status == 1, "record \(i) is rejected")
        }
    }
}
