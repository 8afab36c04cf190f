/// Turns ICU's sentence boundaries into sentences, applying a language's rules.
///
/// ICU proposes boundaries; they are moved to token boundaries. Boundaries ICU does not see
/// are added after sentence punctuation followed by a number or a dash and a capital
/// (`… en 2019. 200 vols …`, `… à Nantes. -Le tout …`). Then:
/// * a boundary after a title or reference abbreviation (`Dr.`, `art.`, `p.`) or an initial
///   (`J. K. Rowling`) is dropped;
/// * a closing quote that ICU put at the start of the next sentence (`« Viens ! » Puis`) is
///   given back to the sentence it closes, and the boundary is dropped altogether when the
///   text goes on in lower case or with a comma (`« Viens ! », dit-il.`);
/// * a list marker at the start of a line (`1.`, `a)`, `•`) stays with its item;
/// * a line break inside running text (the line ends without punctuation and the next one
///   starts in lower case) is not a boundary; every other line break is (headings, list
///   items, blank lines), as in ICU.
///
/// Sentences are returned as spans from their first token to their last, so they never
/// begin or end with whitespace.
struct SentenceSplitter {
    let rules: SegmentationRules

    /// Sentences of `text` given ICU's candidate boundaries (scalar offsets, ascending).
    func sentences(candidates: [Int], tokens: TokenLayer, text: DocumentText) -> [Span] {
        guard !tokens.isEmpty else { return [] }
        let scalars = ScalarReader(text)
        // Each boundary as the index of the first token of a sentence.
        var starts: [Int] = [0]
        starts.reserveCapacity(candidates.count + 1)
        var t = 0
        for offset in candidates {
            while t < tokens.count && tokens[t].start < offset { t += 1 }
            if t >= tokens.count { break }
            if t > starts[starts.count - 1] { starts.append(t) }
        }
        starts = merge(starts, addedStarts(tokens, scalars))
        var kept: [Int] = [0]
        kept.reserveCapacity(starts.count)
        // Whether a straight double quote is open, from the tokens scanned so far.
        var quoteOpen = false
        var scanned = 0
        func scan(upTo end: Int) {
            while scanned < end {
                if isStraightQuote(scalars, tokens[scanned]) { quoteOpen.toggle() }
                scanned += 1
            }
        }
        for k in 1..<starts.count {
            var b = starts[k]
            guard b > kept[kept.count - 1] else { continue }
            scan(upTo: b)
            let lineBreaks = scalars.lineBreaks(between: tokens[b - 1].end, and: tokens[b].start)
            if lineBreaks > 0 { quoteOpen = false }
            if lineBreaks == 0 {
                // A closing quote belongs to the sentence it closes.
                var moved = false
                while b < tokens.count, isClosingQuote(scalars, tokens[b], quoteOpen: quoteOpen),
                      scalars.lineBreaks(between: tokens[b - 1].end, and: tokens[b].start) == 0 {
                    b += 1
                    scanned = b
                    quoteOpen = false
                    moved = true
                }
                if moved {
                    if b < tokens.count && !continuesSentence(scalars, tokens[b]) { kept.append(b) }
                    continue
                }
                if suppressedAfter(scalars, tokens, b) { continue }
            } else if lineBreaks == 1 && isWrappedLine(scalars, tokens, b) {
                continue
            }
            if isListMarker(scalars, tokens, from: kept[kept.count - 1], to: b) { continue }
            kept.append(b)
        }
        var spans: [Span] = []
        spans.reserveCapacity(kept.count)
        for (n, first) in kept.enumerated() {
            let last = (n + 1 < kept.count ? kept[n + 1] : tokens.count) - 1
            spans.append(Span(tokens[first].start, tokens[last].end))
        }
        return spans
    }

    /// Sentence starts ICU misses: after `.` `!` `?` `…` and a space, a number, a dash
    /// followed by a capital, or a list marker (`iii)`); and a sentence-starting pronoun
    /// (``SegmentationRules/sentenceStarters``) followed by a lower-case word, after a word or
    /// `;` with no sentence punctuation between (`… aide beaucoup Elles donnent …`).
    private func addedStarts(_ tokens: TokenLayer, _ s: ScalarReader) -> [Int] {
        var added: [Int] = []
        for i in 1..<Swift.max(1, tokens.count - 1) {
            if startsWithPronoun(tokens, s, i) { added.append(i); continue }
            let end = tokens[i - 1]
            guard end.kind == .punctuation, let mark = s.scalar(at: end.start), ".!?…".unicodeScalars.contains(mark),
                  end.span.length <= 3, i >= 2, tokens[i - 2].end == end.start,
                  tokens[i - 2].kind == .word || tokens[i - 2].kind == .number,
                  tokens[i].start > end.end, let next = s.scalar(at: tokens[i].start) else { continue }
            if next.properties.numericType != nil && tokens[i].kind == .number || tokens[i].kind == .ordinal {
                added.append(i)
            } else if tokens[i].kind == .word, tokens[i].span.length <= 4, next.properties.isLowercase,
                      s.scalar(at: tokens[i + 1].start) == ")", tokens[i + 1].start == tokens[i].end,
                      s.string(tokens[i].span).unicodeScalars.allSatisfy({ "ivxabcdefgh".unicodeScalars.contains($0) }) {
                added.append(i)
            } else if "-–—".unicodeScalars.contains(next), tokens[i].span.length == 1, tokens[i + 1].start == tokens[i].end,
                      let after = s.scalar(at: tokens[i + 1].start), after.properties.isUppercase {
                added.append(i)
            }
        }
        return added
    }

    private func startsWithPronoun(_ tokens: TokenLayer, _ s: ScalarReader, _ i: Int) -> Bool {
        let token = tokens[i]
        guard !rules.sentenceStarters.isEmpty, token.kind == .word || token.kind == .elision,
              token.span.length <= 5, let first = s.scalar(at: token.start), first.properties.isUppercase,
              tokens[i - 1].end < token.start, i + 1 < tokens.count,
              let after = s.scalar(at: tokens[i + 1].start), after.properties.isLowercase,
              rules.sentenceStarters.contains(s.string(token.span).replacingApostrophes()) else { return false }
        let previous = tokens[i - 1]
        if previous.kind == .word || previous.kind == .number { return true }
        return previous.span.length == 1 && s.scalar(at: previous.start) == ";"
    }

    private func merge(_ a: [Int], _ b: [Int]) -> [Int] {
        guard !b.isEmpty else { return a }
        return Array(Set(a).union(b)).sorted()
    }

    /// No boundary after a non-final abbreviation (`Dr.`) or an initial followed by a capital.
    private func suppressedAfter(_ s: ScalarReader, _ tokens: TokenLayer, _ b: Int) -> Bool {
        let previous = tokens[b - 1]
        guard previous.kind == .abbreviation else { return false }
        let word = s.string(Span(previous.start, previous.end - 1))
        if rules.nonFinalAbbreviations.contains(word) { return true }
        // An initial (one capital letter) before a capitalised word: `J. K. Rowling`.
        if previous.span.length == 2, let c = s.scalar(at: previous.start), c.properties.isUppercase,
           let next = s.scalar(at: tokens[b].start), next.properties.isUppercase {
            return true
        }
        return false
    }

    /// A line ending without sentence punctuation, continued in lower case on the next line.
    private func isWrappedLine(_ s: ScalarReader, _ tokens: TokenLayer, _ b: Int) -> Bool {
        guard let last = s.scalar(at: tokens[b - 1].end - 1), let next = s.scalar(at: tokens[b].start) else { return false }
        if ".!?…:;»\"”".unicodeScalars.contains(last) { return false }
        return next.properties.isLowercase
    }

    /// The sentence `[from, to)` is only a list marker at the start of a line: `1.`, `12)`, `a)`, `•`.
    private func isListMarker(_ s: ScalarReader, _ tokens: TokenLayer, from: Int, to: Int) -> Bool {
        let count = to - from
        guard count <= 2, s.startsLine(tokens[from].start) else { return false }
        let first = tokens[from]
        if count == 1 {
            guard first.span.length == 1, let c = s.scalar(at: first.start) else { return false }
            return "•‣◦▪–—-*·".unicodeScalars.contains(c)
        }
        let second = tokens[from + 1]
        guard second.span.length == 1, let mark = s.scalar(at: second.start), mark == "." || mark == ")" else { return false }
        if first.kind == .number { return first.span.length <= 3 }
        return first.span.length == 1 && (s.scalar(at: first.start)?.properties.isLowercase ?? false)
    }

    private func isStraightQuote(_ s: ScalarReader, _ token: Token) -> Bool {
        token.span.length == 1 && s.scalar(at: token.start) == "\""
    }

    private func isClosingQuote(_ s: ScalarReader, _ token: Token, quoteOpen: Bool) -> Bool {
        guard token.span.length == 1, let c = s.scalar(at: token.start) else { return false }
        switch c {
        case "»", "”", "’", "›": return true
        // A straight quote closes when one is open, or when a space follows it.
        case "\"": return quoteOpen || (s.scalar(at: token.end)?.properties.isWhitespace ?? true)
        case ")": return true
        default: return false
        }
    }

    /// Whether a token goes on with the sentence before it: lower case, or `,` `;` `:` `)`.
    private func continuesSentence(_ s: ScalarReader, _ token: Token) -> Bool {
        guard let c = s.scalar(at: token.start) else { return false }
        return c.properties.isLowercase || ",;:)".unicodeScalars.contains(c)
    }
}

extension String {
    /// The string with `’` read as `'`.
    func replacingApostrophes() -> String {
        guard unicodeScalars.contains("\u{2019}") else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }
}

/// Reads scalars of a document text by scalar offset, for rules that look around a boundary.
struct ScalarReader {
    let text: DocumentText

    init(_ text: DocumentText) { self.text = text }

    func scalar(at offset: Int) -> Unicode.Scalar? {
        guard offset >= 0 && offset < text.scalarCount else { return nil }
        return text.string.unicodeScalars[text.index(ofScalar: offset)]
    }

    func string(_ span: Span) -> String { String(text[span]) }

    /// The number of line breaks (CR LF counting once) in `[a, b)`.
    func lineBreaks(between a: Int, and b: Int) -> Int {
        guard a < b else { return 0 }
        var n = 0
        var previousCR = false
        for c in text[Span(a, b)].unicodeScalars {
            switch c {
            case "\n": if !previousCR { n += 1 }; previousCR = false
            case "\r": n += 1; previousCR = true
            case "\u{85}", "\u{2028}", "\u{2029}": n += 1; previousCR = false
            default: previousCR = false
            }
        }
        return n
    }

    /// Whether only spaces stand between the start of the line (or text) and `offset`.
    func startsLine(_ offset: Int) -> Bool {
        var p = offset - 1
        while p >= 0, let c = scalar(at: p) {
            if c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" { return true }
            if !c.properties.isWhitespace { return false }
            p -= 1
        }
        return true
    }
}
