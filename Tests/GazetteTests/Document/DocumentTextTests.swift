import Testing
@testable import Gazette

@Suite("Document text and offsets")
struct DocumentTextTests {
    static let texts = [
        "",
        "ASCII only",
        "Élan, cœur, naïveté — 10\u{202F}000 €",
        "Emoji 👍🏽 and 🇫🇷 flags, e\u{301} combining",
        String(repeating: "àé👍", count: 100),
        // ASCII runs and 2-, 3- and 4-byte scalars that straddle 8-byte blocks.
        String(repeating: "abcdefgé日本👍 x", count: 40),
        // Exactly one and two checkpoints' worth of scalars; accents only (no four-byte
        // scalar: UTF-16 offsets are scalar offsets); a four-byte scalar in the last bytes.
        String(repeating: "a", count: 64), String(repeating: "é", count: 128),
        String(repeating: "Le président a été élu à Genève, où l'on fête Noël. ", count: 30),
        String(repeating: "é", count: 70) + "abc👍",
    ]

    @Test("scalar offsets map to UTF-8, UTF-16 and String.Index and back", arguments: texts)
    func offsets(_ string: String) {
        let text = DocumentText(string)
        let scalars = Array(string.unicodeScalars)
        #expect(text.scalarCount == scalars.count)
        #expect(text.utf16Count == string.utf16.count)
        var utf8 = 0, utf16 = 0
        for (i, s) in scalars.enumerated() {
            #expect(text.utf8Offset(ofScalar: i) == utf8)
            #expect(text.utf16Offset(ofScalar: i) == utf16)
            #expect(text.scalarOffset(ofUTF8: utf8) == i)
            #expect(string.unicodeScalars[text.index(ofScalar: i)] == s)
            #expect(text.scalarOffset(of: text.index(ofScalar: i)) == i)
            utf8 += String(s).utf8.count
            utf16 += String(s).utf16.count
        }
        #expect(text.utf8Offset(ofScalar: scalars.count) == utf8)
        #expect(text.scalarOffset(ofUTF8: utf8) == scalars.count)
    }

    @Test("text[span] is the scalars of the span", arguments: texts)
    func spans(_ string: String) {
        let text = DocumentText(string)
        let scalars = Array(string.unicodeScalars)
        for start in stride(from: 0, through: scalars.count, by: 7) {
            for end in stride(from: start, through: min(scalars.count, start + 20), by: 3) {
                #expect(String(text[Span(start, end)]) == Fixture.scalars(scalars, start, end))
            }
        }
    }

    @Test("layers are added and named in order")
    func layers() throws {
        var document = Document(id: "x", text: "Bonjour.")
        #expect(document.layers.names.isEmpty)
        try Segmenter().process(&document)
        #expect(document.layers.names == ["tokens", "sentences"])
        #expect(document.layers.contains("tokens"))
        document.sentences = nil
        #expect(document.layers.names == ["tokens"])
    }

    @Test("spans compare, contain and overlap")
    func spanBasics() {
        #expect(Span(1, 3) < Span(2, 3))
        #expect(Span(0, 10).contains(Span(2, 5)) && !Span(2, 5).contains(Span(0, 10)))
        #expect(Span(0, 3).overlaps(Span(2, 4)) && !Span(0, 2).overlaps(Span(2, 4)))
        #expect(Span(4, 4).isEmpty && Span(2, 5).length == 3)
    }
}
