/// The date grammar: reads the cells of one sentence left to right and resolves each
/// expression as soon as it is read, so that later expressions can anchor on earlier ones.
///
/// At each cell it tries every pattern family (ranges, open ranges, sets, offsets, durations,
/// dates and times) and keeps the longest match. The families live in `DateGrammar+*.swift`.
struct DateGrammar {
    /// An expression read and resolved: cells `[first, end)`.
    struct Found {
        var first: Int
        var end: Int
        var kind: Timex.Kind
        var value: String
        var mod: String? = nil
        var anchor: Timex.Anchor
        /// The resolved point, for the discourse (nil for durations, sets, ranges).
        var point: TimePoint? = nil
        /// A day named just before and sharing this date's month (`les 20` in `les 20 et 21
        /// novembre`): cells and value, emitted as its own timex first.
        var companion: (first: Int, end: Int, value: String)? = nil
    }

    let lexicon: TemporalLexicon
    var cells: [DateCell] = []
    var context = DateContext()
    /// Expressions found so far in the document.
    var found: [Timex] = []
    /// The cell where the match being tried starts: it may begin a line.
    var matchStart = 0
    /// The features of the sentence being read (all of them outside ``scanSentence()``).
    var features = Features(rawValue: .max)
    /// Whether cell `k` can carry a date by itself: a temporal word, a year, a day after an
    /// article, or a number joined to `:`, `/`, `-`, `'` or `"`.
    /// (Static, on the cells and lexicon: a method called from the mutating scan would be
    /// passed a copy of the whole grammar at each call.)
    private static func isCore(_ k: Int, _ cells: [DateCell], _ lexicon: TemporalLexicon) -> Bool {
        let c = cells[k]
        // `ten thirty`, `twelve oh three`: an hour and minutes in words.
        // `half past nine`: an hour in words after a direction.
        if lexicon.language.twelveHourClock, c.kind == .word, c.wordNumber >= 1, c.wordNumber <= 12,
           k + 1 < cells.count && (cells[k + 1].wordNumber >= 0 || cells[k + 1].mark == 0x2D)
            || k > 0 && cells[k - 1].lex != 0 && (lexicon.entries[Int(cells[k - 1].lex)].relation < 0 || cells[k - 1].role == TemporalRole.half.rawValue + 1) {
            return true
        }
        if c.lex != 0 {
            // `on the first`: an ordinal word after a function word, ending the sentence.
            return lexicon.isCore[Int(c.lex)]
                || (lexicon.entries[Int(c.lex)].ordinal > 0 && k > 0 && cells[k - 1].role != 0 && k + 1 == cells.count)
        }
        if c.kind == .ordinal, k > 0, cells[k - 1].role != 0 { return true }
        guard c.kind == .number, c.value >= 0, !c.flags.contains(.decimal) else { return false }
        if c.readsAsYear { return true }
        // `'90s`: a decade number with its suffix.
        if c.digits == 2, k + 1 < cells.count, cells[k + 1].role == TemporalRole.decadeSuffix.rawValue + 1 { return true }
        // `2 / 15` alone: two numbers around a spaced slash or dash.
        if k == 0, c.digits <= 2, cells.count == 3, cells[1].kind == .punctuation, cells[1].mark == 0x2F || cells[1].mark == 0x2D, cells[2].kind == .number { return true }
        // A day after a preposition or article (`le 16`, `du 13`, `de 5`), or numbers in a row (`20 02 14`).
        if c.digits <= 2, k > 0, cells[k - 1].role != 0 || cells[k - 1].kind == .number { return true }
        if k + 1 < cells.count, cells[k + 1].kind == .punctuation, cells[k + 1].flags.contains(.attached) {
            switch cells[k + 1].mark {
            case 0x3A, 0x2F, 0x2D, 0x27, 0x22: return true
            default: return false
            }
        }
        return false
    }

    /// Whether cell `c` may be core (``isCore(_:_:_:)`` is false for every other cell): a word
    /// cell is core only for its entry (``TemporalLexicon/mayBeCore``) or as an hour in words.
    @inline(__always)
    private static func mayBeCore(_ c: DateCell, _ wordMayBeCore: UnsafeBufferPointer<Bool>) -> Bool {
        c.lex != 0 && wordMayBeCore[Int(c.lex)] || c.kind == .number || c.kind == .ordinal || c.wordNumber >= 1
    }

    /// The dates read at the cells of the sentence (``date(at:)``), found or not.
    private var memo = DateMemo(capacity: 256)
    /// Whether dates are remembered (set by ``scanSentence()``; a grammar used outside it reads
    /// every date afresh). A date
    /// read at a cell depends on nothing but the cells, the context and, in a sentence with a
    /// cell that begins a line, the match start (``breaksLine(_:)``) and the paragraph count:
    /// such a sentence forgets them before each match (``memoPerMatch``).
    private var memoEnabled = false
    /// Whether the sentence has a cell that begins a line: dates are remembered within one
    /// match only.
    private var memoPerMatch = false

    /// The longest date at `i` (``readDate(at:)``). The grammar tries the same cells from
    /// several patterns and positions (`range` and `point` both read the date at a cell);
    /// between two emitted expressions (which change the context), and within one match in a
    /// sentence with line starts, the date read at a cell (or its absence) is remembered.
    /// (Non-mutating, as every resolver: a non-mutating call from a mutating method copies the
    /// whole grammar; the memo is a reference.)
    func date(at i: Int) -> DatePart? {
        guard memoEnabled, i >= 0, i < cells.count else { return readDate(at: i) }
        if memo.isKnown(i) { return memo.part(i) }
        let d = readDate(at: i)
        memo.remember(i, d)
        return d
    }

    /// The text's UTF-8, valid while a document is scanned (for tense endings).
    var bytes: UnsafeBufferPointer<UInt8>?
    private let tense: TenseMarker

    init(lexicon: TemporalLexicon) {
        self.lexicon = lexicon
        tense = TenseMarker(lexicon: lexicon)
    }

    /// The tense cue of cell `k` (-1 past, 1 future, 0 none), read on demand.
    func tenseCue(_ k: Int) -> Int {
        guard let bytes else {
            let f = cells[k].flags
            return f.contains(.pastCue) ? -1 : f.contains(.futureCue) ? 1 : 0
        }
        return tense.cue(k, cells, bytes)
    }

    // MARK: - Scanning

    /// Reads one sentence's cells (already in ``cells``).
    mutating func scanSentence() {
        var lineStarts = false
        var features: Features = []
        for k in cells.indices {
            features.formUnion(self.features(ofCell: k))
            if cells[k].flags.contains(.lineStart) { lineStarts = true }
        }
        scanSentence(features: features, lineStarts: lineStarts)
    }

    /// Reads one sentence's cells (already in ``cells``), given the union of their
    /// ``features(ofCell:)`` and whether one of them begins a line (as
    /// ``DateCellBuilder`` gathers them).
    mutating func scanSentence(features: Features, lineStarts: Bool) {
        context.sentence += 1
        tense.reset(count: cells.count)
        let n = cells.count
        self.features = features
        // A sentence without a cell that can carry a date tries no match: remembering costs
        // nothing there.
        memoEnabled = true
        memoPerMatch = lineStarts
        if memoEnabled {
            if memo.capacity < n { memo = DateMemo(capacity: max(n, 2 * memo.capacity)) }
            memo.forget()
        }
        // Matches are only tried near a cell that can carry a date: `next` is the first such
        // cell at or after the last one looked for (Int.max: none left), found on demand so
        // that each cell is tested at most once.
        var next = -1
        var i = 0
        // The cells do not change while the sentence is read: a local copy shares their storage,
        // read in place by the loop (no bounds check or reload per cell) while the resolvers
        // use `self.cells`.
        let cells = self.cells
        cells.withUnsafeBufferPointer { cp in
            lexicon.mayBeCore.withUnsafeBufferPointer { wordMayBeCore in
                while i < n {
                    let c = cp[i]
                    if c.flags.contains(.lineStart) { context.paragraph += 1 }
                    guard c.lex != 0 || c.kind == .number || c.kind == .ordinal || c.wordNumber >= 0 else { i += 1; continue }
                    if next < i {
                        var k = i
                        // (Only a temporal word, a number, an ordinal or a number word can be core:
                        // the cheap test spares the call on the other cells.)
                        while k < n, !(Self.mayBeCore(cp[k], wordMayBeCore) && Self.isCore(k, cells, lexicon)) { k += 1 }
                        next = k < n ? k : Int.max
                    }
                    guard next - i <= 6 else { i += 1; continue }
                    matchStart = i
                    if memoPerMatch { memo.forget() }
                    if let f = best(at: i) {
                        emit(f)
                        if memoEnabled { memo.forget() }
                        i = f.end
                    } else {
                        i += 1
                    }
                }
            }
        }
    }

    /// Counts a sentence in which no cell can carry a date (see
    /// ``DateCellBuilder/mayHoldDate(_:tokens:view:range:)``), as ``scanSentence()`` would:
    /// `lineStarts` of its cells begin a line.
    mutating func skipSentence(lineStarts: Int) {
        context.sentence += 1
        context.paragraph += lineStarts
    }

    /// The longest expression starting at cell `i`.
    func best(at i: Int) -> Found? {
        var best: Found?
        func consider(_ f: Found?) {
            guard let f, f.end > i else { return }
            if best == nil || f.end > best!.end { best = f }
        }
        // Each family is tried only where its first word can start it.
        let c = cells[i]
        let r = role(i)
        let e = entry(i)
        let numeric = c.kind == .number || c.kind == .ordinal || c.wordNumber >= 0
        let amountStart = numeric || r == .some || r == .half || (e?.approximateNumber ?? 0) > 0
        if lexicon.language.twelveHourClock, amountStart || r == .in || r == .since || r == .by || (e?.relation ?? 0) < 0 { consider(shortOffset(at: i)) }
        if numeric || r == .around || r == .from || r == .between || r == .later { consider(clockRange(at: i)) }
        if numeric || r != nil || e?.isCore == true { consider(range(at: i)) }
        switch r {
        case .filler?, .from?, .after?, .before?, .later?, .until?: consider(openRange(at: i))
        default: break
        }
        if numeric || r == .every { consider(set(at: i)) }
        if amountStart || r == .ago || r == .within || r == .during || r == .article || (r == .in && lexicon.language.inBeforeAmountIsWithin)
            || (lexicon.language.relationsPrecede && (e?.relation ?? 0) != 0) {
            consider(offset(at: i))
        }
        if amountStart || r == .during || r == .since || r == .in || r == .around || r == .moreThan || r == .lessThan {
            consider(duration(at: i))
        }
        consider(point(at: i))
        if c.lex != 0 || r != nil { consider(holidayPeriod(at: i)) }
        if e?.reference != nil { consider(presentOrPast(at: i)) }
        if r == .article || c.kind == .ordinal || (e?.ordinal ?? 0) != 0 { consider(fortnight(at: i)) }
        return best
    }

    private mutating func emit(_ f: Found) {
        if let c = f.companion {
            found.append(Timex(span: Span(cells[c.first].start, cells[c.end - 1].end), kind: .date, value: c.value, anchor: f.anchor))
        }
        var first = f.first
        while first < f.end - 1, cells[first].kind == .punctuation { first += 1 }
        // The span leaves out a leading `à`, and an article before a day number (`le 17 novembre`).
        if first < f.end - 1, isRole(first, .at) { first += 1 }
        if first < f.end - 2, isRole(first, .article), cells[first + 1].kind == .number || cells[first + 1].kind == .ordinal
            || (entry(first + 1)?.ordinal == 1 && entry(first + 2)?.month ?? 0 > 0) { first += 1 }
        var last = f.end - 1
        while last > first, cells[last].kind == .punctuation { last -= 1 }
        let span = Span(cells[first].start, cells[last].end)
        found.append(Timex(span: span, kind: f.kind, value: f.value, mod: f.mod, anchor: f.anchor))
        if let p = f.point, let y = p.year, p.month == nil, p.season == nil, p.week == nil, p.quarter == nil, p.half == nil {
            context.previousYear = y
            context.previousYearParagraph = context.paragraph
            context.previousYearSentence = context.sentence
        }
        if let p = f.point, p.year != nil, p.month != nil || p.season != nil || p.day != nil {
            context.previous = p
            context.previousParagraph = context.paragraph
            context.previousSentence = context.sentence
            context.previousExplicit = f.anchor == .explicit
        }
        // A dated heading: a day at the start of a short line without a verb.
        if let p = f.point, p.day != nil, let day = p.dayNumber, cells[first].flags.contains(.lineStart) || first == 0 {
            var k = f.end, words = 0, verb = false
            while k < cells.count, !cells[k].flags.contains(.lineStart) {
                if cells[k].kind == .word { words += 1 }
                if cells[k].flags.contains(.beAuxiliary) || tenseCue(k) != 0 { verb = true }
                k += 1
            }
            let endsLine = k == cells.count
            if words <= 3 && !verb && endsLine && cells[f.first].flags.contains(.lineStart) {
                context.heading = day
                context.previous = p
                context.previousParagraph = context.paragraph
            }
        }
    }

    // MARK: - Cell helpers

    var count: Int { cells.count }

    /// The lexicon entry of cell `i`, if any.
    @inline(__always)
    func entry(_ i: Int) -> LexEntry? {
        guard i >= 0, i < cells.count, cells[i].lex != 0 else { return nil }
        return lexicon.entries[Int(cells[i].lex)]
    }

    /// The grammatical role of cell `i` (`dès` and `des` differ by their accent).
    @inline(__always)
    func role(_ i: Int) -> TemporalRole? {
        guard i >= 0, i < cells.count, cells[i].role != 0 else { return nil }
        return TemporalRole(rawValue: cells[i].role - 1)
    }

    /// Whether cell `i` has role `r`; `du` counts as `de`.
    @inline(__always)
    func isRole(_ i: Int, _ r: TemporalRole) -> Bool {
        guard i >= 0, i < cells.count else { return false }
        let x = cells[i].role
        return x == r.rawValue + 1 || (r == .of && x == TemporalRole.ofThe.rawValue + 1)
    }

    /// Whether cell `i` is the punctuation mark `m` (ASCII; a scalar, not a `Character`, so
    /// that the comparison needs no grapheme work).
    @inline(__always)
    func isMark(_ i: Int, _ m: Unicode.Scalar) -> Bool {
        i < cells.count && cells[i].kind == .punctuation && UInt32(cells[i].mark) == m.value
    }

    /// Whether cell `i` is a plain number written in digits (not decimal, not grouped).
    func digits(_ i: Int) -> Int? {
        guard i < cells.count, cells[i].kind == .number, cells[i].value >= 0,
              !cells[i].flags.contains(.decimal), !cells[i].flags.contains(.grouped) else { return nil }
        return cells[i].value
    }

    /// Whether cell `i` starts a new line (expressions do not cross lines).
    func breaksLine(_ i: Int) -> Bool { i != matchStart && i < cells.count && cells[i].flags.contains(.lineStart) }

    /// A cardinal number at `i`: digits, or words (`vingt et un`, `vingt quatre`, `dix-huit`).
    /// Two number words that do not compose (`deux trois`) are no number.
    func number(at i: Int) -> (value: Int, end: Int, inDigits: Bool)? {
        guard i < cells.count else { return nil }
        if let v = digits(i) { return (v, i + 1, true) }
        let a = cells[i].wordNumber
        guard a >= 0 else { return nil }
        if i > 0, cells[i - 1].wordNumber >= 0 { return nil }
        var value = a, end = i + 1
        let tens = a >= 20 && a % 10 == 0 && a <= 90
        if tens, end < count, !breaksLine(end) {
            let b = cells[end].wordNumber
            let limit = (a == 60 || a == 80) ? 19 : 9
            if b >= 1 && b <= limit { value += b; end += 1 } else if isRole(end, .and), end + 1 < count, cells[end + 1].wordNumber == 1 || cells[end + 1].wordNumber == 11 {
                value += cells[end + 1].wordNumber; end += 2
            }
        }
        if end < count, cells[end].wordNumber >= 0, entry(end)?.unit == nil, entry(end)?.ordinal == 0 { return nil }
        return (value, end, false)
    }

    /// The tense around cells `[first, end)`: -1 past, +1 future, 0 unknown; the nearest cue
    /// in the sentence wins.
    func direction(_ first: Int, _ end: Int, within: Int = Int.max) -> Int {
        // `depuis le 7 octobre`: what has lasted since a date began in the past.
        if first > 0, isRole(first - 1, .since) || (first > 1 && isRole(first - 2, .since) && isRole(first - 1, .article)) { return -1 }
        // `lancé mardi`: a participle right before the date.
        if let bytes, tense.endsInAcuteE(first - 1, cells, bytes) {
            // …unless a future auxiliary comes before it (`sera inauguré mercredi`).
            let futureBefore = (first > 1 && tenseCue(first - 2) > 0) || (first > 2 && tenseCue(first - 3) > 0)
            return futureBefore ? 1 : -1
        }
        // The nearest cue in the clause; else in the sentence, but not across quotation marks.
        let inClause = nearestCue(first, end, stopAtCommas: true, within: within)
        return inClause != 0 ? inClause : nearestCue(first, end, stopAtCommas: false, within: within)
    }

    private func nearestCue(_ first: Int, _ end: Int, stopAtCommas: Bool, within: Int) -> Int {
        func boundary(_ k: Int) -> Bool {
            guard cells[k].kind == .punctuation else { return false }
            switch cells[k].mark {
            case 0x22, 0x28, 0x29: return true
            case 0x2C, 0x3B, 0x3A: return stopAtCommas
            default: return false
            }
        }
        func cue(_ k: Int) -> Int { tenseCue(k) }
        var left = 0, leftDistance = Int.max
        var k = first - 1
        while k >= 0, first - k <= within, !boundary(k) {
            let d = cue(k)
            if d != 0 { left = d; leftDistance = first - k; break }
            k -= 1
        }
        var right = 0, rightDistance = Int.max
        k = end
        while k < count, k - end + 1 <= within, !boundary(k) {
            let d = cue(k)
            if d != 0 { right = d; rightDistance = k - end + 1; break }
            k += 1
        }
        return leftDistance <= rightDistance ? left : right
    }
}
