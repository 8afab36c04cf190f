import Gazette
import Testing

@Suite struct DeadlineTests {
    @Test func aPassedDeadlineStopsThePipelineNamingTheDocumentAndStage() throws {
        let pipeline = try Pipeline(stages: [Segmenter()])
        var document = Document(id: "a", text: "Bonjour.", source: "dir/a.txt")
        document.deadline = Deadline(seconds: 0.5, from: 0)  // long past
        #expect(throws: GazetteError.timedOut(file: "dir/a.txt", stage: "segmenter@1", seconds: 0.5)) {
            try pipeline.process(&document)
        }
        #expect(document.tokens == nil, "no half-built layer")
        let error = GazetteError.timedOut(file: "dir/a.txt", stage: "segmenter@1", seconds: 0.5)
        #expect(error.description.hasPrefix("dir/a.txt: over the time budget of 0.5 s"))
    }

    @Test func aFarDeadlineChangesNothing() throws {
        let pipeline = try Pipeline.french()
        var plain = Document(id: "a", text: "M. Durand est à Paris. Il pleut.")
        var timed = plain
        timed.deadline = Deadline(seconds: 3600)
        try pipeline.process(&plain)
        try pipeline.process(&timed)
        let writer = RecordWriter(include: [.tokens, .sentences])
        let stages = pipeline.stages.map(\.qualifiedName)
        #expect(writer.record(plain, stages: stages) == writer.record(timed, stages: stages))
    }

    @Test func aDocumentWithoutSourceIsNamedByItsId() {
        var document = Document(id: "line-3", text: "x")
        document.deadline = Deadline(seconds: 0, from: 0)
        #expect(throws: GazetteError.timedOut(file: "line-3", stage: "s@1", seconds: 0)) { try document.checkDeadline(stage: "s@1") }
    }
}
