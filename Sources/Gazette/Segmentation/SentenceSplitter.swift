/// Turns ICU's sentence boundaries into sentences, applying a language's rules.
///
/// ICU proposes boundaries; they are moved to token boundaries. Boundaries ICU does not see
/// are added after sentence punctuation followed by a number, a dash and a capital, or a list
/// marker (`… en 2019. 200 vols …`, `… à Nantes. -Le tout …`), and before a sentence-starting
/// pronoun that follows a word with no punctuation (`… aide beaucoup Elles donnent …`). Then:
/// * a boundary after a title or reference abbreviation (`Dr.`, `art.`, `p.`) or an initial
///   (`J. K. Rowling`), or between a day number with its period and a month name (`17.
///   November`), is dropped;
/// * a closing quote that ICU put at the start of the next sentence (`« Viens ! » Puis`) is
///   given back to the sentence it closes, and the boundary is dropped altogether when the
///   text goes on in lower case or with a comma (`« Viens ! », dit-il.`);
/// * a list marker at the start of a line (`1.`, `a)`, `•`) stays with its item;
/// * a line break inside running text (the line ends without punctuation and the next one
///   starts in lower case) is not a boundary; every other line break is (headings, list
///   items, blank lines), as in ICU.
///
/// Sentences are returned as spans from their first token to their last, so they never
/// begin or end with whitespace. Character look-ups go through a forward-moving cursor.
struct SentenceSplitter {
    let rules: SegmentationRules
    /// The first letters of the sentence starters, to reject most capitalised words unread.
    private let starterInitials: [Unicode.Scalar]

    init(rules: SegmentationRules) {
        self.rules = rules
        starterInitials = Array(Set(rules.sentenceStarters.compactMap { $0.unicodeScalars.first }))
    }

    /// Sentences of `text` given ICU's candidate boundaries (scalar offsets, ascending).
    func sentences(candidates: [Int], tokens: TokenLayer, text: DocumentText) -> [Span] {
        guard !tokens.isEmpty else { return [] }
        return text.withUTF8 { bytes in
            var s = ScalarCursor(text: text, bytes: bytes)
            return split(candidates: candidates, tokens: tokens, &s)
        }
    }

    private func split(candidates: [Int], tokens: TokenLayer, _ s: inout ScalarCursor) -> [Span] {
        // Each boundary as the index of the first token of a sentence.
        var starts: [Int] = [0]
        starts.reserveCapacity(candidates.count + 1)
        tokens.withPacked { packed in
            var t = 0
            for offset in candidates {
                while t < packed.count && Int(packed[t].start) < offset { t += 1 }
                if t >= packed.count { break }
                if t > starts[starts.count - 1] { starts.append(t) }
            }
        }
        starts = merged(starts, addedStarts(tokens, &s))

        var kept: [Int] = [0]
        kept.reserveCapacity(starts.count)
        // Whether a straight double quote is open, from the tokens scanned so far.
        var quoteOpen = false
        var scanned = 0
        for k in 1..<starts.count {
            var b = starts[k]
            guard b > kept[kept.count - 1] else { continue }
            tokens.withPacked { packed in
                while scanned < b {
                    if packed[scanned].kind == .quote && isMark(tokens[scanned], "\"", &s) { quoteOpen.toggle() }
                    scanned += 1
                }
            }
            let flags = tokens[b].flags
            if flags.contains(.lineStart) {
                quoteOpen = false
                if !flags.contains(.paragraphStart) && isWrappedLine(tokens, b, &s) { continue }
            } else {
                // A closing quote belongs to the sentence it closes.
                var moved = false
                while b < tokens.count, !tokens[b].flags.contains(.lineStart), isClosingQuote(tokens[b], quoteOpen: quoteOpen, &s) {
                    b += 1
                    scanned = b
                    quoteOpen = false
                    moved = true
                }
                if moved {
                    if b < tokens.count && !continuesSentence(tokens[b], &s) { kept.append(b) }
                    continue
                }
                if suppressedAfter(tokens, b, &s) { continue }
            }
            if isListMarker(tokens, from: kept[kept.count - 1], to: b, &s) { continue }
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

    // MARK: - Added boundaries

    private func addedStarts(_ tokens: TokenLayer, _ s: inout ScalarCursor) -> [Int] {
        var added: [Int] = []
        guard tokens.count > 2 else { return added }
        tokens.withPacked { packed in
        for i in 2..<(tokens.count - 1) {
            // Flags and kinds first, without building tokens: most tokens stop here (a token
            // after white space, on the line of the one before, after punctuation without space).
            let flags = packed[i].flags
            guard flags.contains(.spaceBefore) else { continue }
            if flags.contains(.capitalized) && !flags.contains(.lineStart) && startsWithoutPunctuation(tokens, i, &s) { added.append(i); continue }
            guard packed[i - 1].kind == .punctuation, !packed[i - 1].flags.contains(.spaceBefore) else { continue }
            let token = tokens[i]
            let end = tokens[i - 1]
            guard end.kind == .punctuation, end.span.length <= 3, token.flags.contains(.spaceBefore),
                  !end.flags.contains(.spaceBefore), tokens[i - 2].kind == .word || tokens[i - 2].kind == .number else { continue }
            // The token facts of the three cases below, before the text is read.
            let next = tokens[i + 1]
            guard token.kind == .number || token.kind == .ordinal
                    || (token.kind == .punctuation && token.span.length == 1 && next.flags.contains(.capitalized) && !next.flags.contains(.spaceBefore))
                    || (token.kind == .word && token.flags.contains(.lowercase) && token.span.length <= 4 && next.span.length == 1 && !next.flags.contains(.spaceBefore)),
                  let mark = s.scalar(at: end.start), ".!?…".unicodeScalars.contains(mark) else { continue }
            if token.kind == .number || token.kind == .ordinal {
                added.append(i)
            } else if token.kind == .punctuation, token.span.length == 1, next.flags.contains(.capitalized),
                      !next.flags.contains(.spaceBefore), let c = s.scalar(at: token.start), "-–—".unicodeScalars.contains(c) {
                added.append(i)
            } else if token.kind == .word, token.flags.contains(.lowercase), token.span.length <= 4,
                      next.span.length == 1, !next.flags.contains(.spaceBefore), s.scalar(at: next.start) == ")",
                      s.string(token.span).unicodeScalars.allSatisfy({ "ivxabcdefgh".unicodeScalars.contains($0) }) {
                added.append(i)
            }
        }
        }
        return added
    }

    /// A capitalised word that starts a sentence with no sentence punctuation before it: a
    /// sentence-starting pronoun (`Il`, `Elles`, `C'`) after a word or a number; a function word
    /// (`Selon`, `À`, `Le`) after `;`; any capitalised word after an emoticon.
    private func startsWithoutPunctuation(_ tokens: TokenLayer, _ i: Int, _ s: inout ScalarCursor) -> Bool {
        let flags = tokens.flags(at: i)
        guard flags.contains(.spaceBefore), !flags.contains(.lineStart) else { return false }
        let token = tokens[i]
        let previous = tokens[i - 1]
        if previous.kind == .emoticon { return true }
        guard token.span.length <= 8, token.kind == .word || token.kind == .elision,
              tokens[i + 1].flags.contains(.lowercase) || tokens[i + 1].kind == .word || tokens[i + 1].kind == .punctuation else { return false }
        if previous.kind == .word || previous.kind == .number {
            return token.span.length <= 5 && tokens[i + 1].flags.contains(.lowercase)
                && s.scalar(at: token.start).map(starterInitials.contains) == true
                && rules.sentenceStarters.contains(s.string(token.span).replacingApostrophes())
        }
        return isMark(previous, ";", &s) && rules.functionWords.contains(s.string(token.span).replacingApostrophes())
    }

    private func merged(_ a: [Int], _ b: [Int]) -> [Int] {
        guard !b.isEmpty else { return a }
        var out: [Int] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            let next = j >= b.count || (i < a.count && a[i] <= b[j]) ? a[i] : b[j]
            if i < a.count && a[i] == next { i += 1 }
            if j < b.count && b[j] == next { j += 1 }
            if out.last != next { out.append(next) }
        }
        return out
    }

    // MARK: - Dropped boundaries

    /// No boundary after a non-final abbreviation (`Dr.`), an initial followed by a capital,
    /// or a day number and its period followed by a month name.
    private func suppressedAfter(_ tokens: TokenLayer, _ b: Int, _ s: inout ScalarCursor) -> Bool {
        let previous = tokens[b - 1]
        if !rules.monthNames.isEmpty, b >= 2, previous.kind == .punctuation, previous.span.length == 1,
           tokens[b - 2].kind == .number, tokens[b - 2].span.length <= 2, tokens[b - 2].end == previous.start,
           s.scalar(at: previous.start) == ".", rules.monthNames.contains(s.string(tokens[b].span).lowercased()) {
            return true
        }
        guard previous.kind == .abbreviation else { return false }
        if rules.nonFinalAbbreviations.contains(s.string(Span(previous.start, previous.end - 1))) { return true }
        // An initial (one capital letter) before a capitalised word: `J. K. Rowling`.
        return previous.span.length == 2 && previous.flags.contains(.capitalized) && tokens[b].flags.contains(.capitalized)
    }

    /// A line ending without sentence punctuation, continued in lower case on the next line.
    private func isWrappedLine(_ tokens: TokenLayer, _ b: Int, _ s: inout ScalarCursor) -> Bool {
        guard tokens[b].flags.contains(.lowercase) else { return false }
        let last = tokens[b - 1]
        guard let c = s.scalar(at: last.end - 1) else { return false }
        return !".!?…:;»\"”".unicodeScalars.contains(c)
    }

    /// The sentence `[from, to)` is only a list marker at the start of a line: `1.`, `12)`, `a)`, `•`.
    private func isListMarker(_ tokens: TokenLayer, from: Int, to: Int, _ s: inout ScalarCursor) -> Bool {
        let count = to - from
        let first = tokens[from]
        guard count <= 2, first.flags.contains(.lineStart) else { return false }
        if count == 1 {
            guard first.span.length == 1, let c = s.scalar(at: first.start) else { return false }
            return "•‣◦▪–—-*·".unicodeScalars.contains(c)
        }
        let second = tokens[from + 1]
        guard isMark(second, ".", &s) || isMark(second, ")", &s) else { return false }
        if first.kind == .number { return first.span.length <= 3 }
        return first.span.length == 1 && first.flags.contains(.lowercase)
    }

    private func isClosingQuote(_ token: Token, quoteOpen: Bool, _ s: inout ScalarCursor) -> Bool {
        guard token.span.length == 1, token.kind == .quote || token.kind == .punctuation,
              let c = s.scalar(at: token.start) else { return false }
        switch c {
        case "»", "”", "’", "›", ")": return true
        // A straight quote closes when one is open, or when a space follows it.
        case "\"": return quoteOpen || (s.scalar(at: token.end)?.properties.isWhitespace ?? true)
        default: return false
        }
    }

    /// Whether a token goes on with the sentence before it: lower case, or `,` `;` `:` `)`.
    private func continuesSentence(_ token: Token, _ s: inout ScalarCursor) -> Bool {
        if token.flags.contains(.lowercase) { return true }
        guard token.span.length == 1, let c = s.scalar(at: token.start) else { return false }
        return ",;:)".unicodeScalars.contains(c)
    }

    private func isMark(_ token: Token, _ mark: Unicode.Scalar, _ s: inout ScalarCursor) -> Bool {
        token.span.length == 1 && (token.kind == .punctuation || token.kind == .quote) && s.scalar(at: token.start) == mark
    }
}

extension String {
    /// The string with `’` read as `'`.
    func replacingApostrophes() -> String {
        guard unicodeScalars.contains("\u{2019}") else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }
}
