import Foundation
import Gazette

/// `gazette-bench MODE PATH [options]`: times one stage chain in process and prints one JSON
/// line in the shape of the C baseline `icu_bench` (`sec`, `cpu_sec`, `mb_s`, counts), so that
/// `scripts/benchmark.py` can run both alternately and compare.
///
/// Modes (each a prefix of the default pipeline, `pipelines/fr-news.yaml`):
///   decode    bytes → document text (UTF-8 validation, offset maps), no SHA-256
///   segment   decode + tokens + sentences (the segmenter)
///   entities  segment + entities (default gazetteers, plus `--gazetteer` files)
///   dates     segment + timex
///   pipeline  every stage of the default pipeline
/// PATH is a file (one document) or a folder (every `.txt` below it, one document each).
/// File reading and pipeline construction (ICU iterators, gazetteer compile or cache load) are
/// excluded from `sec`/`cpu_sec`, as in icu_bench; construction is reported as `setup_sec`.
/// The line also has each stage's CPU seconds and the process's peak resident memory.
///
/// Options: `--gazetteer FILE` (repeatable), `--no-default-gazetteers`, `--no-cache` (compile
/// the gazetteers in memory; otherwise `$XDG_CACHE_HOME/gazette` or `~/.cache/gazette`),
/// `--reference-date YYYY-MM-DD`, `--repeat N` (run the stages N times, report the best).
@main
struct Bench {
    static let modes: [String: [String]] = [
        "decode": [], "segment": ["segmenter"], "entities": ["segmenter", "entities"],
        "dates": ["segmenter", "timex"], "pipeline": ["segmenter", "entities", "timex", "events"],
    ]

    static func usage() -> Never {
        FileHandle.standardError.write(Data("""
            usage: gazette-bench decode|segment|entities|dates|pipeline FILE|DIR [--gazetteer FILE]… \
            [--no-default-gazetteers] [--no-cache] [--reference-date DATE] [--repeat N]

            """.utf8))
        exit(64)
    }

    static func main() throws {
        AllocatorPolicy.keepFreedMemory()   // as `ingest` does
        var args = Array(CommandLine.arguments.dropFirst())
        guard args.count >= 2, let stageNames = modes[args[0]] else { usage() }
        let mode = args.removeFirst(), path = args.removeFirst()
        var gazetteers: [String] = [], defaults = true, cache = true, referenceDate: String?, repeats = 1
        while !args.isEmpty {
            let arg = args.removeFirst()
            switch arg {
            case "--gazetteer" where !args.isEmpty: gazetteers.append(absolute(args.removeFirst()))
            case "--no-default-gazetteers": defaults = false
            case "--no-cache": cache = false
            case "--reference-date" where !args.isEmpty: referenceDate = args.removeFirst()
            case "--repeat" where !args.isEmpty: repeats = max(1, Int(args.removeFirst()) ?? 1)
            default: usage()
            }
        }
        let inputs = try documentPaths(path).map { ($0, try DocumentReader.readBytes(path: $0, maxBytes: Int.max)) }
        let totalBytes = inputs.reduce(0) { $0 + $1.1.count }

        let setupStart = ContinuousClock.now
        var definition = try PipelineDefinition.builtIn()
        if !gazetteers.isEmpty { try definition.setOption("gazetteers", ofStage: "entities", to: .strings(gazetteers)) }
        if !defaults { try definition.setOption("defaultGazetteers", ofStage: "entities", to: .bool(false)) }
        if !cache { try definition.setOption("cache", ofStage: "entities", to: .bool(false)) }
        let stages = try definition.makePipeline().stages.filter { stageNames.contains(type(of: $0).name) }
        let setup = seconds(ContinuousClock.now - setupStart)

        var best: (sec: Double, cpu: Double, stages: [Double], counts: [String: Int])?
        for _ in 0..<repeats {
            var stageCPU = [Double](repeating: 0, count: stages.count)
            var counts: [String: Int] = [:]
            let wall = ContinuousClock.now
            let cpu = clock()
            for (file, bytes) in inputs {
                let decoded = try TextDecoder().decode(bytes, file: file)
                var document = Document(id: file, text: decoded.text)
                if let referenceDate { document.referenceDate = ReferenceDate(value: referenceDate, source: .option) }
                for (k, stage) in stages.enumerated() {
                    let start = clock()
                    try stage.process(&document)
                    stageCPU[k] += Double(clock() - start) / Double(CLOCKS_PER_SEC)
                }
                for layer in ["tokens", "sentences", "entities", "timexes", "events"] {
                    counts[layer, default: 0] += document.layers.count(of: layer) ?? 0
                }
            }
            let cpuSec = Double(clock() - cpu) / Double(CLOCKS_PER_SEC)
            let sec = seconds(ContinuousClock.now - wall)
            if best == nil || cpuSec < best!.cpu { best = (sec, cpuSec, stageCPU, counts) }
        }
        let (sec, cpuSec, stageCPU, counts) = best!
        let mb = Double(totalBytes) / 1e6
        var line = "{\"mode\":\"\(mode)\",\"documents\":\(inputs.count),\"bytes\":\(totalBytes),"
        line += "\"tokens\":\(counts["tokens"] ?? 0),\"sents\":\(counts["sentences"] ?? 0),"
        line += "\"entities\":\(counts["entities"] ?? 0),\"timexes\":\(counts["timexes"] ?? 0),\"events\":\(counts["events"] ?? 0),"
        line += "\"sec\":\(sec),\"cpu_sec\":\(cpuSec),\"setup_sec\":\(setup),"
        line += "\"mb_s\":\(rounded(mb / sec)),\"mb_s_cpu\":\(rounded(mb / cpuSec)),\"peak_rss_mb\":\(peakRSSMB())"
        if !stages.isEmpty {
            line += ",\"stages_cpu_sec\":{"
            line += zip(stages, stageCPU).map { "\"\(type(of: $0.0).name)\":\($0.1)" }.joined(separator: ",") + "}"
        }
        print(line + "}")
    }

    /// `path` itself, or every `.txt` file below it in sorted order.
    static func documentPaths(_ path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
        let names = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { path + "/" + $0 }
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    static func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }

    /// VmHWM of this process (the peak resident set of its own address space: unlike
    /// getrusage's maxrss it does not count what the parent had before exec).
    static func peakRSSMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = Double(String(line.filter(\.isNumber))) ?? 0
            return rounded(kb / 1024)
        }
        return 0
    }
}
