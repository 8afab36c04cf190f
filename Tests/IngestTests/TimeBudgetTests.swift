import Foundation
import Testing

/// `--timeout`: a document over its time budget fails with an error naming it; the others go on.
/// The slow document is 3 MB, several seconds of work in a debug build; the budget is 1 s; the
/// quick one is a sentence: both far from the limit, so the outcome does not depend on the load.
@Suite(.serialized) struct TimeBudgetTests {
    static let slowText = String(repeating: "Le conseil municipal s'est réuni mardi à Lyon avec M. Durand.\n", count: 48_000)

    @Test func aDocumentOverBudgetFailsAndTheBatchGoesOn() throws {
        let s = try Scratch()
        try s.file("in/a-slow.txt", Self.slowText)
        try s.file("in/b-quick.txt", "Bonjour tout le monde.")
        let r = try GuardedRun.run(["in", "--output", "out", "--timeout", "1", "--jobs", "1"], in: s.url)
        #expect(r.status == 1)
        #expect(r.stderr.contains("ingest: error: in/a-slow.txt: over the time budget of 1.0 s per document"))
        let manifest = manifestLines(s)
        #expect(manifest.map { $0["input"] as? String } == ["a-slow.txt", "b-quick.txt"])
        #expect(manifest.map { $0["status"] as? String } == ["failed", "ok"])
        #expect(s.read("out/a-slow.json") == nil)
        #expect(s.read("out/b-quick.json") != nil)
        #expect(!s.tree("out").keys.contains { $0.contains(".gazette-tmp-") })
    }

    @Test func aStreamLineOverBudgetGetsAnErrorRecord() throws {
        let s = try Scratch()
        let text = Self.slowText.replacingOccurrences(of: "\n", with: "\\n")
        try s.file("in.jsonl", #"{"id":"slow","text":"\#(text)"}"# + "\n" + #"{"id":"quick","text":"Bonjour."}"# + "\n")
        let r = try GuardedRun.run(["--stream", "--timeout", "1"], in: s.url, stdinFile: s.url.appendingPathComponent("in.jsonl"))
        #expect(r.status == 0)
        let records = r.stdoutLines.map { jsonObject(Data($0.utf8)) ?? [:] }
        #expect(records.count == 2)
        let message = (records.first?["error"] as? [String: Any])?["message"] as? String
        #expect(message?.contains("slow: over the time budget of 1.0 s per document") == true, "\(message ?? "")")
        #expect((records.last?["document"] as? [String: Any])?["id"] as? String == "quick")
        #expect(records.last?["error"] == nil)
    }

    @Test(arguments: ["-1", "nan", "inf", "soon"])
    func aBadTimeoutIsAUsageError(_ value: String) throws {
        let s = try Scratch()
        try s.file("doc.txt", "Bonjour.")
        let r = try GuardedRun.run(["doc.txt", "--timeout", value], in: s.url)
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
    }
}
