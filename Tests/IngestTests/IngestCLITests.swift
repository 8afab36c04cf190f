import Foundation
import Testing

@Suite("ingest command line")
struct IngestCLITests {
    static let seed = IngestProcess.packageRoot.appendingPathComponent("corpus/fr/openai-2023-11.fr.txt").path

    @Test("one article gives one indented gazette/1 record on stdout, nothing on stderr")
    func oneFile() throws {
        let result = try IngestProcess.run([Self.seed])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let record = try JSONSerialization.jsonObject(with: result.stdoutData) as! [String: Any]
        #expect(record["schema"] as? String == "gazette/1")
        let document = record["document"] as! [String: Any]
        #expect(document["id"] as? String == "openai-2023-11.fr")
        #expect((document["sha256"] as? String)?.count == 64)
        #expect(record["tokens"] == nil && record["sentences"] == nil)
        #expect(result.stdout.hasPrefix("{\n  \""))
    }

    @Test("--include tokens,sentences adds both layers with exact texts")
    func include() throws {
        let text = "Le 17 novembre, M. Altman a été licencié.\n\nL'équipe a-t-elle réagi ? Oui… 👍🏽"
        let result = try IngestProcess.run(["--include", "tokens,sentences", "-"], input: Data(text.utf8))
        #expect(result.status == 0)
        let record = try JSONSerialization.jsonObject(with: result.stdoutData) as! [String: Any]
        let scalars = Array(text.unicodeScalars)
        for layer in ["tokens", "sentences"] {
            let items = record[layer] as! [[String: Any]]
            #expect(!items.isEmpty)
            for item in items {
                let start = item["start"] as! Int, end = item["end"] as! Int
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                #expect(item["text"] as? String == String(view))
            }
        }
        #expect((record["sentences"] as! [Any]).count == 3)
        #expect((record["document"] as! [String: Any])["id"] as? String == "stdin")
    }

    @Test("--help shows examples, --version the version, both exit 0")
    func helpAndVersion() throws {
        let help = try IngestProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:") && help.stdout.contains("--include"))
        let version = try IngestProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test("usage errors exit 64 with a message on stderr", arguments: [
        [] as [String], ["--include", "nouns", "x.txt"], ["--no-such-option", "x.txt"], ["--reference-date", "2023-02-30", "x.txt"],
        ["--stream", "x.txt"],
    ])
    func usage(_ arguments: [String]) throws {
        let result = try IngestProcess.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }

    @Test("bad inputs: the error names the file, exit 1, the good inputs still come out")
    func badInputs() throws {
        let folder = try IngestProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D]).write(to: binary)
        let noise = folder.appendingPathComponent("noise.txt")
        try Data((0..<300).map { UInt8(($0 * 37 + 11) % 255 + 1) }).write(to: noise)
        let good = folder.appendingPathComponent("good.txt")
        try Data("Bonjour.".utf8).write(to: good)
        let missing = folder.appendingPathComponent("missing.txt").path
        let result = try IngestProcess.run([binary.path, good.path, noise.path, missing])
        #expect(result.status == 1)
        #expect(result.stderr.contains("image.txt") && result.stderr.contains("binary"))
        #expect(result.stderr.contains("noise.txt") && result.stderr.contains("not valid UTF-8"))
        #expect(result.stderr.contains("missing.txt"))
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("\"good\""))
    }

    @Test("Latin-1 input is decoded with a warning in the record and on stderr; an empty file is a valid empty record")
    func legacyAndEmpty() throws {
        let folder = try IngestProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let latin1 = folder.appendingPathComponent("latin1.txt")
        let text = "Le comité a décidé, à l'unanimité, que l'élève était très doué. Où est-il ? Déjà là."
        try Data(text.unicodeScalars.map { UInt8($0.value) }).write(to: latin1)
        let result = try IngestProcess.run(["--include", "tokens", latin1.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("latin1.txt") && result.stderr.contains("ISO-8859-1"))
        let record = try JSONSerialization.jsonObject(with: result.stdoutData) as! [String: Any]
        #expect((record["warnings"] as! [[String: Any]]).first?["code"] as? String == "legacy-charset")
        #expect((record["document"] as! [String: Any])["encoding"] as? String == "ISO-8859-1")
        #expect((record["tokens"] as! [[String: Any]]).first?["text"] as? String == "Le")

        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let emptyResult = try IngestProcess.run(["--include", "tokens,sentences", empty.path])
        #expect(emptyResult.status == 0)
        let emptyRecord = try JSONSerialization.jsonObject(with: emptyResult.stdoutData) as! [String: Any]
        #expect((emptyRecord["tokens"] as! [Any]).isEmpty && (emptyRecord["sentences"] as! [Any]).isEmpty)
        #expect((emptyRecord["document"] as! [String: Any])["length"] as? Int == 0)
    }

    @Test("a folder gives JSON Lines in sorted order; output is deterministic")
    func folder() throws {
        let folder = try IngestProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b"), withIntermediateDirectories: true)
        for (name, text) in [("b/z.txt", "Zut."), ("a.txt", "Ah."), ("b/c.txt", "Ce."), ("skip.md", "no")] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let first = try IngestProcess.run([folder.path])
        #expect(first.status == 0)
        let ids = first.stdout.split(separator: "\n").map {
            ((try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any])["document"] as! [String: Any])["id"] as! String
        }
        #expect(ids == ["a", "c", "z"])
        let second = try IngestProcess.run([folder.path])
        #expect(first.stdout == second.stdout)
    }

    @Test("--stream: one line out per line in, in order, error records for bad lines, empty environment")
    func stream() throws {
        let input = """
        {"id":"a","text":"Le 17 novembre, M. Altman est parti.","referenceDate":"2023-11-21"}
        not json
        {"id":"c"}
        {"text":"Sans id."}

        """
        let result = try IngestProcess.run(["--stream"], input: Data(input.utf8), environment: [:])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 4)
        let records = lines.map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect((records[0]["document"] as! [String: Any])["id"] as? String == "a")
        #expect(((records[0]["document"] as! [String: Any])["referenceDate"] as! [String: Any])["source"] as? String == "option")
        #expect(records[1]["error"] != nil && records[2]["error"] != nil)
        #expect((records[2]["document"] as! [String: Any])["id"] as? String == "c")
        #expect(records[3]["error"] == nil)
    }
}
