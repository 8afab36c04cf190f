/// A document: immutable text plus the layers of annotations that stages add to it.
///
/// ```
/// bytes ──TextDecoder──▶ Document(text) ──stage──▶ Document(+tokens, +sentences) ──▶ …
/// ```
///
/// Every span in every layer is in Unicode scalars, half-open, into ``text``, and
/// `text[span] == span's text` holds for all of them.
public struct Document: Sendable {
    /// The caller's id, else derived from the file name.
    public var id: String
    /// Where the text came from (a path, `-` for standard input), if anywhere.
    public var source: String?
    /// The text and its offset maps. Never changes once the document exists.
    public let text: DocumentText
    /// Language code of the text, e.g. `fr`.
    public var language: String
    /// How ``language`` was decided.
    public var languageSource: LanguageSource = .pipeline
    /// The identifier's confidence in ``language`` (0…1), when it was identified.
    public var languageConfidence: Double?
    /// `name@version` of the stages that ran on the document, when a pipeline set chose them
    /// (nil: the pipeline's stages).
    public var stageNames: [String]?
    /// SHA-256 of the input bytes, lowercase hex, when the document was read from bytes.
    public var sha256: String?
    /// The charset the bytes were decoded from, e.g. `UTF-8`, `windows-1252`.
    public var encoding: String
    /// The date the document speaks from, and where it came from.
    public var referenceDate: ReferenceDate
    /// Layers added by stages.
    public var layers = Layers()
    /// Non-fatal problems found while reading or processing, in order.
    public var warnings: [Warning] = []
    /// The time by which processing must end, if any; stages check it at safe points
    /// (``checkDeadline(stage:)``). Not part of the record.
    public var deadline: Deadline?

    /// Creates a document over `text`.
    public init(id: String, text: String, source: String? = nil, language: String = "fr",
                sha256: String? = nil, encoding: String = "UTF-8", referenceDate: ReferenceDate = .none) {
        self.id = id
        self.source = source
        self.text = DocumentText(text)
        self.language = language
        self.sha256 = sha256
        self.encoding = encoding
        self.referenceDate = referenceDate
    }

    /// The text covered by `span`.
    public subscript(span: Span) -> Substring { text[span] }
}

/// A non-fatal problem attached to a document: the output keeps it, the batch goes on.
public struct Warning: Sendable, Hashable, CustomStringConvertible {
    /// A stable machine-readable code, e.g. `decoded-legacy-charset`.
    public var code: String
    /// A sentence for people: what happened and where.
    public var message: String
    /// The stage that reported it, if any (`decoder` for reading problems).
    public var stage: String?

    public init(code: String, message: String, stage: String? = nil) {
        self.code = code
        self.message = message
        self.stage = stage
    }

    public var description: String { message }
}

/// The date a document speaks from, used to resolve relative dates.
public struct ReferenceDate: Sendable, Hashable {
    /// How the reference date was obtained.
    public enum Source: String, Sendable {
        /// Given by the caller (`--reference-date`, the stream's `referenceDate`).
        case option
        /// Read from the document's own metadata.
        case metadata
        /// Inferred from the text.
        case inferred
        /// No reference date.
        case none
    }

    /// ISO 8601 date or local date-time (`2023-11-21`, `2013-02-12T04:30:00`), or nil.
    public var value: String?
    /// Where it came from.
    public var source: Source

    public init(value: String?, source: Source) {
        self.value = value
        self.source = source
    }

    /// No reference date.
    public static let none = ReferenceDate(value: nil, source: .none)
}
