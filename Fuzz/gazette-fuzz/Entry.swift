#if canImport(Glibc)
import Glibc
#endif

// libFuzzer entry points. One binary holds every target; `GAZETTE_FUZZ_TARGET` chooses one
// (scripts/fuzz.sh sets it). Built only with `-sanitize=fuzzer`, which links libFuzzer;
// main.swift hands the command line to libFuzzer's driver.

/// The target chosen at start-up.
nonisolated(unsafe) var selected: FuzzTarget?

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<CInt>,
                             _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    let name = getenv("GAZETTE_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = FuzzTarget.all.first(where: { $0.name == name }) else {
        let names = FuzzTarget.all.map(\.name).joined(separator: " ")
        say("gazette-fuzz: set GAZETTE_FUZZ_TARGET to one of: \(names)\n")
        exit(2)
    }
    target.setUp?()
    selected = target
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    selected!.run(bytes)
    return 0
}

/// A named fuzz target: what to build once, and what to do with each input.
struct FuzzTarget: Sendable {
    let name: String
    let setUp: (@Sendable () -> Void)?
    let run: @Sendable ([UInt8]) -> Void

    init(_ name: String, setUp: (@Sendable () -> Void)? = nil, run: @escaping @Sendable ([UInt8]) -> Void) {
        self.name = name
        self.setUp = setUp
        self.run = run
    }

    static let all: [FuzzTarget] = [
        FuzzTarget("decoder", run: FuzzDecoder.run),
        FuzzTarget("segmenter", setUp: FuzzSegmenter.setUp, run: FuzzSegmenter.run),
        FuzzTarget("breaks", setUp: FuzzBreaks.setUp, run: FuzzBreaks.run),
        FuzzTarget("gazetteer-tsv", run: { FuzzGazetteer.run($0, format: .tsv) }),
        FuzzTarget("gazetteer-jsonl", run: { FuzzGazetteer.run($0, format: .entityRuler) }),
        FuzzTarget("pipeline-file", run: FuzzPipelineFile.run),
        FuzzTarget("stream-line", run: FuzzStreamLine.run),
        FuzzTarget("entities", setUp: FuzzEntities.setUp, run: FuzzEntities.run),
        // SLOT: the date recogniser. Runs once the `timex` stage is registered in
        // StageRegistry.standard; until then it says so and exits (scripts/fuzz.sh skips it).
        FuzzTarget("timex", setUp: FuzzTimex.setUp, run: FuzzTimex.run),
    ]
}

/// Stops the fuzzer with a message: libFuzzer saves the input that broke an invariant.
func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        say("gazette-fuzz: invariant broken: \(message())\n")
        abort()
    }
}

/// Writes `message` to standard error.
func say(_ message: String) {
    var bytes = Array(message.utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
}
