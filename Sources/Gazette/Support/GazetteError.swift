/// Errors of the Gazette library. Each description says where (file, stage, line) and what.
public enum GazetteError: Error, CustomStringConvertible, Equatable {
    /// The input could not be read.
    case unreadable(file: String, reason: String)
    /// The input holds binary data (NUL bytes).
    case binary(file: String, offset: Int)
    /// The bytes are not UTF-8 and no charset fits them with enough confidence.
    case undecodable(file: String, reason: String)
    /// The input is larger than allowed.
    case tooLarge(file: String, bytes: Int, limit: Int)
    /// A stage failed on a document.
    case stageFailed(stage: String, document: String, reason: String)
    /// The document was not processed within its time budget (``Deadline``).
    case timedOut(file: String, stage: String, seconds: Double)

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot read: \(reason)"
        case let .binary(file, offset):
            return "\(file): binary content (NUL byte at byte \(offset)); expected text"
        case let .undecodable(file, reason):
            return "\(file): not valid UTF-8, and no other charset fits: \(reason)"
        case let .tooLarge(file, bytes, limit):
            return "\(file): \(bytes) bytes, over the limit of \(limit) bytes"
        case let .stageFailed(stage, document, reason):
            return "\(document): stage \(stage) failed: \(reason)"
        case let .timedOut(file, stage, seconds):
            return "\(file): over the time budget of \(seconds) s per document (stopped in stage \(stage)); see --timeout"
        }
    }
}
