import Foundation
import Testing
@testable import Gazette

/// The offset property on real text: for every token and sentence of the seed article, the
/// bundled corpus and the UD French documents, the text at its span is its text; tokens cover
/// every non-space scalar once, in order; each token lies in exactly one sentence.
@Suite("Span properties on real text")
struct SpanPropertyTests {
    static func corpusTexts() throws -> [(String, String)] {
        let folder = Fixture.packageRoot.appendingPathComponent("corpus/fr")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try files.map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    static func udTexts() throws -> [(String, String)] {
        var texts: [(String, String)] = []
        for split in ["gsd-test", "gsd-dev", "sequoia-test"] {
            let url = Fixture.shared.appendingPathComponent("eval/ud-french/\(split).jsonl")
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            for line in lines {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                texts.append((object["id"] as! String, object["text"] as! String))
            }
        }
        return texts
    }

    @Test("the bundled corpus and the seed article")
    func corpus() throws {
        let texts = try Self.corpusTexts()
        #expect(texts.count >= 21)
        for (name, text) in texts { try Self.check(name, text) }
    }

    @Test("UD French GSD and Sequoia documents")
    func ud() throws {
        let texts = try Self.udTexts()
        #expect(texts.count == 238)
        for (name, text) in texts { try Self.check(name, text) }
    }

    static func check(_ name: String, _ text: String) throws {
        let document = try Fixture.segmented(text)
        let scalars = Array(text.unicodeScalars)
        let tokens = document.tokens!, sentences = document.sentences!
        var covered = [Bool](repeating: false, count: scalars.count)
        var previousEnd = 0
        var sentence = 0
        for token in tokens {
            #expect(token.start >= previousEnd && token.end > token.start, "\(name): token \(token.span) out of order")
            previousEnd = token.end
            #expect(String(document[token.span]) == Fixture.scalars(scalars, token.start, token.end), "\(name): token \(token.span)")
            for i in token.start..<token.end { covered[i] = true }
            while sentence < sentences.count && sentences[sentence].end <= token.start { sentence += 1 }
            #expect(sentence < sentences.count && sentences[sentence].contains(token.span), "\(name): token \(token.span) in no sentence")
        }
        for (i, scalar) in scalars.enumerated() where !covered[i] {
            #expect(scalar.properties.isWhitespace, "\(name): scalar \(i) in no token")
        }
        for s in sentences {
            #expect(String(document[s]) == Fixture.scalars(scalars, s.start, s.end), "\(name): sentence \(s)")
        }
    }
}
