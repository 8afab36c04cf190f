/// What the year-inference pass needs from a text without a reference date, read cheaply:
/// years stated in a date context (`en 2019`, `novembre 2023`, `l'automne 2022`), weekday +
/// day + month triples (`Jeudi 16 novembre`), and a dateline (a full date alone on the first
/// line). Only number tokens and their neighbours are read, so the pass costs a fraction of
/// the full recogniser.
struct YearEvidence {
    var years: [Int] = []
    var triples: [(weekday: Int, month: Int, day: Int)] = []
    var dateline: Int?

    /// Reads `tokens` of `text`; `view` is the document's folded layer (UTF-8 starts, hashes).
    init(text: DocumentText, tokens: TokenLayer, view: FoldedTokens, lexicon: TemporalLexicon) {
        text.withUTF8 { bytes in
            func entry(_ t: Int) -> LexEntry? {
                guard t >= 0, t < tokens.count else { return nil }
                let kind = tokens.kind(at: t)
                guard kind == .word || kind == .elision || kind == .abbreviation else { return nil }
                let r = WordFolding.hash(token: t, view: view, bytes, view.utf8Range(t, tokens: tokens, utf8: bytes))
                var id = lexicon.lookup(r.hash)
                if id == 0, r.last == 0x2E { id = lexicon.lookup(r.withoutLast) }
                return id == 0 ? nil : lexicon.entries[Int(id)]
            }
            func number(_ t: Int) -> (value: Int, digits: Int)? {
                guard t >= 0, t < tokens.count, tokens[t].kind == .number else { return nil }
                let token = tokens[t]
                guard token.end - token.start <= 4 else { return nil }
                let range = view.utf8Range(t, tokens: tokens, utf8: bytes)
                let from = range.lowerBound, to = range.upperBound
                var v = 0
                for k in from..<to {
                    let b = bytes[k]
                    guard b >= 0x30 && b <= 0x39 else { return nil }
                    v = v * 10 + Int(b - 0x30)
                }
                return (v, to - from)
            }
            // The first line, for a dateline.
            var firstLineEnd = Int.max
            if let nl = text.string.unicodeScalars.prefix(400).firstIndex(of: "\n") {
                firstLineEnd = text.string.unicodeScalars.distance(from: text.string.unicodeScalars.startIndex, to: nl)
            }
            for t in 0..<tokens.count where tokens.kind(at: t) == .number {
                guard let (n, digits) = number(t) else { continue }
                if digits == 4, (1000...2999).contains(n) {
                    if let e = entry(t - 1), e.month > 0 || e.season != nil || e.holiday >= 0 || e.unit == .year
                        || [.in, .of, .ofThe, .since, .from, .until, .before, .after, .between, .and].contains(e.role) {
                        years.append(n)
                    }
                    continue
                }
                guard digits <= 2, (1...31).contains(n), let m = entry(t + 1)?.month, m > 0 else { continue }
                let weekday = entry(t - 1)?.weekday ?? 0
                if weekday > 0 { triples.append((weekday, m, n)) }
                // `Mardi 21 novembre 2023` alone on the first line.
                if dateline == nil, tokens[t].start < firstLineEnd, t + 2 < tokens.count, let (y, yd) = number(t + 2), yd == 4,
                   tokens[t + 2].end <= firstLineEnd || firstLineEnd == Int.max, CalendarMath.isValid(year: y, month: m, day: n),
                   (t + 3 >= tokens.count || tokens[t + 3].start >= firstLineEnd) {
                    dateline = CalendarMath.dayNumber(year: y, month: m, day: n)
                }
            }
        }
    }
}
