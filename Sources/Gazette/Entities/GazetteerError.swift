/// A gazetteer that cannot be used. Each description names the file and, for a malformed
/// line, its line number (from 1).
public enum GazetteerError: Error, CustomStringConvertible, Equatable {
    /// The file cannot be read.
    case unreadable(file: String, reason: String)
    /// A line does not follow the format.
    case malformed(file: String, line: Int, reason: String)
    /// The file's name does not tell its format.
    case unknownFormat(file: String)

    /// `file:line: reason`, or `file: reason`.
    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot read gazetteer: \(reason)"
        case let .malformed(file, line, reason):
            return "\(file):\(line): \(reason)"
        case let .unknownFormat(file):
            return "\(file): unknown gazetteer format; expected .tsv (id, type, name, aliases) or .jsonl (spaCy EntityRuler patterns)"
        }
    }
}
