/// One processing step: reads some layers of a document and adds others.
///
/// Stages are named and versioned (`segmenter@1`) and declare the layers they require and
/// produce, so that a ``Pipeline`` can check the chain before any document is read.
/// A stage instance may hold per-worker state (ICU iterators): it is used by one thread at
/// a time; make one pipeline per worker.
public protocol Stage: AnyObject {
    /// The registry name, e.g. `segmenter`.
    static var name: String { get }
    /// The version of the stage's behaviour; bumped when its output changes.
    static var version: Int { get }
    /// Layers that must be present before the stage runs.
    var requires: [String] { get }
    /// Layers the stage adds.
    var produces: [String] { get }
    /// Adds the stage's layers to `document`. Throws only for failures that make the document
    /// unusable; recoverable problems become ``Document/warnings``.
    func process(_ document: inout Document) throws
}

extension Stage {
    /// `name@version`, as pipeline files and logs write it.
    public var qualifiedName: String { "\(Self.name)@\(Self.version)" }
}
