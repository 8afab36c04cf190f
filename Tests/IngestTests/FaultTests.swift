import Foundation
import Testing

/// Mounts for fault tests: a small tmpfs (a full disk), a read-only remount, a read-only bind
/// mount. Needs root and permission to mount (a container may refuse); otherwise the tests are
/// disabled and the reason is printed.
enum Mounts {
    static func run(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/mount")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static func unmount(_ path: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/umount")
        process.arguments = ["-l", path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
        process.waitUntilExit()
    }

    /// Whether this process may mount a tmpfs (tried once).
    static let available: Bool = {
        guard geteuid() == 0 else {
            print("FaultTests skipped: not root, cannot mount a tmpfs for a full disk or a read-only folder")
            return false
        }
        guard let s = try? Scratch() else { return false }
        let ok = run(["-t", "tmpfs", "-o", "size=64k", "tmpfs", s.path])
        if ok { unmount(s.path) } else { print("FaultTests skipped: mount -t tmpfs is not permitted here") }
        return ok
    }()
}

/// A full disk and read-only output folders: each failure is reported with the file, no
/// partial file is left, and a rerun once the fault is gone completes the batch.
@Suite(.serialized, .enabled(if: Mounts.available)) struct FaultTests {
    /// 12 inputs in 3 folders; with tokens and sentences each record is 100–300 KB.
    static func corpus(_ s: Scratch) throws {
        for i in 0..<12 { try s.file("in/d\(i % 3)/doc\(i).txt", String(repeating: SampleText.article(i), count: 30 * (1 + i % 3))) }
    }

    static let arguments = ["in", "--output", "out", "--jobs", "2", "--include", "tokens,sentences"]

    /// No temporary file, every output and manifest line is whole JSON.
    static func expectNothingPartial(_ s: Scratch, _ comment: String) {
        let tree = s.tree("out")
        #expect(!tree.keys.contains { $0.contains(".gazette-tmp-") || $0.hasSuffix(".partial") }, "\(comment): temporary files left")
        for (name, data) in tree where name.hasSuffix(".json") {
            #expect(jsonObject(data) != nil, "\(comment): \(name) is not whole JSON")
        }
        let manifest = String(decoding: s.read("out/manifest.jsonl") ?? Data(), as: UTF8.self)
        #expect(manifest.isEmpty || manifest.hasSuffix("\n"), "\(comment): torn manifest line")
        for line in manifest.split(separator: "\n") {
            #expect(jsonObject(Data(line.utf8)) != nil, "\(comment): torn manifest line \(line.prefix(80))")
        }
    }

    static func expectComplete(_ s: Scratch) {
        let manifest = manifestLines(s)
        #expect(manifest.count == 12)
        #expect(manifest.allSatisfy { $0["status"] as? String == "ok" })
        #expect(s.tree("out").keys.filter { $0.hasSuffix(".json") }.count == 12)
        expectNothingPartial(s, "complete")
    }

    @Test func aFullDiskFailsTheDocumentsThatDoNotFitAndARerunCompletes() throws {
        let s = try Scratch()
        try Self.corpus(s)
        try FileManager.default.createDirectory(at: s.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        let out = s.path + "/out"
        try #require(Mounts.run(["-t", "tmpfs", "-o", "size=1m", "tmpfs", out]))
        defer { Mounts.unmount(out) }
        let r = try GuardedRun.run(Self.arguments, in: s.url)
        #expect(r.status == 1)
        #expect(r.stderr.contains("No space left on device"))
        let failed = manifestLines(s).filter { $0["status"] as? String == "failed" }
        #expect(!failed.isEmpty)
        for entry in failed {
            let input = entry["input"] as? String ?? "?"
            let output = "out/" + input.replacingOccurrences(of: ".txt", with: ".json")
            #expect((entry["error"] as? String)?.hasPrefix("\(output): cannot write: No space left on device") == true, "\(entry)")
            #expect(r.stderr.contains("ingest: error: in/\(input): \(output): cannot write"))
            #expect(s.read(output) == nil)
        }
        Self.expectNothingPartial(s, "full disk")
        // Room again: the rerun keeps what was written and does the rest.
        try #require(Mounts.run(["-o", "remount,size=64m", out]))
        let again = try GuardedRun.run(Self.arguments + ["-v"], in: s.url)
        #expect(again.status == 0)
        #expect(again.stderr.contains("\(failed.count) processed, \(12 - failed.count) up to date, 0 failed"))
        Self.expectComplete(s)
    }

    /// Room for one page only: the manifest's append that crosses into the next page is
    /// written short, then fails; it is cut back, the run stops with an error naming the
    /// manifest, and nothing is torn.
    @Test func aDiskFullToTheBrimStopsTheRunNamingTheManifest() throws {
        let s = try Scratch()
        try Self.corpus(s)
        try FileManager.default.createDirectory(at: s.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        let out = s.path + "/out"
        try #require(Mounts.run(["-t", "tmpfs", "-o", "size=256k", "tmpfs", out]))
        defer { Mounts.unmount(out) }
        // Fill every block, then give one page back.
        let filler = FileHandle(forWritingAtPath: out + "/filler") ?? {
            _ = FileManager.default.createFile(atPath: out + "/filler", contents: nil)
            return FileHandle(forWritingAtPath: out + "/filler")!
        }()
        let block = [UInt8](repeating: 0x20, count: 4096)
        while block.withUnsafeBytes({ write(filler.fileDescriptor, $0.baseAddress, $0.count) }) == 4096 {}
        ftruncate(filler.fileDescriptor, lseek(filler.fileDescriptor, 0, SEEK_END) - 4096)
        try filler.close()
        let r = try GuardedRun.run(Self.arguments, in: s.url)
        #expect(r.status == 1)
        #expect(r.stderr.contains("out/manifest.jsonl: cannot write: No space left on device"), "\(r.stderr)")
        Self.expectNothingPartial(s, "full to the brim")
        try FileManager.default.removeItem(atPath: out + "/filler")
        try #require(Mounts.run(["-o", "remount,size=64m", out]))
        let again = try GuardedRun.run(Self.arguments, in: s.url)
        #expect(again.status == 0)
        Self.expectComplete(s)
    }

    @Test func aReadOnlyOutputFolderIsReportedAndLeftUntouched() throws {
        let s = try Scratch()
        try Self.corpus(s)
        try FileManager.default.createDirectory(at: s.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        let out = s.path + "/out"
        try #require(Mounts.run(["-t", "tmpfs", "-o", "size=64m", "tmpfs", out]))
        defer { Mounts.unmount(out) }
        #expect(try GuardedRun.run(Self.arguments, in: s.url).status == 0)
        try s.file("in/d0/doc0.txt", "Changé : à refaire.")
        let before = s.tree("out")
        try #require(Mounts.run(["-o", "remount,ro", out]))
        let r = try GuardedRun.run(Self.arguments, in: s.url)
        #expect(r.status == 1)
        #expect(r.stderr.contains("ingest: error: out: cannot write in the output folder: Read-only file system"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(s.tree("out") == before)
    }

    @Test func aReadOnlySubfolderFailsOnlyItsDocuments() throws {
        let s = try Scratch()
        try Self.corpus(s)
        let sub = s.path + "/out/d1"
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
        try #require(Mounts.run(["--bind", sub, sub]))
        defer { Mounts.unmount(sub) }
        try #require(Mounts.run(["-o", "remount,bind,ro", sub]))
        let r = try GuardedRun.run(Self.arguments, in: s.url)
        #expect(r.status == 1)
        let manifest = manifestLines(s)
        #expect(manifest.count == 12)
        for entry in manifest {
            let input = entry["input"] as? String ?? "?"
            if input.hasPrefix("d1/") {
                #expect(entry["status"] as? String == "failed")
                let output = "out/" + input.replacingOccurrences(of: ".txt", with: ".json")
                #expect((entry["error"] as? String)?.hasPrefix("\(output): cannot create a temporary file: Read-only file system") == true, "\(entry)")
            } else {
                #expect(entry["status"] as? String == "ok")
            }
        }
        Self.expectNothingPartial(s, "read-only subfolder")
    }
}
