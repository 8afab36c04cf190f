import ICUText

/// The segmentation stage: tokens and sentences from ICU plus a language's rules.
///
/// The text is converted to UTF-16 one chunk at a time (a chunk ends after a line break, see
/// `UTF16Chunk`); each chunk goes through ICU's word and sentence iterators once, and the
/// `Tokenizer` and `SentenceSplitter` apply the language's rules. Holds ICU iterators:
/// not thread-safe, use one per worker.
public final class Segmenter: Stage {
    public static let name = "segmenter"
    public static let version = 1
    public let requires: [String] = []
    public let produces = [TokensLayer.name, SentencesLayer.name]

    /// The rules applied on top of ICU.
    public let rules: SegmentationRules
    private let words: BreakIterator
    private let sentenceBreaks: BreakIterator
    private var tokenizer: Tokenizer
    private var chunk = UTF16Chunk()
    private var ends: [Int32] = []
    private var statuses: [Int32] = []

    /// Opens the ICU iterators for the rules' locales.
    public init(rules: SegmentationRules = .french) throws(ICUError) {
        self.rules = rules
        words = try BreakIterator(.word, locale: rules.wordLocale)
        sentenceBreaks = try BreakIterator(.sentence, locale: rules.sentenceLocale)
        tokenizer = Tokenizer(rules: rules)
    }

    /// Adds the `tokens` and `sentences` layers to `document`.
    public func process(_ document: inout Document) throws {
        let text = document.text
        var candidates: [Int] = []
        // French has about one token per 5.5 bytes; untouched reserved pages cost nothing.
        tokenizer.reset(expectedTokens: text.utf8Count / 4 + 1)
        try text.withUTF8 { bytes in
            var position = 0, scalar = 0
            while position < bytes.count {
                try document.checkDeadline(stage: qualifiedName)
                (position, scalar) = chunk.fill(from: bytes, position: position, scalar: scalar)
                try chunk.withUnits { units, mapping in
                    try words.segment(units, ends: &ends, statuses: &statuses)
                    tokenizer.tokenize(units, mapping: mapping, ends: ends, statuses: statuses, count: words.count)
                    try sentenceBreaks.segment(units, ends: &ends, statuses: &statuses)
                    for k in 0..<sentenceBreaks.count { candidates.append(mapping.scalar(at: Int(ends[k]))) }
                }
            }
        }
        let tokens = tokenizer.takeTokens()
        try document.checkDeadline(stage: qualifiedName)
        let sentences = SentenceSplitter(rules: rules).sentences(candidates: candidates, tokens: tokens, text: text)
        document.tokens = tokens
        document.sentences = sentences
    }
}
