import Foundation
import Testing

/// End-to-end runs of the built `ingest` binary with gazetteer options.
@Suite struct GazetteerOptionsTests {
    func entities(_ record: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any])
        return try #require(object["entities"] as? [[String: Any]])
    }

    func stream(_ arguments: [String], _ line: String, environment: [String: String]? = nil) throws -> IngestBinary.Result {
        try IngestBinary.run(["--stream"] + arguments, input: Data(line.utf8), environment: environment)
    }

    @Test func userGazetteerWithoutDefaults() throws {
        let scratch = try Scratch()
        let gazetteer = try scratch.file("g.tsv", Array("zorglub\tORG\tZorglub Industries\tZorglub\twikidata=Q1\n".utf8)).path
        let r = try stream(["--no-default-gazetteers", "--gazetteer", gazetteer],
                           #"{"id":"a","text":"Zorglub Industries à Paris, puis Zorglub."}"# + "\n")
        #expect(r.status == 0)
        let e = try entities(r.stdoutText)
        #expect(e.map { $0["text"] as? String } == ["Zorglub Industries", "Zorglub"])
        #expect(e.first?["wikidata"] as? String == "Q1" && e.first?["match"] as? String == "exact")
        #expect(e.first.map { Array($0.keys).sorted() } == ["end", "id", "match", "name", "start", "text", "type", "wikidata"])
    }

    @Test func userGazetteerAddsToDefaults() throws {
        let scratch = try Scratch()
        let line = #"{"label": "ORG", "pattern": "Zorglub Industries", "id": "zorglub"}"# + "\n"
        let gazetteer = try scratch.file("g.jsonl", Array(line.utf8)).path
        let r = try stream(["--gazetteer", gazetteer], #"{"id":"a","text":"Zorglub Industries en Allemagne."}"# + "\n")
        #expect(r.status == 0)
        let e = try entities(r.stdoutText)
        #expect(e.map { $0["id"] as? String } == ["zorglub", "iso3166:DE"])
        #expect(e.last?["wikidata"] as? String == "Q183")
    }

    @Test func malformedGazetteerNamesFileAndLine() throws {
        let scratch = try Scratch()
        let gazetteer = try scratch.file("bad.tsv", Array("#id\ttype\tname\nok\tORG\tA\nbad\tNOPE\tB\n".utf8)).path
        let r = try stream(["--gazetteer", gazetteer], "")
        #expect(r.status != 0)
        #expect(r.stderr.contains("bad.tsv:3: unknown type"))
    }

    @Test func emptyEnvironmentStillWorks() throws {
        let r = try stream([], #"{"id":"a","text":"Emmanuel Macron à Lyon."}"# + "\n", environment: [:])
        #expect(r.status == 0)
        #expect(try entities(r.stdoutText).map { $0["type"] as? String } == ["PER", "LOC"])
    }
}
