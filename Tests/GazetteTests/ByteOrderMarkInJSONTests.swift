import Foundation
import Gazette
import Testing

/// U+FEFF inside JSON. swift-corelibs-foundation's parser drops a raw U+FEFF that begins a
/// string (found by the gazetteer-tsv fuzz target: a token made of U+FEFF had an empty `text`
/// once the record was parsed back). Records escape it; stream lines and EntityRuler lines are
/// read keeping it.
@Suite struct ByteOrderMarkInJSONTests {
    @Test func recordsEscapeItAndReadBackWhole() throws {
        var w = JSONWriter()
        w.beginArray()
        w.string("\u{FEFF}")
        w.string("a\u{FEFF}b\u{FEFF}")
        w.string("\u{FEFF}\u{FEFF}é")
        w.endArray()
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"["\ufeff","a\ufeffb\ufeff","\ufeff\ufeffé"]"#)
        let back = try #require(try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String])
        #expect(back == ["\u{FEFF}", "a\u{FEFF}b\u{FEFF}", "\u{FEFF}\u{FEFF}é"])
        #expect(back.map { $0.unicodeScalars.count } == [1, 4, 3])
    }

    @Test func theRegressionInputKeepsEveryTokenText() throws {
        var document = Document(id: "t", text: "Selon \u{FEFF}, puis \u{FEFF}\u{FEFF} fin.")
        try Segmenter().process(&document)
        let record = RecordWriter(include: [.tokens]).record(document, stages: [])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(record)) as? [String: Any])
        let tokens = try #require(object["tokens"] as? [[String: Any]])
        for token in tokens {
            let span = Span(token["start"] as! Int, token["end"] as! Int)
            #expect(Array((token["text"] as! String).unicodeScalars) == Array(document[span].unicodeScalars))
        }
    }

    @Test func aStreamLineKeepsALeadingFEFFInItsText() throws {
        let line = try StreamLine(line: Array("{\"id\":\"\u{FEFF}a\",\"text\":\"\u{FEFF}Bonjour\"}".utf8), lineNumber: 1)
        #expect(line.text.unicodeScalars.first == "\u{FEFF}")
        #expect(line.text.unicodeScalars.count == 8)
        #expect(line.id == "\u{FEFF}a")
        // A BOM before the object (the first line of a file saved with one) is not part of it.
        let bom = try StreamLine(line: [0xEF, 0xBB, 0xBF] + Array(#"{"text":"x"}"#.utf8), lineNumber: 1)
        #expect(bom.text == "x")
        #expect(throws: StreamLine.Malformed.self) { try StreamLine(line: Array("{\"text\":\"x\"}\u{FEFF}".utf8), lineNumber: 2) }
    }

    @Test func entityRulerFilesMayStartWithABOM() throws {
        let jsonl = [0xEF, 0xBB, 0xBF] + Array(#"{"label": "ORG", "pattern": "Acme", "id": "acme"}"#.utf8) + [0x0A]
        var names: [String] = []
        try GazetteerSource(name: "bom.jsonl", format: .entityRuler, bytes: jsonl).forEachEntry { names.append($0.name) }
        #expect(names == ["Acme"])
    }
}
