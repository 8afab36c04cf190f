import Foundation
import Testing

@Suite struct PipelineOptionTests {
    static let cases: [(String, String)] = [
        ("version: 1\nname: t\nlanguage: fr\nstages:\n  - name: tokenizer\n    version: 1\n", "p.yaml:5:11: stages[0].name: unknown stage 'tokenizer'"),
        ("version: 1\nname: t\nlanguage: fr\nstages:\n  - name: segmenter\n    version: 9\n", "p.yaml:6:14: stages[0].version: unsupported version '9' of stage segmenter"),
        ("version: 1\nname: t\nlanguage: fr\nstages:\n  - name: segmenter\n    version: 1\n    options: {colour: red}\n", "p.yaml:7:15: stages[0].options.colour: unknown option 'colour' for stage segmenter"),
        ("version: 7\nname: t\nlanguage: fr\nstages: []\n", "p.yaml:1:10: version: unsupported pipeline file version '7'"),
    ]

    @Test(arguments: cases)
    func badPipelineFileFailsBeforeAnyDocumentIsRead(yaml: String, message: String) throws {
        let s = try Scratch()
        try s.file("p.yaml", yaml)
        try s.file("doc.txt", "Un texte.")
        let r = try IngestBinary.run(["--pipeline", "p.yaml", "doc.txt"], in: s.url)
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("ingest: error: pipeline: " + message), "\(r.stderr)")
        #expect(!r.stderr.contains("doc.txt"))
    }

    @Test func missingPipelineFile() throws {
        let r = try IngestBinary.run(["--pipeline", "/nonexistent/p.yaml", "--stream"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("ingest: error: pipeline: /nonexistent/p.yaml: no such file"))
    }

    @Test func pipelineFileIsUsedAndBuiltInWorksFromAnyFolder() throws {
        let s = try Scratch()
        try s.file("p.yaml", "version: 1\nname: mine\nlanguage: fr\nstages:\n  - {name: segmenter, version: 1}\n")
        try s.file("doc.txt", "Un texte. Deux phrases.")
        let mine = try IngestBinary.run(["--pipeline", "p.yaml", "doc.txt", "--output", "out"], in: s.url)
        #expect(mine.status == 0)
        #expect(manifestLines(s).first.flatMap { ($0["pipeline"] as? [String: Any])?["name"] as? String } == "mine")
        let builtIn = try IngestBinary.run(["doc.txt"], in: s.url)
        #expect(builtIn.status == 0)
        #expect(jsonObject(builtIn.stdout)?["schema"] as? String == "gazette/1")
    }

    @Test func listStages() throws {
        let r = try IngestBinary.run(["--list-stages"])
        #expect(r.status == 0)
        #expect(r.stdoutText.contains("segmenter (versions: 1)"))
        #expect(r.stdoutText.contains("language: a string, default fr"))
    }
}
