/// How a document's language was decided, as the record's `document.languageSource` states it.
public enum LanguageSource: String, Sendable {
    /// Given by the caller: `--language`, the stream's `language` field, or the library.
    case option
    /// Identified from the text (``LanguageIdentifier``).
    case detected
    /// The text gave too little evidence: the default language of the pipeline set.
    case `default`
    /// The language of the single pipeline that ran (no identification).
    case pipeline
}
