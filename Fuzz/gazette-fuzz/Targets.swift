import Foundation
import Gazette
import ICUText

/// Raw bytes through the decoder, as a file read from disk.
enum FuzzDecoder {
    static func run(_ bytes: [UInt8]) {
        let reader = DocumentReader(maxBytes: 1 << 20)
        guard let document = try? reader.document(from: bytes, source: "fuzz.txt", id: "fuzz") else { return }
        let text = document.text.string
        check(!text.unicodeScalars.contains("\u{0}"), "decoded text holds a NUL")
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]), let plain = String(validating: bytes.dropFirst(3), as: UTF8.self) {
            check(text == plain, "UTF-8 after a BOM not kept as is")
        }
        // Every offset map agrees with a direct count.
        var utf8 = 0, utf16 = 0, scalar = 0
        for s in text.unicodeScalars {
            check(document.text.utf8Offset(ofScalar: scalar) == utf8, "utf8Offset(ofScalar: \(scalar))")
            check(document.text.utf16Offset(ofScalar: scalar) == utf16, "utf16Offset(ofScalar: \(scalar))")
            check(document.text.scalarOffset(ofUTF8: utf8) == scalar, "scalarOffset(ofUTF8: \(utf8))")
            utf8 += UTF8.width(s); utf16 += UTF16.width(s); scalar += 1
        }
        check(document.text.scalarCount == scalar, "scalarCount")
        check(document.text.utf8Offset(ofScalar: scalar) == utf8, "utf8Offset at the end")
    }
}

/// Text through the segmenter (tokens and sentences), with every invariant checked.
enum FuzzSegmenter {
    nonisolated(unsafe) static var segmenter: Segmenter!

    static func setUp() { segmenter = try! Segmenter() }

    static func run(_ bytes: [UInt8]) {
        var document = Document(id: "fuzz", text: DocumentChecks.text(bytes))
        do { try segmenter.process(&document) } catch { check(false, "segmenter threw \(error)") }
        DocumentChecks.verify(document, stages: ["segmenter@1"])
    }
}

/// Text through ICU's word and sentence iterators with and without their fast paths
/// (`LatinWordBreaker`, `SentenceWindows`): boundaries and statuses must be the same.
enum FuzzBreaks {
    nonisolated(unsafe) static var pairs: [(fast: BreakIterator, icu: BreakIterator)] = []

    static func setUp() {
        pairs = [(BreakIterator.Kind.word, "fr"), (.sentence, "fr@ss=standard"), (.word, "en"), (.sentence, "en@ss=standard")].map {
            (try! BreakIterator($0, locale: $1), try! BreakIterator($0, locale: $1, fastPaths: false))
        }
    }

    static func run(_ bytes: [UInt8]) {
        let units = Array(String(decoding: bytes, as: UTF8.self).utf16)
        for (fast, icu) in pairs {
            var ends: [Int32] = [], statuses: [Int32] = [], icuEnds: [Int32] = [], icuStatuses: [Int32] = []
            units.withUnsafeBufferPointer {
                try! fast.segment($0, ends: &ends, statuses: &statuses)
                try! icu.segment($0, ends: &icuEnds, statuses: &icuStatuses)
            }
            check(fast.count == icu.count && ends.prefix(fast.count) == icuEnds.prefix(icu.count)
                  && statuses.prefix(fast.count) == icuStatuses.prefix(icu.count),
                  "\(fast.kind) breaks for \(fast.locale) differ from ICU's")
        }
    }
}

/// Text through the whole built-in pipeline (segmenter, entities with the shipped gazetteers).
enum FuzzEntities {
    nonisolated(unsafe) static var pipeline: Pipeline!

    static func setUp() {
        setenv("XDG_CACHE_HOME", "/nonexistent-gazette-fuzz-cache", 1)
        pipeline = try! Pipeline.french()
    }

    static func run(_ bytes: [UInt8]) {
        var document = Document(id: "fuzz", text: DocumentChecks.text(bytes))
        do { try pipeline.process(&document) } catch { check(false, "pipeline threw \(error)") }
        DocumentChecks.verify(document, stages: pipeline.stages.map(\.qualifiedName))
    }
}

/// A gazetteer file: loaded, compiled (without the shipped lists), then matched against a
/// text made of its own names.
enum FuzzGazetteer {
    static func run(_ bytes: [UInt8], format: GazetteerSource.Format) {
        let source = GazetteerSource(name: "fuzz", format: format, bytes: bytes)
        var entries: [GazetteerEntry] = []
        do {
            try source.forEachEntry { entries.append($0) }
        } catch {
            check(error.description.hasPrefix("fuzz"), "error does not name the file: \(error)")
            return
        }
        for e in entries {
            check(!e.id.isEmpty && !e.name.isEmpty, "entry with an empty id or name")
        }
        let recognizer: EntityRecognizer
        do { recognizer = try EntityRecognizer.french(extra: [source], includeDefaults: false, cache: nil) } catch {
            check(false, "loaded, but does not compile: \(error)")
            return
        }
        let text = entries.prefix(50).map { "Selon \($0.name), " + $0.aliases.prefix(3).joined(separator: " et ") }.joined(separator: ". ")
        var document = Document(id: "fuzz", text: text)
        do { try Pipeline(stages: [Segmenter(), recognizer]).process(&document) } catch { check(false, "threw \(error)") }
        DocumentChecks.verify(document, stages: ["segmenter@1", "entities@1"])
    }
}

/// A pipeline file: parsed and checked against the standard registry; relative paths
/// resolve in an empty folder, so no file it names is read.
enum FuzzPipelineFile {
    static func run(_ bytes: [UInt8]) {
        guard let yaml = String(validating: bytes, as: UTF8.self) else { return }
        do {
            let definition = try PipelineDefinition(yaml: yaml, source: "fuzz.yaml", baseDirectory: "/nonexistent-gazette-fuzz")
            check(!definition.steps.isEmpty, "a pipeline without stages was accepted")
            check(PipelineDefinition.supportedFileVersions.contains(definition.fileVersion), "unsupported version accepted")
            _ = definition.stageNames
        } catch {
            check(error.description.hasPrefix("fuzz.yaml"), "error does not name the file: \(error)")
        }
    }
}

/// One stream line: parsed, and its error record (with the line's id) is valid JSON.
enum FuzzStreamLine {
    static func run(_ bytes: [UInt8]) {
        do {
            let line = try StreamLine(line: bytes, lineNumber: 7)
            if let date = line.referenceDate { check(ReferenceDate.isValid(date), "invalid date accepted") }
        } catch {
            check(error.description.hasPrefix("line 7: "), "error does not name the line: \(error)")
            let record = StreamLine.errorRecord(line: 7, id: StreamLine.id(in: bytes), message: error.description)
            let object = (try? JSONSerialization.jsonObject(with: Data(record))) as? [String: Any]
            check(object != nil, "the error record is not a JSON object")
        }
        // The reference date check on any string never traps.
        _ = ReferenceDate.isValid(DocumentChecks.text(bytes))
    }
}
