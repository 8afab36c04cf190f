import Foundation
import Testing
@testable import Gazette

/// The shared folded-tokens layer: every token's folding, hash, UTF-8 range, ASCII flag and
/// shape agree with what the stages would compute from the text themselves.
@Suite("Folded tokens")
struct FoldedTokensTests {
    static let texts = [
        "Sam Altman a été licencié d'OpenAI vendredi 17 novembre 2023.",
        "L’ŒUVRE de Mélenchon — GPT-4, 20h45, 10 000 €, aujourd'hui. ÉTATS-UNIS et AT&T.",
        "Premier paragraphe, M. Dupont.\n\nSecond paragraphe : « Straße », ﬁn, naïve, Ångström, 北京.",
        "ABC abc Abc aBC A1 x-y 2007-2008 #IA @sama https://example.org/a?b=c",
        // Tokens longer than 8 and 16 bytes, ASCII and not, with capitals, digits and hyphens
        // in each 8-byte block, and a text ending right after a long token.
        "anticonstitutionnellement ANTICONSTITUTIONNELLEMENT Saint-Jean-de-Luz 12ab-CD34efGH 3Xyzabcdefgh",
        "aBCDEFGHIJ ABCDEFGhij électroencéphalogramme Électroencéphalographiquement x9y8z7w6v5u4-t3s2 ZZZZZZZZZ",
        "",
    ]

    static func document(_ text: String) throws -> (Document, TokenLayer, FoldedTokens) {
        var document = Document(id: "t", text: text)
        try Segmenter(rules: .french).process(&document)
        let computed = document.foldTokens()
        let folded = try #require(computed)
        return (document, try #require(document.tokens), folded)
    }

    @Test("each token's folding, hash and UTF-8 range", arguments: texts)
    func perToken(text: String) throws {
        let (document, tokens, folded) = try Self.document(text)
        let utf8 = Array(text.utf8)
        #expect(folded.starts.count == tokens.count)
        for k in tokens.indices {
            let surface = document.text[tokens[k].span]
            var expected: [UInt8] = []
            for s in surface.unicodeScalars { TextFolder.shared.append(s.value, mode: .full, to: &expected) }
            let form = Array(folded.bytes[folded.range(k)])
            #expect(form == expected, "token \(k) \(surface)")
            #expect(folded.hashes[k] == form.withUnsafeBufferPointer { FoldedTokens.hash($0) })
            let range = utf8.withUnsafeBufferPointer { folded.utf8Range(k, tokens: tokens, utf8: $0) }
            #expect(Array(utf8[range]) == Array(surface.utf8))
            #expect(folded.isASCII(k) == surface.utf8.allSatisfy { $0 < 0x80 })
        }
    }

    @Test("ASCII tokens: hash, folding and shape are the dates' WordFolding ones", arguments: texts)
    func asciiMatchesWordFolding(text: String) throws {
        let (document, tokens, folded) = try Self.document(text)
        for k in tokens.indices where folded.isASCII(k) {
            let (key, hash) = WordFolding.fold(String(document.text[tokens[k].span]))
            #expect(hash == folded.hashes[k])
            #expect(key == Array(folded.bytes[folded.range(k)]))
            var copy = String(document.text[tokens[k].span])
            let flags = copy.withUTF8 { b in
                var out: [UInt8] = []
                return WordFolding.fold(b, from: 0, to: b.count, into: &out).flags
            }
            let shape = folded.shape(k)
            #expect(shape.contains(.capitalized) == flags.contains(.capitalized))
            #expect(shape.contains(.allCaps) == flags.contains(.allCaps))
            #expect(shape.contains(.hasDigit) == flags.contains(.hasDigit))
            #expect(shape.contains(.hasHyphen) == flags.contains(.hasHyphen))
        }
    }

    @Test("separators: a space for white space, nothing between touching tokens, NUL at a paragraph break")
    func separators() throws {
        let (_, tokens, folded) = try Self.document("AT&T a dit.\n\nFin")
        let view = String(decoding: folded.bytes.map { $0 == 0 ? UInt8(ascii: "|") : $0 }, as: UTF8.self)
        #expect(view == "at&t a dit.|fin")
        #expect(folded.end(tokens.count - 1) == folded.bytes.count)
    }

    @Test("computed once per document and kept as a layer")
    func storedOnce() throws {
        var document = Document(id: "t", text: "Un texte.")
        #expect(document.foldTokens() == nil)
        try Segmenter(rules: .french).process(&document)
        #expect(document.foldedTokens == nil)
        let computed = document.foldTokens()
        let first = try #require(computed)
        #expect(document.foldedTokens?.bytes == first.bytes)
        #expect(document.layers.contains(FoldedTokensLayer.name))
    }
}
