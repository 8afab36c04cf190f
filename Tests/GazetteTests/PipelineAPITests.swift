import Testing
@testable import Gazette

@Suite struct PipelineAPITests {
    @Test func processOneDocument() throws {
        let pipeline = try Pipeline.french()
        let document = try pipeline.processed(Document(id: "a", text: "M. Dupont est arrivé. Il pleut."))
        #expect(document.sentences?.count == 2)
        for span in document.sentences ?? [] { #expect(!document[span].isEmpty) }
    }

    @Test(arguments: [1, 3])
    func asyncSequenceKeepsInputOrder(workers: Int) async throws {
        var registry = StageRegistry.standard
        registry.register(CountingStage.descriptor)
        let yaml = "version: 1\nname: c\nlanguage: fr\nstages:\n  - {name: segmenter, version: 1}\n  - {name: counter, version: 2}\n"
        let pipeline = try PipelineDefinition(yaml: yaml, source: "c.yaml", baseDirectory: nil, registry: registry).makePipeline()
        let texts = (0..<40).map { i in String(repeating: "Phrase numéro \(i). ", count: (i * 7) % 13 + 1) }
        let documents = AsyncStream<Document> { continuation in
            for (i, text) in texts.enumerated() { continuation.yield(Document(id: i == 17 ? "fail" : "d\(i)", text: text)) }
            continuation.finish()
        }
        var seen: [String] = [], failures = 0
        for try await result in pipeline.results(for: documents, workers: workers) {
            switch result {
            case let .success(d):
                seen.append(d.id)
                #expect(d.text.string == texts[Int(d.id.dropFirst())!])
                #expect(d.tokens != nil)
            case .failure:
                seen.append("fail")
                failures += 1
            }
        }
        #expect(seen == (0..<40).map { $0 == 17 ? "fail" : "d\($0)" })
        #expect(failures == 1)
    }
}
