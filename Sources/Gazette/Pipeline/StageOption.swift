/// The type of a stage option, as a pipeline file writes it.
public enum StageOptionType: String, Sendable, CustomStringConvertible {
    /// A YAML scalar, read as text.
    case string
    /// `true` or `false`.
    case bool
    /// An integer.
    case int
    /// A list of scalars, read as text.
    case strings
    /// A list of file paths; relative paths are resolved against the pipeline file's folder,
    /// and the files' contents are part of the pipeline's fingerprint.
    case paths

    /// The type's name in error messages.
    public var description: String {
        switch self {
        case .string: "a string"
        case .bool: "true or false"
        case .int: "an integer"
        case .strings: "a list of strings"
        case .paths: "a list of file paths"
        }
    }
}

/// The value of a stage option.
public enum StageOptionValue: Sendable, Hashable, CustomStringConvertible {
    /// A string (``StageOptionType/string``).
    case string(String)
    /// A boolean (``StageOptionType/bool``).
    case bool(Bool)
    /// An integer (``StageOptionType/int``).
    case int(Int)
    /// A list of strings or paths (``StageOptionType/strings``, ``StageOptionType/paths``).
    case strings([String])

    /// The value as a pipeline file would write it.
    public var description: String {
        switch self {
        case let .string(s): s
        case let .bool(b): b ? "true" : "false"
        case let .int(i): String(i)
        case let .strings(list): "[" + list.joined(separator: ", ") + "]"
        }
    }

    /// Writes the value as JSON (for fingerprints).
    func write(_ w: inout JSONWriter) {
        switch self {
        case let .string(s): w.string(s)
        case let .bool(b): w.bool(b)
        case let .int(i): w.int(i)
        case let .strings(list):
            w.beginArray()
            for s in list { w.string(s) }
            w.endArray()
        }
    }
}

/// An option that a stage accepts in a pipeline file.
public struct StageOption: Sendable {
    /// The key in the stage's `options:` mapping.
    public var name: String
    /// The type of its value.
    public var type: StageOptionType
    /// The value used when the file does not set the option.
    public var defaultValue: StageOptionValue
    /// For string options, the values accepted; nil accepts any.
    public var allowedValues: [String]?
    /// One sentence for people.
    public var help: String

    /// Declares an option.
    public init(_ name: String, _ type: StageOptionType, default defaultValue: StageOptionValue,
                allowedValues: [String]? = nil, help: String) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.allowedValues = allowedValues
        self.help = help
    }
}
