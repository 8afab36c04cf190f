/// What the registry knows of a stage: its name, the versions it can run, the options it
/// accepts and a factory that builds one instance per worker.
///
/// A stage registers itself with a few lines (see `Segmenter+Registry.swift`):
///
/// ```swift
/// extension Segmenter {
///     public static let descriptor = StageDescriptor(
///         name: name, versions: [version],
///         options: [StageOption("language", .string, default: .string("fr"), allowedValues: ["fr"], help: "…")]
///     ) { settings in try Segmenter(rules: .french) }
/// }
/// ```
public struct StageDescriptor: Sendable {
    /// The registry name, e.g. `segmenter`.
    public var name: String
    /// The versions of the stage's behaviour this build can run; a pipeline file must name one.
    public var versions: [Int]
    /// The options the stage accepts; any other key is an error.
    public var options: [StageOption]
    /// Builds a fresh instance (own ICU iterators, own buffers) for one worker.
    public var make: @Sendable (StageSettings) throws -> any Stage

    /// Declares a stage.
    public init(name: String, versions: [Int], options: [StageOption],
                make: @escaping @Sendable (StageSettings) throws -> any Stage) {
        self.name = name
        self.versions = versions
        self.options = options
        self.make = make
    }

    /// The declaration of option `name`, if the stage accepts it.
    public func option(named name: String) -> StageOption? {
        options.first { $0.name == name }
    }
}

/// The options of one stage in a pipeline, checked against its ``StageDescriptor``, with
/// defaults filled in. Relative paths are already resolved.
public struct StageSettings: Sendable, Hashable {
    /// The stage's registry name.
    public var name: String
    /// The version the pipeline file asks for.
    public var version: Int
    /// Every declared option's value (the file's, else the default).
    public var values: [String: StageOptionValue]

    /// Creates settings; ``PipelineDefinition`` does this after checking the file.
    public init(name: String, version: Int, values: [String: StageOptionValue]) {
        self.name = name
        self.version = version
        self.values = values
    }

    /// The string option `key`, or nil if it is not a string.
    public func string(_ key: String) -> String? {
        if case let .string(s)? = values[key] { return s }
        return nil
    }

    /// The boolean option `key`, or nil if it is not a boolean.
    public func bool(_ key: String) -> Bool? {
        if case let .bool(b)? = values[key] { return b }
        return nil
    }

    /// The integer option `key`, or nil if it is not an integer.
    public func int(_ key: String) -> Int? {
        if case let .int(i)? = values[key] { return i }
        return nil
    }

    /// The list option `key` (strings or resolved paths), or nil if it is not a list.
    public func strings(_ key: String) -> [String]? {
        if case let .strings(list)? = values[key] { return list }
        return nil
    }

    /// `name@version`.
    public var qualifiedName: String { "\(name)@\(version)" }
}
