import Testing
@testable import Gazette

@Suite struct GazetteerLoaderTests {
    @Test func readsEntriesWithAliasesAndOptions() throws {
        let tsv = "# comment\n\nsam\tPER\tSam Example\tSam E.|S. Example\twikidata=Q42\tcase=insensitive\nx\tPRODUCT\tX\r\n"
        let entries = try TSVGazetteerLoader.entries(in: tsv, file: "a.tsv")
        #expect(entries == [
            GazetteerEntry(id: "sam", type: .person, name: "Sam Example", aliases: ["Sam E.", "S. Example"],
                           wikidata: "Q42", casePolicy: .insensitive),
            GazetteerEntry(id: "x", type: .product, name: "X"),
        ])
    }

    @Test func optionsWithoutAliasColumn() throws {
        let entries = try TSVGazetteerLoader.entries(in: "a\tORG\tAcme\twikidata=Q7\tcase=sensitive\n", file: "a.tsv")
        #expect(entries == [GazetteerEntry(id: "a", type: .organization, name: "Acme", wikidata: "Q7", casePolicy: .sensitive)])
    }

    @Test(arguments: [
        ("ok\tPER\tA\n\nbad\tPER\n", 3, "at least 3"),
        ("a\tPERSONNE\tA\n", 1, "unknown type"),
        ("#h\n\tPER\tA\n", 2, "empty id"),
        ("a\tPER\t \n", 1, "empty name"),
        ("a\tPER\tA\t\twikidata=42\n", 1, "wikidata"),
        ("a\tPER\tA\t\tcase=maybe\n", 1, "case must be"),
        ("a\tPER\tA\t\tnovalue\n", 1, "key=value"),
    ])
    func malformedLineNamesFileAndLine(tsv: String, line: Int, reason: String) {
        #expect {
            _ = try TSVGazetteerLoader.entries(in: tsv, file: "people.tsv")
        } throws: { error in
            guard case let .malformed(file, l, r) = error as? GazetteerError else { return false }
            return file == "people.tsv" && l == line && r.contains(reason)
                && (error as! GazetteerError).description.hasPrefix("people.tsv:\(line): ")
        }
    }

    @Test func invalidUTF8IsAnError() {
        var bytes = Array("a\tPER\t".utf8)
        bytes += [0xFF, 0x0A]
        let source = GazetteerSource(name: "bin.tsv", format: .tsv, bytes: bytes)
        #expect(throws: GazetteerError.malformed(file: "bin.tsv", line: 1, reason: "not valid UTF-8")) {
            try source.forEachEntry { _ in }
        }
    }

    @Test func readsEntityRulerPatterns() throws {
        let jsonl = """
        {"label": "ORG", "pattern": "OpenAI", "id": "openai"}
        {"label": "ORG", "pattern": "Open AI", "id": "openai"}
        {"label": "PERSON", "pattern": "Ada Lovelace"}
        {"label": "GPE", "pattern": "Lyon", "id": "lyon"}
        """
        var entries: [GazetteerEntry] = []
        try GazetteerSource(name: "p.jsonl", format: .entityRuler, bytes: Array(jsonl.utf8)).forEachEntry { entries.append($0) }
        #expect(entries.map(\.id) == ["openai", "openai", "PERSON:Ada Lovelace", "lyon"])
        #expect(entries.map(\.type) == [.organization, .organization, .person, .location])
        // Lines sharing an id become one entry with aliases once compiled.
        var compiler = GazetteerCompiler(rules: .french)
        for e in entries { compiler.add(e) }
        let compiled = compiler.compile()
        #expect(compiled.entryCount == 3)
        #expect(compiled.forms(folded: TextFolder.shared.fold("open ai")).map { compiled.id(ofEntry: compiled.entry(ofForm: $0)) } == ["openai"])
    }

    @Test(arguments: [
        ("{\"label\": \"ORG\", \"pattern\": [{\"LOWER\": \"openai\"}]}", "token patterns"),
        ("{\"pattern\": \"OpenAI\"}", "label"),
        ("not json", "not a JSON object"),
        ("{\"label\": \"ORG\"}", "pattern"),
    ])
    func malformedPatternLine(line: String, reason: String) {
        let source = GazetteerSource(name: "p.jsonl", format: .entityRuler, bytes: Array("{\"label\": \"ORG\", \"pattern\": \"A\"}\n\(line)\n".utf8))
        #expect {
            try source.forEachEntry { _ in }
        } throws: { error in
            guard case let .malformed(file, l, r) = error as? GazetteerError else { return false }
            return file == "p.jsonl" && l == 2 && r.contains(reason)
        }
    }

    @Test func missingFileIsUnreadable() {
        #expect(throws: GazetteerError.unreadable(file: "/nonexistent/g.tsv", reason: "no such file")) {
            _ = try GazetteerSource(contentsOf: "/nonexistent/g.tsv")
        }
    }
}
