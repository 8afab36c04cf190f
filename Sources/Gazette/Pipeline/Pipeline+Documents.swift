import Foundation

extension Pipeline {
    /// Builds the pipeline described by the pipeline file at `path` (see ``PipelineDefinition``).
    ///
    /// Errors in the file are ``PipelineFileError``s that name the file and the key.
    public convenience init(contentsOf path: String, registry: StageRegistry = .standard) throws {
        let definition = try PipelineDefinition(contentsOf: path, registry: registry)
        let built = try definition.makePipeline()
        try self.init(stages: built.stages, definition: definition)
    }

    /// Returns `document` with every stage's layers added.
    ///
    /// Not thread-safe: a pipeline holds its stages' ICU iterators; use one pipeline per
    /// thread, or ``results(for:workers:)`` which makes one per worker.
    public func processed(_ document: Document) throws -> Document {
        var copy = document
        try process(&copy)
        return copy
    }

    /// Processes an asynchronous sequence of documents with `workers` concurrent workers and
    /// yields one result per document, in input order.
    ///
    /// Each worker gets its own stage instances (built from ``definition``; a pipeline built
    /// with ``init(stages:)`` has no definition and runs with one worker, this one). A
    /// document that fails yields `.failure` and the sequence goes on; the stream throws only
    /// if `documents` throws. At most `2 × workers` documents are held at a time, so memory
    /// does not grow with the length of the sequence. Processing is CPU-bound work on the
    /// cooperative thread pool.
    ///
    /// ```swift
    /// let pipeline = try Pipeline.french()
    /// for try await result in pipeline.results(for: documents, workers: 4) {
    ///     let document = try result.get()
    /// }
    /// ```
    public func results<Documents: AsyncSequence & Sendable>(
        for documents: Documents, workers: Int = 2
    ) -> AsyncThrowingStream<Result<Document, any Error>, any Error> where Documents.Element == Document {
        let pool = PipelinePool(first: self, workers: definition == nil ? 1 : max(1, workers))
        let window = pool.capacity * 2
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    try await withThrowingTaskGroup(of: (Int, Result<Document, any Error>).self) { group in
                        var pending: [Int: Result<Document, any Error>] = [:]
                        var next = 0, submitted = 0, running = 0
                        func drain() {
                            while let result = pending.removeValue(forKey: next) {
                                continuation.yield(result)
                                next += 1
                            }
                        }
                        for try await document in documents {
                            if running >= window, let (index, result) = try await group.next() {
                                running -= 1
                                pending[index] = result
                                drain()
                            }
                            let index = submitted
                            submitted += 1
                            running += 1
                            group.addTask { (index, pool.process(document)) }
                        }
                        while let (index, result) = try await group.next() {
                            pending[index] = result
                            drain()
                        }
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}

/// Pipelines for concurrent workers: a task takes one, uses it alone, and gives it back.
///
/// `@unchecked Sendable`: the pipelines are not thread-safe, but the mutex guarantees that
/// each is used by one task at a time.
final class PipelinePool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [Pipeline]
    private let definition: PipelineDefinition?
    let capacity: Int

    init(first: Pipeline, workers: Int) {
        free = [first]
        definition = first.definition
        capacity = workers
    }

    /// Runs `document` through a free pipeline, building one if fewer than `capacity` exist.
    /// The caller never has more than `capacity` tasks using the pool at once.
    func process(_ document: Document) -> Result<Document, any Error> {
        let pipeline: Pipeline
        do { pipeline = try take() } catch { return .failure(error) }
        defer { lock.withLock { free.append(pipeline) } }
        return Result { try pipeline.processed(document) }
    }

    private func take() throws -> Pipeline {
        if let p = lock.withLock({ free.popLast() }) { return p }
        guard let definition else { preconditionFailure("a pipeline without definition runs with one worker") }
        return try definition.makePipeline()
    }
}
