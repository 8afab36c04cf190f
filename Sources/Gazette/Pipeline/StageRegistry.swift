/// The stages a pipeline file may name: one explicit table, name → ``StageDescriptor``.
///
/// ``standard`` lists every stage this build ships. A caller can add its own stages to a copy
/// before loading a pipeline file:
///
/// ```swift
/// var registry = StageRegistry.standard
/// registry.register(MyStage.descriptor)
/// let definition = try PipelineDefinition(contentsOf: "my.yaml", registry: registry)
/// ```
public struct StageRegistry: Sendable {
    /// The registered stages by name.
    public private(set) var descriptors: [String: StageDescriptor] = [:]

    /// A registry holding `descriptors`.
    public init(_ descriptors: [StageDescriptor] = []) {
        for d in descriptors { register(d) }
    }

    /// Adds a stage, replacing any stage of the same name.
    public mutating func register(_ descriptor: StageDescriptor) {
        descriptors[descriptor.name] = descriptor
    }

    /// The stage registered as `name`.
    public subscript(name: String) -> StageDescriptor? { descriptors[name] }

    /// Registered names, sorted.
    public var names: [String] { descriptors.keys.sorted() }

    /// Every stage this build ships. Add a stage here with one line.
    public static let standard = StageRegistry([
        Segmenter.descriptor,
        EntityRecognizer.descriptor,
        TimexStage.descriptor,
        EventStage.descriptor,
    ])
}
