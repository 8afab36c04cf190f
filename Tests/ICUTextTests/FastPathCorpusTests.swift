import Foundation
@testable import ICUText
import Testing

/// Both fast paths against ICU alone on real text: the bundled articles and, when the shared
/// evaluation kit is next to the repository, the UD French sentences, in 16 K-unit pieces.
@Suite("Fast paths on real text")
struct FastPathCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func texts() throws -> [String] {
        var texts: [String] = []
        for language in ["fr", "en", "zh"] {
            let folder = root.appendingPathComponent("corpus/\(language)")
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
                texts.append(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            }
        }
        for name in ["gsd-test.jsonl", "gsd-dev.jsonl"] {
            let file = root.appendingPathComponent("../shared/eval/ud-french/\(name)")
            guard let data = try? Data(contentsOf: file) else { continue }
            for line in data.split(separator: UInt8(ascii: "\n")) {
                if let object = try JSONSerialization.jsonObject(with: line) as? [String: Any], let text = object["text"] as? String {
                    texts.append(text)
                }
            }
        }
        return texts
    }

    @Test("word and sentence boundaries equal ICU's on the corpus")
    func corpus() throws {
        let texts = try Self.texts()
        #expect(texts.count >= 23)
        let words = try BreakIterator(.word, locale: "fr"), icuWords = try BreakIterator(.word, locale: "fr", fastPaths: false)
        let sentences = try BreakIterator(.sentence, locale: "fr@ss=standard"), icuSentences = try SentenceWindowsTests.icu("fr@ss=standard")
        // Long pieces, as the segmenter gives ICU, cut after a line break.
        var pieces: [[UInt16]] = [], piece: [UInt16] = []
        for text in texts {
            for unit in (text + "\n").utf16 {
                piece.append(unit)
                if unit == 0x0A && piece.count > 1 << 14 { pieces.append(piece); piece = [] }
            }
        }
        pieces.append(piece)
        for units in pieces {
            #expect(try SentenceWindowsTests.boundaries(words, units) == SentenceWindowsTests.boundaries(icuWords, units))
            #expect(try SentenceWindowsTests.boundaries(sentences, units) == SentenceWindowsTests.boundaries(icuSentences, units))
        }
    }
}
