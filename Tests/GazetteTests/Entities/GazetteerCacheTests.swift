import Foundation
import Testing
@testable import Gazette

@Suite struct GazetteerCacheTests {
    func temporaryDirectory() -> String {
        let dir = NSTemporaryDirectory() + "gazette-cache-test-\(UUID().uuidString)"
        return dir
    }

    @Test func roundTrip() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cache = GazetteerCache(directory: dir + "/nested")
        let sources = [GazetteerSource(name: "f.tsv", format: .tsv, bytes: Array(fixtureGazetteer.utf8))]
        let key = CompiledGazetteer.cacheKey(sources: sources, rules: .french)
        #expect(cache.load(key: key) == nil)
        let built = try CompiledGazetteer.load(sources: sources, rules: .french, cache: cache)
        let loaded = try #require(cache.load(key: key))
        #expect(loaded.entryCount == built.entryCount && loaded.formCount == built.formCount && loaded.nodeCount == built.nodeCount)
        #expect(loaded.byteSize == built.byteSize)
        // The prefix filter is stored, not rebuilt: the same bits.
        #expect(loaded.prefixFilter.isEnabled && loaded.prefixFilter.words == built.prefixFilter.words)
        #expect(built.prefixFilter.words == TriePrefixFilter(nodes: built.nodes).words)
        for e in 0..<built.entryCount {
            #expect(loaded.id(ofEntry: e) == built.id(ofEntry: e))
            #expect(loaded.name(ofEntry: e) == built.name(ofEntry: e))
            #expect(loaded.wikidata(ofEntry: e) == built.wikidata(ofEntry: e))
            #expect(loaded.type(ofEntry: e) == built.type(ofEntry: e))
        }
        // Same mentions either way.
        var document = Document(id: "t", text: "Le Nouveau Front populaire et Jean-Luc Mélenchon à Tours. Mélenchon.")
        try Segmenter(rules: .french).process(&document)
        let a = EntityRecognizer(gazetteer: built, rules: .french).mentions(text: document.text, tokens: document.tokens!)
        let b = EntityRecognizer(gazetteer: loaded, rules: .french).mentions(text: document.text, tokens: document.tokens!)
        #expect(a == b && a.count == 4)
    }

    @Test func keyDependsOnContent() {
        let a = [GazetteerSource(name: "a", format: .tsv, bytes: Array("x\tPER\tA B\n".utf8))]
        let b = [GazetteerSource(name: "a", format: .tsv, bytes: Array("x\tPER\tA C\n".utf8))]
        #expect(CompiledGazetteer.cacheKey(sources: a, rules: .french) != CompiledGazetteer.cacheKey(sources: b, rules: .french))
        #expect(CompiledGazetteer.cacheKey(sources: a, rules: .french) == CompiledGazetteer.cacheKey(sources: a, rules: .french))
    }

    @Test func damagedFileMisses() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data("GZTRIE01garbage".utf8).write(to: URL(fileURLWithPath: dir + "/k.gztrie"))
        #expect(GazetteerCache(directory: dir).load(key: "k") == nil)
    }

    @Test func unwritableDirectoryFallsBack() throws {
        let cache = GazetteerCache(directory: "/proc/gazette-cannot-write")
        let sources = [GazetteerSource(name: "f.tsv", format: .tsv, bytes: Array("x\tORG\tExample\n".utf8))]
        let compiled = try CompiledGazetteer.load(sources: sources, rules: .french, cache: cache)
        #expect(compiled.entryCount == 1)
    }

    @Test(arguments: [
        (["XDG_CACHE_HOME": "/x", "HOME": "/h"], "/x/gazette"),
        (["XDG_CACHE_HOME": "relative", "HOME": "/h"], "/h/.cache/gazette"),
        (["HOME": "/h"], "/h/.cache/gazette"),
        ([:], nil),
    ] as [([String: String], String?)])
    func defaultDirectory(environment: [String: String], expected: String?) {
        #expect(GazetteerCache.defaultDirectory(environment: environment) == expected)
    }
}
