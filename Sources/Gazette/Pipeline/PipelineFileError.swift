/// A pipeline file that cannot be used. The description names the file, the position and
/// the key: `pipelines/x.yaml:9:7: stages[0].options.langage: unknown option …`.
public struct PipelineFileError: Error, CustomStringConvertible, Equatable {
    /// The file, or `<built-in NAME>` for an embedded one.
    public var file: String
    /// 1-based line of the offending node, if known.
    public var line: Int?
    /// 1-based column of the offending node, if known.
    public var column: Int?
    /// Path of the offending key, e.g. `stages[1].version`; empty for the whole file.
    public var key: String
    /// What is wrong, for people.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, column: Int? = nil, key: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    /// `FILE:LINE:COLUMN: KEY: message`.
    public var description: String {
        var s = file
        if let line { s += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        s += ": "
        if !key.isEmpty { s += "\(key): " }
        return s + message
    }
}
