#if canImport(Glibc)
import Glibc
#endif
import Gazette

/// SLOT for the date recogniser (`timex` stage, on another branch).
///
/// Written against the public API only: it runs as soon as a stage named `timex` is in
/// ``StageRegistry/standard``. The pipeline is the built-in one when that already includes
/// `timex`, otherwise the segmenter, then the entities stage if `timex` needs it, then `timex`.
/// Half the inputs get a reference date, so that relative dates are resolved too; bits 3–4 of
/// the first byte pick the French pipeline or the built-in set forced to English or German
/// (the English grammar, the holiday calendars, the ICU floor).
enum FuzzTimex {
    nonisolated(unsafe) static var pipeline: Pipeline!
    nonisolated(unsafe) static var others: [Pipeline] = []

    static func setUp() {
        setenv("XDG_CACHE_HOME", "/nonexistent-gazette-fuzz-cache", 1)
        others = ["en", "de"].compactMap { try? PipelineDefinition.builtInSet(forcedLanguage: $0).makePipeline() }
        guard let descriptor = StageRegistry.standard["timex"] else {
            say("gazette-fuzz: no stage named timex is registered yet; nothing to fuzz\n")
            exit(3)
        }
        if let builtIn = try? Pipeline.french(), builtIn.stages.contains(where: { type(of: $0).name == "timex" }) {
            pipeline = builtIn
            return
        }
        let version = descriptor.versions.max()!
        for middle in [[], ["  - {name: entities, version: 1, options: {cache: false}}"]] {
            let yaml = (["version: 1", "name: fuzz-timex", "language: fr", "stages:", "  - {name: segmenter, version: 1}"]
                        + middle + ["  - {name: timex, version: \(version)}"]).joined(separator: "\n")
            if let definition = try? PipelineDefinition(yaml: yaml, source: "fuzz-timex.yaml", baseDirectory: nil),
               let built = try? definition.makePipeline() {
                pipeline = built
                return
            }
        }
        say("gazette-fuzz: cannot build a pipeline ending with timex\n")
        exit(3)
    }

    static func run(_ bytes: [UInt8]) {
        guard let flag = bytes.first else { return }
        var document = Document(id: "fuzz", text: DocumentChecks.text(bytes.dropFirst()))
        if flag & 1 == 1 {
            let dates = ["2023-11-21", "2016-02-29", "1999-12-31T23:59:59", "2024-01-01T00:00"]
            document.referenceDate = ReferenceDate(value: dates[Int(flag >> 1) % dates.count], source: .option)
        }
        let choice = Int(flag >> 3) % 4
        let chosen = choice > 0 && choice <= others.count ? others[choice - 1] : pipeline!
        do { try chosen.process(&document) } catch { check(false, "pipeline threw \(error)") }
        DocumentChecks.verify(document, stages: document.stageNames ?? chosen.stages.map(\.qualifiedName))
    }
}
