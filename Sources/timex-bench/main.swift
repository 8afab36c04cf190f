// timex-bench: times the `timex` stage alone, in process, on one text file.
//
//   swift build -c release && .build/release/timex-bench FILE [--reference-date 2023-11-21] [--runs 3]
//
// Segments the text and folds its tokens once (not timed with the stage: in the default pipeline
// the `entities` stage folds them, see `Document.foldTokens()`), then runs the timex stage `runs`
// times and prints the best throughput in MB/s (UTF-8 bytes of the text per second), on
// standard output.
import Foundation
import Gazette

var args = Array(CommandLine.arguments.dropFirst())
var reference: String? = nil
var runs = 3
var path: String?
while !args.isEmpty {
    let a = args.removeFirst()
    switch a {
    case "--reference-date": reference = args.isEmpty ? nil : args.removeFirst()
    case "--runs": runs = args.isEmpty ? 3 : Int(args.removeFirst()) ?? 3
    default: path = a
    }
}
guard let path, let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write("usage: timex-bench FILE [--reference-date DATE] [--runs N]\n".data(using: .utf8)!)
    exit(64)
}
let text = String(decoding: data, as: UTF8.self)
var document = Document(id: "bench", text: text)
if let reference { document.referenceDate = ReferenceDate(value: reference, source: .option) }
let clock = ContinuousClock()
let segmenter = try Segmenter(rules: .french)
let segmentTime = try clock.measure { try segmenter.process(&document) }
let foldTime = clock.measure { _ = document.foldTokens() }
let stage = TimexStage(language: .french)
var best = Duration.seconds(1_000_000)
var found = 0
for _ in 0..<max(1, runs) {
    var copy = document
    let t = try clock.measure { try stage.process(&copy) }
    found = copy.timexes?.count ?? 0
    if t < best { best = t }
}
func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
let mb = Double(data.count) / 1_000_000
print(String(format: "bytes %d  tokens %d  timexes %d  segmenter %.3f s  fold %.3f s  timex stage best of %d: %.3f s = %.1f MB/s",
             data.count, document.tokens?.count ?? 0, found, seconds(segmentTime), seconds(foldTime), runs, seconds(best), mb / seconds(best)))
