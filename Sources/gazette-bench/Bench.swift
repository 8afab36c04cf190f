import Foundation
import Gazette

/// `gazette-bench MODE FILE`: times one stage chain in process and prints one JSON line in
/// the shape of the C baseline `icu_bench` (`sec`, `cpu_sec`, `mb_s`, counts), so that
/// `scripts/benchmark.py` can run both alternately and compare.
///
/// Modes:
///   decode    bytes → document text (UTF-8 validation, offset maps), no SHA-256
///   segment   decode + tokens + sentences (the default pipeline's segmenter)
///   pipeline  the whole default pipeline on the decoded document (with each stage's CPU time)
/// File reading and stage construction (ICU iterator opening) are excluded, as in icu_bench.
@main
struct Bench {
    static func main() throws {
        let args = CommandLine.arguments
        guard args.count == 3, ["decode", "segment", "pipeline"].contains(args[1]) else {
            FileHandle.standardError.write(Data("usage: gazette-bench decode|segment|pipeline FILE\n".utf8))
            exit(64)
        }
        let mode = args[1], path = args[2]
        let bytes = try DocumentReader.readBytes(path: path, maxBytes: Int.max)
        let segmenter = try Segmenter(rules: .french)
        let pipeline = try Pipeline.french()
        let wall = ContinuousClock.now
        let cpu = clock()
        let decoded = try TextDecoder().decode(bytes, file: path)
        var document = Document(id: "bench", text: decoded.text)
        var stageSeconds: [(String, Double)] = []
        switch mode {
        case "segment": try segmenter.process(&document)
        case "pipeline":
            for stage in pipeline.stages {
                let start = clock()
                try stage.process(&document)
                stageSeconds.append((type(of: stage).name, Double(clock() - start) / Double(CLOCKS_PER_SEC)))
            }
        default: break
        }
        let cpuSec = Double(clock() - cpu) / Double(CLOCKS_PER_SEC)
        let elapsed = ContinuousClock.now - wall
        let sec = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let mb = Double(bytes.count) / 1e6
        var line = "{\"mode\":\"\(mode)\",\"bytes\":\(bytes.count),\"tokens\":\(document.tokens?.count ?? 0),"
        line += "\"sents\":\(document.sentences?.count ?? 0),\"sec\":\(sec),\"cpu_sec\":\(cpuSec),"
        line += "\"mb_s\":\((mb / sec * 100).rounded() / 100),\"mb_s_cpu\":\((mb / cpuSec * 100).rounded() / 100)"
        if !stageSeconds.isEmpty {
            line += ",\"stages_cpu_sec\":{" + stageSeconds.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
        }
        line += "}"
        print(line)
    }
}
