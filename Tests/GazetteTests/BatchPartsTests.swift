import Foundation
import Testing
@testable import Gazette

@Suite struct OutputNameTests {
    static let cases: [([UInt8], String)] = [
        (Array("article.txt".utf8), "article.txt"),
        (Array("été à Paris.txt".utf8), "été à Paris.txt"),
        (Array("a/b".utf8), "a%2Fb"),
        (Array("..".utf8), ".."),
        (Array("50%.txt".utf8), "50%25.txt"),
        (Array("a\nb\tc".utf8), "a%0Ab%09c"),
        ([0x63, 0x61, 0x66, 0xE9], "caf%E9"),
        ([0xC3], "%C3"),
        (Array("x\u{202E}y".utf8), "x%E2%80%AEy"),
        (Array("back\\slash".utf8), "back%5Cslash"),
        (Array("日本.txt".utf8), "日本.txt"),
    ]

    @Test(arguments: cases)
    func escapesWhatIsNotSafe(raw: [UInt8], escaped: String) {
        #expect(OutputName.escape(component: raw) == escaped)
        #expect(!OutputName.escape(component: raw).contains("/"))
    }

    @Test func distinctNamesStayDistinct() {
        let names: [[UInt8]] = [Array("%41".utf8), Array("A".utf8), [0x41], Array("%2541".utf8), [0xE9], Array("é".utf8)]
        let escaped = names.map(OutputName.escape(component:))
        #expect(Set(escaped).count == Set(names).count)
    }

    @Test func outputNames() {
        #expect(OutputName.outputName(forInput: "a/b.txt") == "a/b.json")
        #expect(OutputName.outputName(forInput: "notes") == "notes.json")
    }
}

@Suite struct ManifestTests {
    static func entry(_ input: String, _ status: ManifestEntry.Status = .ok) -> ManifestEntry {
        ManifestEntry(input: input, output: status == .ok ? OutputName.outputName(forInput: input) : nil,
                      outputBytes: status == .ok ? 10 : nil, sha256: String(repeating: "a", count: 64), status: status,
                      error: status == .ok ? nil : "\(input): broken \"quoted\"", counts: ["tokens": 3, "events": 0],
                      fingerprint: String(repeating: "f", count: 64), pipelineName: "fr-news", stages: ["segmenter@1"])
    }

    @Test func linesRoundTrip() {
        for e in [Self.entry("a.txt"), Self.entry("b/ü.txt", .failed)] {
            #expect(e.line.last == 0x0A)
            #expect(ManifestEntry(line: e.line.dropLast()) == e)
        }
    }

    @Test func tornAndDuplicateLinesAreResolved() {
        var bytes = Self.entry("b.txt", .failed).line + Self.entry("a.txt").line + Self.entry("b.txt").line
        let torn = Self.entry("c.txt").line
        bytes += torn.prefix(torn.count / 2)
        let entries = Manifest.entries(in: bytes)
        #expect(entries.keys.sorted() == ["a.txt", "b.txt"])
        #expect(entries["b.txt"]?.status == .ok)
        let rewritten = Manifest.contents(of: entries.values)
        #expect(rewritten == Self.entry("a.txt").line + Self.entry("b.txt").line)
    }

    @Test func okLinesAreTheLastOfEachInputSortedWithoutTheFailed() {
        // `b` failed last, `c` succeeded last, `d`'s line lost its newline, a torn line.
        let lines = [Self.entry("c.txt", .failed), Self.entry("b.txt"), Self.entry("a.txt"), Self.entry("b.txt", .failed),
                     Self.entry("c.txt")].map(\.line)
        let torn = Self.entry("e.txt").line
        let bytes = lines.joined() + torn.prefix(torn.count / 2) + [0x0A] + Self.entry("d.txt").line.dropLast()
        let found = Manifest.okLines(in: Array(bytes))
        #expect(found.map(\.input) == ["a.txt", "c.txt", "d.txt"])
        for (input, range) in found {
            #expect(Array(bytes[range]) == Array(Self.entry(input).line.dropLast()))
        }
    }
}

@Suite struct OutputFolderTests {
    @Test func writesAtomicallyAndRefusesNamesThatLeave() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-of-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let folder = try OutputFolder(path: dir)
        try folder.write(Array("{}\n".utf8), to: "a/b/c.json")
        #expect(FileManager.default.contents(atPath: dir + "/a/b/c.json") == Data("{}\n".utf8))
        #expect(folder.size(of: "a/b/c.json") == 3)
        for bad in ["../x.json", "a/../../x.json", "/etc/x.json", "a//b.json", "", "."] {
            #expect(throws: OutputFolder.Failure.self) { try folder.write([1], to: bad) }
        }
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: dir).filter { $0.contains(".gazette-tmp-") }
        #expect(leftovers.isEmpty)
        // A second batch cannot take the same folder while the first holds it.
        #expect(throws: OutputFolder.Failure.self) { _ = try OutputFolder(path: dir) }
    }

    @Test func writesWhatAProducerEmitsOrKeepsTheOldFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-of-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let folder = try OutputFolder(path: dir)
        try folder.write(to: "m.jsonl") { (emit) throws(OutputFolder.Failure) in
            for piece in ["one\n", "", "two\n"] { try OutputFolder.emit(Array(piece.utf8), to: emit) }
        }
        #expect(FileManager.default.contents(atPath: dir + "/m.jsonl") == Data("one\ntwo\n".utf8))
        // A producer that fails part-way leaves the old file and no temporary.
        #expect(throws: OutputFolder.Failure.self) {
            try folder.write(to: "m.jsonl") { (emit) throws(OutputFolder.Failure) in
                try OutputFolder.emit(Array("three\n".utf8), to: emit)
                throw OutputFolder.Failure(description: "stopped")
            }
        }
        #expect(FileManager.default.contents(atPath: dir + "/m.jsonl") == Data("one\ntwo\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".gazette-tmp-") }.isEmpty)
    }

    /// Both ways of writing a record for a later sync: unnamed files (Linux) and temporaries.
    @Test(arguments: [true, false]) func recordsSyncedLaterAppearWholeAtTheGroupSync(unnamed: Bool) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-of-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let folder = try OutputFolder(path: dir, unnamedFiles: unnamed)
        try folder.write(Array("{\"a\":1}\n".utf8), to: "sub/a.json", syncLater: true)
        // Not in place before the group sync: only its temporary exists.
        #expect(folder.size(of: "sub/a.json") == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/sub").allSatisfy { $0.hasPrefix(".gazette-tmp-") })
        try folder.flush()
        #expect(FileManager.default.contents(atPath: dir + "/sub/a.json") == Data("{\"a\":1}\n".utf8))
        // The pending limit starts the group sync by itself, in the background.
        for k in 0..<OutputFolder.pendingLimit {
            try folder.write(Array("\(k)\n".utf8), to: "many/\(k).json", syncLater: true)
        }
        try folder.waitForGroupSyncs()
        let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/many")
        #expect(names.count == OutputFolder.pendingLimit && names.allSatisfy { $0.hasSuffix(".json") })
        #expect(try FileManager.default.subpathsOfDirectory(atPath: dir).filter { $0.contains(".gazette-tmp-") }.isEmpty)
    }

    @Test(arguments: [true, false]) func recordsSyncedLaterReplaceEarlierOutputs(unnamed: Bool) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-of-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let folder = try OutputFolder(path: dir, unnamedFiles: unnamed)
        try folder.write(Array("old\n".utf8), to: "sub/a.json")
        try folder.write(Array("new, longer\n".utf8), to: "sub/a.json", syncLater: true)
        #expect(FileManager.default.contents(atPath: dir + "/sub/a.json") == Data("old\n".utf8))
        try folder.flush()
        #expect(FileManager.default.contents(atPath: dir + "/sub/a.json") == Data("new, longer\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/sub") == ["a.json"])
    }

    /// Group commits run in submission order on their own thread; a failure is reported once
    /// (by the next submit, or here by finish), and later groups are still committed.
    @Test func backgroundCommitsKeepOrderAndReportAFailureOnce() throws {
        final class Log: @unchecked Sendable {
            let lock = NSLock()
            var names: [String] = []
            func add(_ name: String) { lock.lock(); names.append(name); lock.unlock() }
        }
        let log = Log()
        let commits = BackgroundCommits { (group: [OutputFolder.Pending]) throws(OutputFolder.Failure) in
            log.add(group[0].name)
            if group[0].name == "bad" { throw OutputFolder.Failure(description: "cannot sync bad") }
        }
        func group(_ name: String) -> [OutputFolder.Pending] {
            [OutputFolder.Pending(dir: -1, file: -1, temporary: "", final: "", name: name)]
        }
        try commits.submit(group("a"))
        try commits.submit(group("bad"))
        #expect(throws: OutputFolder.Failure.self) { try commits.finish() }
        try commits.submit(group("c"))
        try commits.finish()
        #expect(log.names == ["a", "bad", "c"])
    }

    @Test func temporariesOfAKilledRunAreRemoved() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-of-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: dir + "/sub/.gazette-tmp-1-2.partial", contents: Data("{\"trunc".utf8)))
        #expect(FileManager.default.createFile(atPath: dir + "/sub/keep.json", contents: Data("{}".utf8)))
        _ = try OutputFolder(path: dir)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/sub") == ["keep.json"])
    }
}

@Suite struct InputWalkerTests {
    @Test func sortedTextFilesWithLoopsReported() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-iw-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ["b.txt", "a/z.txt", "a-c/y.txt", "a/skip.md", "a/deep/x.txt"] {
            let path = dir + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: path, contents: Data("x".utf8)))
        }
        try FileManager.default.createSymbolicLink(atPath: dir + "/a/deep/up", withDestinationPath: "../..")
        let inputs = InputWalker().inputs(for: [dir])
        #expect(inputs.map(\.name) == ["a-c/y.txt", "a/deep/up", "a/deep/x.txt", "a/z.txt", "b.txt"])
        #expect(inputs.filter { $0.problem != nil }.map(\.name) == ["a/deep/up"])
        #expect(inputs.first?.id == "y")
        #expect(try inputs.first!.readBytes(maxBytes: 10) == [0x78])
        #expect(throws: GazetteError.self) { try inputs[1].readBytes(maxBytes: 10) }
    }
}
