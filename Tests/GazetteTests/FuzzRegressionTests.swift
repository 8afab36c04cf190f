import Foundation
import Gazette
import Testing

/// Every fuzz seed (`Fuzz/seeds/<target>/`) and every input a fuzz run found
/// (`Fuzz/regressions/<target>/`) through the same code path as its libFuzzer target
/// (`Fuzz/gazette-fuzz`), with the same invariants: no trap, errors name the file or line,
/// spans inside the text, ordered, `text[span]` the scalars between the offsets.
@Suite struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [String] {
        var files: [String] = []
        for folder in ["Fuzz/seeds/", "Fuzz/regressions/"] {
            let dir = Fixture.packageRoot.appendingPathComponent(folder + target).path
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] where !name.hasPrefix(".") {
                files.append(folder + target + "/" + name)
            }
        }
        return files.sorted()
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Fixture.packageRoot.appendingPathComponent(path)))
    }

    static func checkSpans(_ document: Document) {
        let scalars = Array(document.text.string.unicodeScalars)
        #expect(document.text.scalarCount == scalars.count)
        var spans: [[Span]] = []
        if let tokens = document.tokens { spans.append(tokens.map(\.span)) }
        if let sentences = document.sentences { spans.append(sentences) }
        if let entities = document.entities { spans.append(entities.map(\.span)) }
        for layer in spans {
            var last = 0
            for span in layer {
                #expect(span.start >= last && span.start < span.end && span.end <= scalars.count, "\(span)")
                guard span.start >= last && span.end <= scalars.count && span.start < span.end else { continue }
                #expect(String(document[span]) == Fixture.scalars(scalars, span.start, span.end))
                last = span.end
            }
        }
        let record = RecordWriter(include: [.tokens, .sentences]).record(document, stages: [])
        let object = try? JSONSerialization.jsonObject(with: Data(record))
        #expect(object != nil, "the record is JSON")
        if let object { walk(object, scalars) }
    }

    /// Every object of the record with `start`, `end` and `text`: the text is the scalars between.
    static func walk(_ value: Any, _ scalars: [Unicode.Scalar]) {
        if let list = value as? [Any] {
            for item in list { walk(item, scalars) }
        } else if let object = value as? [String: Any] {
            if let start = object["start"] as? Int, let end = object["end"] as? Int, let text = object["text"] as? String {
                #expect(0 <= start && start <= end && end <= scalars.count)
                if 0 <= start && start <= end && end <= scalars.count {
                    let expected = Fixture.scalars(scalars, start, end)
                    #expect(Array(expected.unicodeScalars) == Array(text.unicodeScalars),
                            "\(start)..<\(end): \(expected.unicodeScalars.map { $0.value }) in the text, \(text.unicodeScalars.map { $0.value }) in the record")
                }
            }
            for (_, item) in object { walk(item, scalars) }
        }
    }

    @Test(arguments: inputs("decoder"))
    func decoder(_ path: String) throws {
        let bytes = try Self.bytes(path)
        do {
            let document = try DocumentReader(maxBytes: 1 << 20).document(from: bytes, source: "fuzz.txt", id: "fuzz")
            #expect(!document.text.string.unicodeScalars.contains("\u{0}"))
        } catch {
            #expect(error.description.hasPrefix("fuzz.txt: "))
        }
    }

    @Test(arguments: inputs("segmenter") + inputs("timex"))
    func segmenterAndPipeline(_ path: String) throws {
        let text = String(decoding: try Self.bytes(path), as: UTF8.self)
        var document = Document(id: "fuzz", text: text)
        try Segmenter().process(&document)
        Self.checkSpans(document)
        var full = Document(id: "fuzz", text: text)
        try Pipeline.french().process(&full)
        Self.checkSpans(full)
    }

    @Test(arguments: inputs("gazetteer-tsv") + inputs("gazetteer-jsonl"))
    func gazetteer(_ path: String) throws {
        let format: GazetteerSource.Format = path.contains("gazetteer-jsonl") ? .entityRuler : .tsv
        let source = GazetteerSource(name: "fuzz", format: format, bytes: try Self.bytes(path))
        var entries: [GazetteerEntry] = []
        do { try source.forEachEntry { entries.append($0) } } catch {
            #expect(error.description.hasPrefix("fuzz"))
            return
        }
        #expect(entries.allSatisfy { !$0.id.isEmpty && !$0.name.isEmpty })
        let recognizer = try EntityRecognizer.french(extra: [source], includeDefaults: false, cache: nil)
        let text = entries.prefix(50).map { "Selon \($0.name), " + $0.aliases.prefix(3).joined(separator: " et ") }.joined(separator: ". ")
        var document = Document(id: "fuzz", text: text)
        try Pipeline(stages: [Segmenter(), recognizer]).process(&document)
        Self.checkSpans(document)
    }

    @Test(arguments: inputs("pipeline-file"))
    func pipelineFile(_ path: String) throws {
        guard let yaml = String(validating: try Self.bytes(path), as: UTF8.self) else { return }
        do {
            let definition = try PipelineDefinition(yaml: yaml, source: "fuzz.yaml", baseDirectory: "/nonexistent-gazette-fuzz")
            #expect(!definition.steps.isEmpty)
        } catch {
            #expect(error.description.hasPrefix("fuzz.yaml"))
        }
    }

    @Test(arguments: inputs("stream-line"))
    func streamLine(_ path: String) throws {
        let bytes = try Self.bytes(path)
        do {
            let line = try StreamLine(line: bytes, lineNumber: 7)
            if let date = line.referenceDate { #expect(ReferenceDate.isValid(date)) }
        } catch {
            #expect(error.description.hasPrefix("line 7: "))
            let record = StreamLine.errorRecord(line: 7, id: StreamLine.id(in: bytes), message: error.description)
            #expect((try? JSONSerialization.jsonObject(with: Data(record))) is [String: Any])
        }
    }

    @Test(arguments: [
        ("2023-11-21", true), ("2024-02-29", true), ("2023-02-29", false), ("2013-02-12T04:30:00", true),
        ("2013-02-12T04:30", true), ("2013-02-12T24:00", false), ("+202-01-01", false), ("2023-1-01", false),
        ("2023-11-21T", false), ("٢٠٢٣-11-21", false), ("", false), ("2023-11-2１", false),
    ])
    func referenceDates(_ value: String, _ valid: Bool) {
        #expect(ReferenceDate.isValid(value) == valid)
    }
}
