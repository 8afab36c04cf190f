import Foundation
import Testing

/// Hostile inputs end to end (issue 7): every input gets its defined outcome — a record, a
/// record with named warnings, or an error naming the file (exit 1; 64 for a pipeline or
/// gazetteer that cannot be used) — never a crash, a hang (60 s guard) or a silent drop.
/// Every input is generated here.
@Suite(.serialized) struct BadInputTests {
    enum Outcome {
        /// A record with exactly these warning codes, decoded from `encoding`.
        case record(encoding: String, warnings: [String] = [])
        /// An error whose message contains this text.
        case error(String)
    }

    struct Case: CustomStringConvertible {
        var name: String
        var bytes: [UInt8]
        var outcome: Outcome
        /// Extra checks on a record.
        var check: @Sendable ([String: Any], String) -> Void = { _, _ in }
        var description: String { name }
    }

    static let french = "L'été dernier, à Paris, M. Lefèvre a dû payer 5 € pour un café ; « c'est cher », dit-il. "
        + "Les élèves de l'école ont célébré la fête de fin d'année avec leurs professeurs.\n"

    static var cases: [Case] {
        [
            Case(name: "empty.txt", bytes: [], outcome: .record(encoding: "UTF-8")) { record, _ in
                #expect(document(record)["length"] as? Int == 0)
                #expect((record["tokens"] as? [Any])?.isEmpty == true)
            },
            Case(name: "whitespace.txt", bytes: Array(" \t\r\n  \n\u{00A0}\u{202F}\n\n".utf8), outcome: .record(encoding: "UTF-8")) { record, _ in
                #expect((record["tokens"] as? [Any])?.isEmpty == true)
                #expect((record["sentences"] as? [Any])?.isEmpty == true)
            },
            Case(name: "nul.txt", bytes: Array("Bonjour".utf8) + [0] + Array(" le monde.".utf8),
                 outcome: .error("binary content (NUL byte at byte 7)")),
            Case(name: "invalid-utf8.txt", bytes: Array(french.utf8) + [0xC3, 0x28, 0xFF] + Array(french.utf8),
                 outcome: .record(encoding: "UTF-8", warnings: ["invalid-utf8"])) { _, text in
                #expect(text.contains("\u{FFFD}"))
                #expect(text.hasPrefix(french) && text.hasSuffix(french))
            },
            Case(name: "windows-1252.txt", bytes: encode(french.replacingOccurrences(of: "'", with: "’"), .windowsCP1252),
                 outcome: .record(encoding: "windows-1252", warnings: ["legacy-charset"])) { _, text in
                #expect(text == french.replacingOccurrences(of: "'", with: "’"))
            },
            Case(name: "iso-8859-15.txt", bytes: latin9(french + "Le cœur de l'œuvre coûte 20 €.\n"),
                 outcome: .record(encoding: "ISO-8859-15", warnings: ["legacy-charset"])) { _, text in
                #expect(text == french + "Le cœur de l'œuvre coûte 20 €.\n")
            },
            Case(name: "utf16le.txt", bytes: [0xFF, 0xFE] + encode(french, .utf16LittleEndian), outcome: .record(encoding: "UTF-16LE")) { _, text in
                #expect(text == french)
            },
            Case(name: "utf16be.txt", bytes: [0xFE, 0xFF] + encode(french, .utf16BigEndian), outcome: .record(encoding: "UTF-16BE")) { _, text in
                #expect(text == french)
            },
            Case(name: "utf8-bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array(french.utf8), outcome: .record(encoding: "UTF-8")) { record, text in
                #expect(text == french, "the BOM is not part of the text")
                #expect(((record["tokens"] as? [[String: Any]])?.first?["start"] as? Int) == 0)
            },
            // A second BOM is text (U+FEFF): kept, and written \ufeff so that JSON readers keep it too.
            Case(name: "two-boms.txt", bytes: [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("\u{FEFF} Bonjour.".utf8),
                 outcome: .record(encoding: "UTF-8")) { record, text in
                #expect(text.unicodeScalars.prefix(2).elementsEqual(["\u{FEFF}", "\u{FEFF}"]))
                #expect(Self.document(record)["length"] as? Int == 11)
            },
            Case(name: "mixed-eol.txt", bytes: Array("Première ligne.\r\nDeuxième ligne.\nTroisième ligne.\r\nFin.".utf8),
                 outcome: .record(encoding: "UTF-8")) { record, text in
                #expect(text.contains("\r\n"), "line breaks are kept as they are")
                #expect((record["sentences"] as? [Any])?.count == 4)
            },
            Case(name: "combining.txt", bytes: Array("\u{0301}".utf8), outcome: .record(encoding: "UTF-8")) { record, _ in
                #expect(document(record)["length"] as? Int == 1)
            },
            Case(name: "emoji.txt", bytes: Array("Bravo 👍🏽 ! La famille 👨‍👩‍👧‍👦 et le drapeau 🇫🇷 #fête 🏳️‍🌈.\n".utf8),
                 outcome: .record(encoding: "UTF-8")),
            Case(name: "rtl.txt", bytes: Array("مرحبا بالعالم. שלום עולם! Paris \u{200F}(Le Monde)\u{200E}, 2023.\n".utf8),
                 outcome: .record(encoding: "UTF-8")),
            Case(name: "apostrophes.txt", bytes: Array(String(repeating: "'", count: 10_000).utf8), outcome: .record(encoding: "UTF-8")) { record, _ in
                #expect(document(record)["length"] as? Int == 10_000)
            },
            // One line of about 310 KB: cut into chunks inside the line (above 256 K code units).
            Case(name: "long-line.txt", bytes: Array(String(repeating: "Le maire de Lyon a parlé, puis ", count: 10_000).utf8),
                 outcome: .record(encoding: "UTF-8")) { record, _ in
                #expect((record["tokens"] as? [Any])?.count == 10_000 * 8)
            },
        ]
    }

    static func encode(_ text: String, _ encoding: String.Encoding) -> [UInt8] { [UInt8](text.data(using: encoding)!) }

    /// ISO-8859-15: Latin-1 but for œ Œ € Š š Ž ž Ÿ.
    static func latin9(_ text: String) -> [UInt8] {
        let special: [Character: UInt8] = ["€": 0xA4, "Š": 0xA6, "š": 0xA8, "Ž": 0xB4, "ž": 0xB8, "Œ": 0xBC, "œ": 0xBD, "Ÿ": 0xBE]
        return text.map { c in special[c] ?? UInt8(c.unicodeScalars.first!.value) }
    }

    static func document(_ record: [String: Any]) -> [String: Any] { record["document"] as? [String: Any] ?? [:] }

    /// Every span's text is the text between its offsets, counted in scalars.
    static func checkSpans(_ record: [String: Any], _ text: String) {
        let scalars = Array(text.unicodeScalars)
        for layer in ["tokens", "sentences", "entities"] {
            for span in record[layer] as? [[String: Any]] ?? [] {
                let start = span["start"] as! Int, end = span["end"] as! Int
                #expect(0 <= start && start < end && end <= scalars.count)
                guard 0 <= start && start < end && end <= scalars.count else { continue }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                #expect(String(view) == span["text"] as? String)
            }
        }
    }

    /// The decoded text of a record: its sentences and the gaps between them are not enough,
    /// so the test decodes the input itself the way the record says.
    static func decodedText(_ c: Case, _ record: [String: Any]) -> String {
        let encoding = document(record)["encoding"] as? String
        var bytes = c.bytes
        switch encoding {
        case "UTF-16LE": return String(decoding: stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 }, as: UTF16.self)
        case "UTF-16BE": return String(decoding: stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }, as: UTF16.self)
        case "windows-1252": return String(data: Data(bytes), encoding: .windowsCP1252)!
        case "ISO-8859-15":
            let back: [UInt8: Character] = [0xA4: "€", 0xA6: "Š", 0xA8: "š", 0xB4: "Ž", 0xB8: "ž", 0xBC: "Œ", 0xBD: "œ", 0xBE: "Ÿ"]
            return String(bytes.map { back[$0] ?? Character(Unicode.Scalar($0)) })
        default:
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Writes a file of `megabytes` MB on one line (no line feed), 1 MB at a time.
    static func writeOneLine(_ url: URL, megabytes: Int, prefix: String = "", suffix: String = "") throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        let block = Data(String(repeating: "Un mot de plus ", count: (1 << 20) / 15).utf8)
        handle.write(Data(prefix.utf8))
        for _ in 0..<megabytes { handle.write(block) }
        handle.write(Data(suffix.utf8))
        try handle.close()
    }

    @Test func everyBadFileInAFolderGetsItsOutcome() throws {
        let s = try Scratch()
        let cases = Self.cases
        for c in cases { try s.file("in/" + c.name, c.bytes) }
        try Self.writeOneLine(s.url.appendingPathComponent("in/huge-one-line.txt"), megabytes: 100)
        let r = try GuardedRun.run(["in", "--output", "out", "--jobs", "2", "--include", "tokens,sentences"], in: s.url)
        #expect(r.status == 1)
        let manifest = manifestLines(s)
        #expect(manifest.count == cases.count + 1, "one manifest line per input: nothing dropped")
        let byInput = Dictionary(uniqueKeysWithValues: manifest.map { ($0["input"] as? String ?? "?", $0) })
        for c in cases {
            let entry = try #require(byInput[c.name], "manifest line for \(c.name)")
            switch c.outcome {
            case let .record(encoding, warnings):
                #expect(entry["status"] as? String == "ok", "\(c.name): \(entry["error"] ?? "")")
                let data = try #require(s.read("out/" + c.name.replacingOccurrences(of: ".txt", with: ".json")), "output of \(c.name)")
                let record = try #require(jsonObject(data), "\(c.name): the output is JSON")
                #expect(Self.document(record)["encoding"] as? String == encoding, "\(c.name)")
                let codes = (record["warnings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
                #expect(codes == warnings, "\(c.name): warnings \(codes)")
                for code in warnings { #expect(r.stderr.contains("in/\(c.name)"), "\(c.name): warning \(code) on stderr names the file") }
                let text = Self.decodedText(c, record)
                #expect(Self.document(record)["length"] as? Int == text.unicodeScalars.count, "\(c.name)")
                Self.checkSpans(record, text)
                c.check(record, text)
            case let .error(message):
                #expect(entry["status"] as? String == "failed", "\(c.name)")
                #expect((entry["error"] as? String)?.contains(message) == true, "\(c.name): \(entry["error"] ?? "")")
                #expect(r.stderr.contains("ingest: error: in/\(c.name): "), "\(c.name): stderr names the file")
                #expect(s.read("out/" + c.name.replacingOccurrences(of: ".txt", with: ".json")) == nil)
            }
        }
        let huge = try #require(byInput["huge-one-line.txt"])
        #expect(huge["status"] as? String == "failed")
        #expect((huge["error"] as? String)?.contains("over the limit of \(64 << 20) bytes") == true)
        #expect(r.stderr.contains("ingest: error: in/huge-one-line.txt: "))
        #expect(!s.tree("out").keys.contains { $0.contains(".gazette-tmp-") })
    }

    @Test(arguments: cases.filter { if case .error = $0.outcome { true } else { false } })
    func aBadFileAloneExitsOneNamingIt(_ c: Case) throws {
        let s = try Scratch()
        try s.file(c.name, c.bytes)
        let r = try GuardedRun.run([c.name], in: s.url)
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("ingest: error: \(c.name): "))
    }

    /// 100 MB on one line: refused from its size before it is read, so it costs nothing.
    @Test func aHundredMegabyteLineIsRefusedFast() throws {
        let s = try Scratch()
        let url = s.url.appendingPathComponent("huge.txt")
        try Self.writeOneLine(url, megabytes: 100)
        let r = try GuardedRun.run(["huge.txt"], in: s.url)
        #expect(r.status == 1)
        #expect(r.stderr.contains("ingest: error: huge.txt: \(100 * ((1 << 20) / 15) * 15) bytes, over the limit of \(64 << 20) bytes"))
        // The same bytes on standard input (no size known in advance): read up to the limit, then refused.
        let piped = try GuardedRun.run(["-"], in: s.url, stdinFile: url)
        #expect(piped.status == 1)
        #expect(piped.stderr.contains("ingest: error: -: "))
        #expect(piped.stderr.contains("over the limit of \(64 << 20) bytes"))
    }

    /// `--max-bytes 9223372036854775807` (no limit) on standard input trapped on an overflow.
    @Test func theLargestMaxBytesOnStandardInputIsNoLimit() throws {
        let s = try Scratch()
        try s.file("doc.txt", String(repeating: "Une ligne de texte.\n", count: 5_000))
        let r = try GuardedRun.run(["-", "--max-bytes", String(Int.max)], in: s.url, stdinFile: s.url.appendingPathComponent("doc.txt"))
        #expect(r.status == 0)
        #expect(Self.document(jsonObject(r.stdout) ?? [:])["length"] as? Int == 100_000)
    }

    /// A 100 MB stream line gets an error record and the next line is processed.
    @Test func aHundredMegabyteStreamLineIsSkipped() throws {
        let s = try Scratch()
        let url = s.url.appendingPathComponent("in.jsonl")
        try Self.writeOneLine(url, megabytes: 100, prefix: #"{"id":"huge","text":""#, suffix: "\"}\n" + #"{"id":"next","text":"Bonjour."}"# + "\n")
        let r = try GuardedRun.run(["--stream"], in: s.url, stdinFile: url)
        #expect(r.status == 0)
        let lines = r.stdoutLines.map { jsonObject(Data($0.utf8)) ?? [:] }
        #expect(lines.count == 2)
        #expect(((lines.first?["error"] as? [String: Any])?["message"] as? String)?.contains("longer than --max-bytes") == true)
        #expect(Self.document(lines.last ?? [:])["id"] as? String == "next")
    }

    @Test func gazetteerWithDuplicateIdsMergesThem() throws {
        let s = try Scratch()
        try s.file("dup.tsv", "dupont\tPER\tJean Dupont\ndupont\tPER\tJ. Dupont\n")
        try s.file("doc.txt", "Hier, Jean Dupont a parlé. J. Dupont est reparti.\n")
        let r = try GuardedRun.run(["--gazetteer", "dup.tsv", "--no-default-gazetteers", "doc.txt"], in: s.url)
        #expect(r.status == 0)
        let entities = try #require(jsonObject(r.stdout)?["entities"] as? [[String: Any]])
        #expect(entities.map { $0["text"] as? String } == ["Jean Dupont", "J. Dupont"])
        #expect(entities.allSatisfy { $0["id"] as? String == "dupont" && $0["name"] as? String == "Jean Dupont" })
    }

    @Test func gazetteerWithAnEmptyNameIsAnErrorNamingFileAndLine() throws {
        let s = try Scratch()
        try s.file("empty.tsv", "a\tPER\tJean Dupont\nb\tORG\t  \n")
        try s.file("doc.txt", "Bonjour.")
        let r = try GuardedRun.run(["--gazetteer", "empty.tsv", "doc.txt"], in: s.url)
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("empty.tsv:2: empty name"))
        try s.file("empty.jsonl", #"{"label": "ORG", "pattern": ""}"# + "\n")
        let j = try GuardedRun.run(["--gazetteer", "empty.jsonl", "doc.txt"], in: s.url)
        #expect(j.status == 64)
        #expect(j.stderr.contains("empty.jsonl:1: no \"pattern\" string"))
    }

    @Test func gazetteerWithATenThousandCharacterNameIsMatched() throws {
        let s = try Scratch()
        let name = String(repeating: "Ab", count: 5_000)
        try s.file("long.tsv", "long\tORG\t\(name)\n")
        try s.file("doc.txt", "Selon \(name), rien.\n")
        let r = try GuardedRun.run(["--gazetteer", "long.tsv", "--no-default-gazetteers", "doc.txt"], in: s.url)
        #expect(r.status == 0)
        let entities = try #require(jsonObject(r.stdout)?["entities"] as? [[String: Any]])
        #expect(entities.count == 1)
        #expect(entities.first?["start"] as? Int == 6)
        #expect(entities.first?["end"] as? Int == 10_006)
    }

    static let pipelineCases: [(name: String, yaml: String, message: String)] = [
        ("unknown-key.yaml", "version: 1\nname: x\nlanguage: fr\ncolour: blue\nstages: [{name: segmenter, version: 1}]\n",
         "unknown-key.yaml:4:1: colour: unknown key 'colour'"),
        ("unknown-stage-key.yaml", "version: 1\nname: x\nlanguage: fr\nstages:\n  - name: segmenter\n    version: 1\n    speed: max\n",
         "unknown-stage-key.yaml:7:5: stages[0].speed: unknown key 'speed'"),
        ("unknown-option.yaml", "version: 1\nname: x\nlanguage: fr\nstages:\n  - {name: segmenter, version: 1, options: {langage: fr}}\n",
         "stages[0].options.langage: unknown option 'langage' for stage segmenter"),
        ("version-2.yaml", "version: 2\nname: x\nlanguage: fr\nstages: [{name: segmenter, version: 1}]\n",
         "version-2.yaml:1:10: version: unsupported pipeline file version '2'"),
        ("stage-version.yaml", "version: 1\nname: x\nlanguage: fr\nstages: [{name: segmenter, version: 9}]\n",
         "stage-version.yaml:4:"),
        ("missing-gazetteer.yaml",
         "version: 1\nname: x\nlanguage: fr\nstages:\n  - {name: segmenter, version: 1}\n  - {name: entities, version: 1, options: {gazetteers: [lists/missing.tsv]}}\n",
         "missing-gazetteer.yaml: stages[1]: cannot build stage entities@1: p/lists/missing.tsv: cannot read gazetteer: no such file"),
    ]

    @Test(arguments: pipelineCases.map(\.name))
    func unusablePipelineFileIsReportedBeforeAnyInput(_ name: String) throws {
        let c = Self.pipelineCases.first { $0.name == name }!
        let s = try Scratch()
        try s.file("p/" + c.name, c.yaml)
        try s.file("doc.txt", "Bonjour.")
        let r = try GuardedRun.run(["--pipeline", "p/" + c.name, "doc.txt", "--output", "out"], in: s.url)
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("ingest: error: pipeline: p/"), "\(r.stderr)")
        #expect(r.stderr.contains(c.message), "\(r.stderr)")
        #expect(s.read("out/doc.json") == nil, "no input is read")
    }
}
