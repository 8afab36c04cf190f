/// The `timex` stage: finds dates, times, durations and sets over the tokens, and resolves them
/// to TIMEX3 values against the reference date, the dated headings and the discourse.
///
/// ```
/// tokens + sentences ─▶ DateCellBuilder ─▶ cells ─▶ DateGrammar ─▶ timexes
///                        (fold, look up)            (match, resolve, anchor)
/// ```
///
/// With no reference date, `YearEvidence` first reads a dateline (a full date alone on the
/// first line), the years the text states and its weekday + day + month triples. The reference
/// date becomes the dateline, or else the latest triple in the year near the stated ones that
/// fits every triple, with source `inferred`. Not thread-safe: one per worker.
public final class TimexStage: Stage {
    public static let name = "timex"
    public static let version = 1
    public let requires = [TokensLayer.name, SentencesLayer.name]
    public let produces = [TimexesLayer.name]

    /// The compiled vocabulary.
    public let lexicon: TemporalLexicon
    private var builder: DateCellBuilder
    private var grammar: DateGrammar

    /// A stage for `language` (French by default).
    public convenience init(language: TemporalLanguage = .french) {
        self.init(lexicon: TemporalLexicon(language))
    }

    /// A stage over a compiled vocabulary (which several stages may share).
    public init(lexicon: TemporalLexicon) {
        self.lexicon = lexicon
        builder = DateCellBuilder(lexicon: lexicon)
        grammar = DateGrammar(lexicon: lexicon)
    }

    /// Adds the `timexes` layer; may set an inferred reference date.
    public func process(_ document: inout Document) throws {
        guard let tokens = document.tokens, let sentences = document.sentences else {
            throw GazetteError.stageFailed(stage: qualifiedName, document: document.id, reason: "tokens or sentences missing")
        }
        // The shared folded layer (computed by `entities` in the default pipeline).
        guard let view = document.foldTokens() else {
            throw GazetteError.stageFailed(stage: qualifiedName, document: document.id, reason: "tokens missing")
        }
        var context = DateContext()
        if let value = document.referenceDate.value {
            context.reference = DateContext.Reference(iso: value)
            if context.reference == nil {
                document.warnings.append(Warning(code: "reference-date-unreadable",
                                                 message: "reference date \(value) is not an ISO 8601 date: relative dates left unresolved",
                                                 stage: qualifiedName))
            }
        } else {
            let evidence = YearEvidence(text: document.text, tokens: tokens, view: view, lexicon: lexicon)
            // A dateline is the day the text speaks from: deictic words resolve against it. A year
            // read from weekdays only dates the days and months of the text.
            let dateline = evidence.dateline
            if let day = dateline ?? Self.inferReference(years: evidence.years, triples: evidence.triples) {
                context.reference = DateContext.Reference(day: day, inferred: dateline == nil)
                let d = CalendarMath.date(ofDayNumber: day)
                document.referenceDate = ReferenceDate(value: TimePoint(year: d.year, month: d.month, day: d.day).value, source: .inferred)
            }
        }
        let doc = document
        document.timexes = try run(document.text, tokens, view, sentences, context) {
            try doc.checkDeadline(stage: qualifiedName)
        }.found
    }

    /// Reads the sentences in order, calling `check` (the document's deadline) every 64 sentences.
    private func run(_ text: DocumentText, _ tokens: TokenLayer, _ view: FoldedTokens, _ sentences: [Span], _ context: DateContext,
                     check: () throws -> Void = {}) rethrows -> (found: [Timex], context: DateContext) {
        // The grammar and the builder are passed `inout`: one exclusive access for the document
        // instead of one per use of a stored property.
        try scan(&grammar, &builder, text, tokens, view, sentences, context, check: check)
    }

    private func scan(_ grammar: inout DateGrammar, _ builder: inout DateCellBuilder,
                      _ text: DocumentText, _ tokens: TokenLayer, _ view: FoldedTokens, _ sentences: [Span], _ context: DateContext,
                      check: () throws -> Void) rethrows -> (found: [Timex], context: DateContext) {
        grammar.context = context
        grammar.found.removeAll(keepingCapacity: true)
        builder.reset()
        try text.withUTF8 { bytes in try DateTokenView.with(tokens, view, lexicon) { tokenView in
            grammar.bytes = bytes
            defer { grammar.bytes = nil }
            var t = 0
            var s = 0
            while s < sentences.count {
                if s % 64 == 63 { try check() }
                let sentence = sentences[s]
                s += 1
                while t < tokens.count && tokens.end(at: t) <= sentence.start { t += 1 }
                var u = t
                while u < tokens.count && tokens.start(at: u) < sentence.end { u += 1 }
                guard u > t else { continue }
                // `14 - 20 sept. 2014`: a sentence cut after a month abbreviation goes on.
                while s < sentences.count, u < tokens.count, tokens.start(at: u) >= sentences[s].start, continuesDate(bytes, tokens, view, u) {
                    while u < tokens.count && tokens.start(at: u) < sentences[s].end { u += 1 }
                    s += 1
                }
                if builder.mayHoldDate(bytes, tokens: tokens, view: view, tokenView: tokenView, range: t..<u) {
                    builder.build(bytes, tokens: tokens, tokenView: tokenView, range: t..<u, into: &grammar.cells)
                    grammar.scanSentence(features: builder.features, lineStarts: builder.hasLineStart)
                } else {
                    // No cell could carry a date: only the sentence and paragraph counts move.
                    grammar.skipSentence(lineStarts: builder.skip(bytes, tokens: tokens, view: view, range: t..<u))
                }
                t = u
            }
        }}
        return (grammar.found, grammar.context)
    }

    /// Whether the sentence splitter took a date's period for a sentence end: the sentence
    /// before token `u` ends with a month abbreviation and its period and token `u` is a number
    /// (`sept. 2014`), or it ends with a number and its period and token `u` is a month
    /// (`17. November`).
    private func continuesDate(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: TokenLayer, _ view: FoldedTokens, _ u: Int) -> Bool {
        guard u >= 2, tokens.kind(at: u - 1) == .punctuation, tokens.end(at: u - 1) - tokens.start(at: u - 1) == 1,
              tokens.end(at: u - 2) == tokens.start(at: u - 1), bytes[Int(view.utf8Starts[u - 1])] == 0x2E else { return false }
        func entry(_ t: Int) -> LexEntry? {
            let h = WordFolding.hash(token: t, view: view, bytes, view.utf8Range(t, tokens: tokens, utf8: bytes)).hash
            let id = lexicon.lookup(h)
            return id == 0 ? nil : lexicon.entries[Int(id)]
        }
        if tokens.kind(at: u) == .number, tokens.kind(at: u - 2) == .word { return (entry(u - 2)?.monthAbbreviation ?? 0) > 0 }
        if tokens.kind(at: u) == .word, tokens.kind(at: u - 2) == .number, tokens.end(at: u - 2) - tokens.start(at: u - 2) <= 2 {
            return (entry(u)?.month ?? 0) > 0
        }
        return false
    }

    /// The day to use as inferred reference: the latest weekday + day + month of the text, in the
    /// year nearest the stated years (later first) where every such triple falls on its weekday.
    static func inferReference(years: [Int], triples: [(weekday: Int, month: Int, day: Int)]) -> Int? {
        guard let latest = years.max(), !triples.isEmpty else { return nil }
        for delta in [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6] {
            let y = latest + delta
            let fits = triples.allSatisfy { t in
                CalendarMath.isValid(year: y, month: t.month, day: t.day)
                    && CalendarMath.weekday(ofDayNumber: CalendarMath.dayNumber(year: y, month: t.month, day: t.day)) == t.weekday
            }
            if fits {
                return triples.map { CalendarMath.dayNumber(year: y, month: $0.month, day: $0.day) }.max()
            }
        }
        return nil
    }
}
