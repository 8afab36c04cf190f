import Testing
@testable import Gazette

/// Long gazetteer names cannot make the entity stage run away: the matcher calls its
/// deadline check while it walks, and a person's name yields only the parts the scan can meet.
@Suite struct EntityWorkBoundsTests {
    /// A form of 301 tokens, and a text that repeats its prefix without completing it: every
    /// start walks hundreds of tokens.
    static let longForm = Array(repeating: "Ab", count: 300).joined(separator: " ") + " Zz"

    @Test func theMatcherChecksWhileWalking() throws {
        let source = GazetteerSource(name: "long.tsv", format: .tsv, bytes: Array("long\tORG\t\(Self.longForm)\n".utf8))
        let stage = try EntityRecognizer.french(extra: [source], includeDefaults: false)
        var document = Document(id: "t", text: Array(repeating: "Ab", count: 9_000).joined(separator: " "))
        try Segmenter().process(&document)
        let tokens = document.tokens!
        var calls = 0
        let found = stage.mentions(text: document.text, tokens: tokens, view: FoldedTokens(text: document.text, tokens: tokens)) { calls += 1 }
        #expect(found.isEmpty)
        #expect(calls == 2 + tokens.count / GazetteerMatcher.checkStride)  // between passes, plus every 4,096 starts

        struct Stop: Error {}
        var reached = 0
        #expect(throws: Stop.self) {
            _ = try stage.mentions(text: document.text, tokens: tokens, view: FoldedTokens(text: document.text, tokens: tokens)) {
                reached += 1
                if reached == 2 { throw Stop() }  // the first check inside the matching pass
            }
        }
        #expect(reached == 2)
    }

    @Test func aPassedDeadlineStopsTheEntityStage() throws {
        let stage = try EntityRecognizer.french(extra: [], includeDefaults: false)
        var document = Document(id: "t", text: "Bonjour.", source: "a.txt")
        try Segmenter().process(&document)
        document.deadline = Deadline(seconds: 1, from: 0)
        #expect(throws: GazetteError.timedOut(file: "a.txt", stage: "entities@1", seconds: 1)) { try stage.process(&document) }
        #expect(document.entities == nil)
    }

    /// A name of W words gave all its W − 2 tails as parts, O(W²) bytes per mention.
    @Test func aLongPersonNameYieldsOnlyPartsOfAFewWords() {
        let resolver = PartialNameResolver(rules: .french)
        let words = (0..<3_000).map { "Nom\($0)" }
        let keys = resolver.partKeys(of: words.joined(separator: " "))
        #expect(keys.count <= words.count + PartialNameResolver.maxPartTokens)
        #expect(keys.allSatisfy { $0.split(separator: 0x20).count <= PartialNameResolver.maxPartTokens })
        // Short names keep every tail.
        #expect(resolver.partKeys(of: "Charles André Joseph Marie de Gaulle").contains(Array("marie de gaulle".utf8)))
    }
}
