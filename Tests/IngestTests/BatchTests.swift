import Foundation
import Testing

@Suite(.serialized) struct BatchTests {
    /// A folder with good files among a binary file, an empty file, an unreadable file and
    /// a file that is not text in any charset.
    static func mixedCorpus() throws -> Scratch {
        let s = try Scratch()
        for i in 0..<6 { try s.file("corpus/\(i % 2 == 0 ? "a" : "b")/doc\(i).txt", SampleText.article(i)) }
        try s.file("corpus/empty.txt", [])
        try s.file("corpus/binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x3E])
        try s.file("corpus/garbage.txt", (0..<400).map { UInt8(truncatingIfNeeded: $0 &* 7919 % 251) | 0x80 } + [0x01, 0x02, 0x03, 0x04])
        try FileManager.default.createSymbolicLink(atPath: s.path + "/corpus/unreadable.txt", withDestinationPath: "nowhere.txt")
        if geteuid() != 0 {
            try s.file("corpus/forbidden.txt", "texte")
            chmod(s.path + "/corpus/forbidden.txt", 0)
        }
        try s.file("corpus/notes.md", "not a .txt: ignored")
        #expect(mkfifo(s.path + "/corpus/fifo.txt", 0o644) == 0)  // would block a naive reader
        return s
    }

    @Test func badFilesNeverStopTheBatch() throws {
        let s = try Self.mixedCorpus()
        let r = try IngestBinary.run(["corpus", "--output", "out", "--jobs", "2"], in: s.url)
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        for bad in ["corpus/binary.txt", "corpus/garbage.txt", "corpus/unreadable.txt", "corpus/fifo.txt"] {
            #expect(r.stderr.contains("ingest: error: \(bad):"), "stderr names \(bad)")
        }
        let outputs = s.tree("out")
        for good in ["a/doc0", "b/doc1", "a/doc2", "b/doc3", "a/doc4", "b/doc5", "empty"] {
            let data = try #require(outputs[good + ".json"], "output for \(good)")
            let record = try #require(jsonObject(data))
            #expect(record["schema"] as? String == "gazette/1")
        }
        let empty = try #require(jsonObject(outputs["empty.json"]!))
        #expect((empty["document"] as? [String: Any])?["length"] as? Int == 0)
        #expect(outputs.keys.filter { $0.hasSuffix(".json") }.count == 7)
        let manifest = manifestLines(s)
        let inputs = manifest.compactMap { $0["input"] as? String }
        let expected = ["a/doc0.txt", "a/doc2.txt", "a/doc4.txt", "b/doc1.txt", "b/doc3.txt", "b/doc5.txt", "binary.txt",
                        "empty.txt", "fifo.txt", "garbage.txt", "unreadable.txt"] + (geteuid() != 0 ? ["forbidden.txt"] : [])
        #expect(inputs == expected.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        for line in manifest {
            let failed = ["binary.txt", "garbage.txt", "unreadable.txt", "forbidden.txt", "fifo.txt"].contains(line["input"] as! String)
            #expect(line["status"] as? String == (failed ? "failed" : "ok"))
            #expect((line["error"] is NSNull) != failed)
            #expect((line["pipeline"] as? [String: Any])?["name"] as? String == "fr-news")
        }
        #expect(!outputs.keys.contains { $0.contains(".gazette-tmp-") })
    }

    @Test func rerunSkipsUpToDateOutputsAndRetriesFailures() throws {
        let s = try Self.mixedCorpus()
        _ = try IngestBinary.run(["corpus", "--output", "out"], in: s.url)
        let first = s.tree("out")
        try s.file("corpus/binary.txt", "Maintenant c'est du texte.")
        try s.file("corpus/a/doc0.txt", SampleText.article(100))
        let r = try IngestBinary.run(["corpus", "--output", "out", "-v"], in: s.url)
        #expect(r.status == 1)  // garbage and unreadable still fail
        #expect(r.stderr.contains("2 processed, 6 up to date, 3 failed"))
        #expect(r.stderr.contains("corpus/a/doc2.txt: up to date"))
        #expect(r.stderr.contains("corpus/a/doc0.txt: ok"))
        let second = s.tree("out")
        #expect(second["binary.json"] != nil)
        #expect(second["a/doc2.json"] == first["a/doc2.json"])
        #expect(second["a/doc0.json"] != first["a/doc0.json"])
        // Redone inputs were appended after the kept ones: the manifest is rewritten, one line
        // per input, sorted.
        let inputs = manifestLines(s).compactMap { $0["input"] as? String }
        #expect(inputs.count == Set(inputs).count)
        #expect(inputs == inputs.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        // A different pipeline option invalidates every output.
        let r3 = try IngestBinary.run(["corpus", "--output", "out", "--include", "tokens"], in: s.url)
        #expect(r3.status == 1)
        #expect(r3.stderr.contains(" 0 up to date"))
    }

    @Test func killedBatchResumesCompleteWithoutDuplicates() throws {
        let s = try Scratch()
        let count = 400
        for i in 0..<count { try s.file("corpus/\(i / 100)/doc\(i).txt", String(repeating: SampleText.article(i), count: 20)) }
        // Reference: a complete run in another folder.
        let reference = try IngestBinary.run(["corpus", "--output", "reference", "--jobs", "2"], in: s.url)
        #expect(reference.status == 0)
        let process = try IngestBinary.start(["corpus", "--output", "out", "--jobs", "2"], in: s.url, discardOutput: true)
        var written = 0
        for _ in 0..<20_000 where process.isRunning {
            written = (try? FileManager.default.subpathsOfDirectory(atPath: s.path + "/out"))?.filter { $0.hasSuffix(".json") }.count ?? 0
            if written >= 20 { break }
            usleep(2_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the batch was killed before it finished")
        let partial = s.tree("out").keys.filter { $0.hasSuffix(".json") }.count
        #expect(partial < count)
        let rerun = try IngestBinary.run(["corpus", "--output", "out", "--jobs", "2", "-v"], in: s.url)
        #expect(rerun.status == 0)
        #expect(rerun.stderr.contains("up to date"))
        let out = s.tree("out"), ref = s.tree("reference")
        #expect(out.keys.filter { $0.hasSuffix(".json") }.count == count)
        for (name, data) in ref where name.hasSuffix(".json") {
            #expect(out[name] == data, "\(name) is identical to a complete run")
        }
        #expect(out["manifest.jsonl"] == ref["manifest.jsonl"])
        #expect(!out.keys.contains { $0.contains(".gazette-tmp-") })
        let inputs = manifestLines(s).compactMap { $0["input"] as? String }
        #expect(inputs.count == count && Set(inputs).count == count)
    }

    @Test func outputIsIdenticalWithOneOrManyWorkers() throws {
        let s = try Self.mixedCorpus()
        for i in 0..<30 { try s.file("corpus/c/x\(i).txt", String(repeating: SampleText.article(i), count: i % 5 + 1)) }
        let one = try IngestBinary.run(["corpus", "--jobs", "1", "--include", "tokens,sentences"], in: s.url)
        let many = try IngestBinary.run(["corpus", "--jobs", "8", "--include", "tokens,sentences"], in: s.url)
        #expect(one.status == 1 && many.status == 1)
        #expect(one.stdout == many.stdout)
        #expect(one.stdoutLines.count == 37)  // 6 + empty + 30; binary, garbage, link, fifo fail
        let sources = one.stdoutLines.compactMap { (jsonObject(Data($0.utf8))?["document"] as? [String: Any])?["source"] as? String }
        #expect(sources == sources.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        _ = try IngestBinary.run(["corpus", "--jobs", "1", "--output", "out1"], in: s.url)
        _ = try IngestBinary.run(["corpus", "--jobs", "8", "--output", "out8"], in: s.url)
        #expect(s.tree("out1").filter { $0.key != ".gazette.lock" } == s.tree("out8").filter { $0.key != ".gazette.lock" })
    }

    @Test func outputNamesNeverLeaveTheOutputFolder() throws {
        let s = try Scratch()
        try s.file("corpus/ok.txt", "Un texte.")
        try s.file("corpus/a\nb.txt", "Un texte.")
        try s.file("corpus/%41.txt", "Un texte.")
        try s.file("corpus/sub/inside.txt", "Un texte.")
        // A file name that is not UTF-8.
        let odd = s.path + "/corpus/caf\u{E9}"
        _ = odd
        let raw = Array((s.path + "/corpus/").utf8) + [0x63, 0x61, 0x66, 0xE9, 0x2E, 0x74, 0x78, 0x74, 0]
        let fd = raw.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(fd >= 0)
        _ = write(fd, "Du texte.", 9)
        close(fd)
        // A link planted in the output folder must not redirect writes.
        try FileManager.default.createDirectory(atPath: s.path + "/elsewhere", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: s.path + "/out", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: s.path + "/out/sub", withDestinationPath: s.path + "/elsewhere")
        let r = try IngestBinary.run(["corpus", "--output", "out"], in: s.url)
        #expect(r.status == 1)
        #expect(r.stderr.contains("sub/inside.json"))
        #expect(s.tree("elsewhere").isEmpty)
        let names = Set(s.tree("out").keys)
        #expect(names.isSuperset(of: ["ok.json", "a%0Ab.json", "%2541.json", "caf%E9.json", "manifest.jsonl"]))
        #expect(!names.contains("sub/inside.json"))
    }

    @Test func symlinkLoopsAreReported() throws {
        let s = try Scratch()
        try s.file("corpus/a/doc.txt", "Un texte.")
        try FileManager.default.createSymbolicLink(atPath: s.path + "/corpus/a/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: s.path + "/corpus/self.txt", withDestinationPath: "self.txt")
        let r = try IngestBinary.run(["corpus", "--output", "out"], in: s.url)
        #expect(r.status == 1)
        #expect(r.stderr.contains("corpus/a/up: cannot read: symbolic link loop"))
        #expect(r.stderr.contains("corpus/self.txt: cannot read: symbolic link loop"))
        #expect(s.read("out/a/doc.json") != nil)
    }

    @Test func folderWithoutOutputPrintsJSONLinesInSortedOrder() throws {
        let s = try Scratch()
        for name in ["b.txt", "a/z.txt", "a-c/y.txt", "c.txt"] { try s.file("corpus/" + name, "Texte \(name).") }
        let r = try IngestBinary.run(["corpus"], in: s.url)
        #expect(r.status == 0)
        let ids = r.stdoutLines.compactMap { (jsonObject(Data($0.utf8))?["document"] as? [String: Any])?["source"] as? String }
        #expect(ids == ["corpus/a-c/y.txt", "corpus/a/z.txt", "corpus/b.txt", "corpus/c.txt"])
        #expect(r.stderr.isEmpty)
    }
}
