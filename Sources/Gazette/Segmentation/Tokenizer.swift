/// Turns ICU word segments into surface tokens, applying a language's ``SegmentationRules``.
///
/// ICU gives words, spaces and single punctuation marks. On each whitespace-delimited run of
/// segments the tokenizer then, in this order:
/// 1. takes URLs, e-mail addresses, `@handles` and `#hashtags` whole;
/// 2. joins hyphenated compounds (`États-Unis`, `2007-2008`), unless they end in an inverted
///    clitic, which is split off with its hyphen (`a` `-t-il`, `est` `-ce`);
/// 3. splits elided words with their apostrophe (`l'` `équipe`, `qu’` `il`), except words
///    listed as lexicalised (`aujourd'hui`);
/// 4. keeps abbreviations and initials with their period (`M.`, `etc.`, `J.-C.`);
/// 5. splits clock times as UD does (`20h45` → `20` `h` `45`), marks ordinals (`1er`, `XIXe`);
/// 6. joins `...`, `--`, signed numbers (`-1`) and emoticons standing alone (`;)`);
/// and across runs joins thousands groups (`10 000`, with any no-break space).
///
/// Offsets handled here are UTF-16 units of one chunk; tokens are stored in scalars.
struct Tokenizer {
    /// The word lists, shared by reference so that the tokenizer itself stays small.
    final class Lexicon: Sendable {
        let elisions: WordSet
        let lexicalisedWords: WordSet
        let lexicalisedApostropheWords: WordSet
        let clitics: WordSet
        let cliticsNotAfterCapital: WordSet
        let abbreviations: WordSet
        let ordinalSuffixes: WordSet
        let clockSeparators: WordSet
        let emoticons: WordSet
        let monthAbbreviations: WordSet
        let contractions: WordSet
        let hasContractions: Bool
        let numberSuffixes: WordSet
        let hasNumberSuffixes: Bool
        /// Last code units of the ordinal suffixes, to reject most words at once.
        let ordinalEndings: [UInt16]
        /// Whether every lexicalised word holds an apostrophe or a hyphen: then a lone word
        /// without an apostrophe is neither lexicalised nor elided.
        let lexicalisedWordsHaveJoiners: Bool

        init(_ rules: SegmentationRules) {
            elisions = WordSet(rules.elisionPrefixes, folded: true)
            lexicalisedWords = WordSet(rules.lexicalisedApostropheWords.union(rules.lexicalisedHyphenWords), folded: true)
            lexicalisedApostropheWords = WordSet(rules.lexicalisedApostropheWords, folded: true)
            clitics = WordSet(rules.clitics, folded: true)
            cliticsNotAfterCapital = WordSet(rules.cliticsNotAfterCapital, folded: true)
            abbreviations = WordSet(rules.abbreviations, folded: false)
            ordinalSuffixes = WordSet(rules.ordinalSuffixes, folded: false)
            clockSeparators = WordSet(rules.clockSeparators, folded: true)
            emoticons = WordSet(rules.emoticons, folded: false)
            monthAbbreviations = WordSet(rules.monthAbbreviations, folded: true)
            contractions = WordSet(rules.contractionSuffixes, folded: true)
            hasContractions = !rules.contractionSuffixes.isEmpty
            numberSuffixes = WordSet(rules.numberSuffixes, folded: true)
            hasNumberSuffixes = !rules.numberSuffixes.isEmpty
            ordinalEndings = Array(Set(rules.ordinalSuffixes.compactMap { $0.utf16.last })).sorted()
            lexicalisedWordsHaveJoiners = rules.lexicalisedApostropheWords.union(rules.lexicalisedHyphenWords).allSatisfy {
                $0.utf16.contains { CodeUnits.isApostrophe($0) || CodeUnits.isHyphen($0) }
            }
        }
    }

    private let lexicon: Lexicon

    /// A segment of the run being processed, in chunk code units.
    struct Segment {
        var start: Int
        var end: Int
        /// ICU rule status: below 100 for spaces and punctuation.
        var status: Int32
        var isAlphanumeric: Bool { status >= 100 }
    }

    private var run = SegmentBuffer()
    /// Whether the run holds an `@`, once a rule needed to know.
    private var runHasAt: Bool?
    /// The tokens of the text so far, except the last ones still in ``scratch``.
    private(set) var tokens = TokenLayer()
    /// The latest tokens, packed, moved to ``tokens`` at the end of each chunk (or when full):
    /// writing them costs no array uniqueness or capacity check per token.
    private let scratch = TokenScratch(capacity: 1 << 14)
    private var scratchCount = 0
    /// How the current chunk's code units map to document scalars.
    private var mapping = ScalarMapping(base: 0, map: nil)
    /// Line breaks seen since the last token (counted up to the next token).
    private var pendingBreaks = 2
    /// The space and line flags of the next token, from the white space seen since the last one.
    private var pendingFlags: TokenFlags = [.spaceBefore, .lineStart, .paragraphStart]

    init(rules: SegmentationRules) {
        lexicon = Lexicon(rules)
    }

    /// Starts a new text of about `expectedTokens` tokens; the first token is at the start of
    /// a paragraph.
    mutating func reset(expectedTokens: Int) {
        pendingBreaks = 2
        pendingFlags = [.spaceBefore, .lineStart, .paragraphStart]
        tokens = TokenLayer()
        tokens.reserveCapacity(expectedTokens)
    }

    /// The tokens of the text, leaving the tokenizer empty.
    mutating func takeTokens() -> TokenLayer {
        moveScratch()
        defer { tokens = TokenLayer() }
        return tokens
    }

    /// Tokenizes one chunk whose ICU word segmentation is `ends`/`statuses` (first `count`),
    /// adding its tokens to ``tokens``.
    mutating func tokenize(_ units: UnsafeBufferPointer<UInt16>, mapping: ScalarMapping, ends: [Int32], statuses: [Int32], count: Int) {
        self.mapping = mapping
        ends.withUnsafeBufferPointer { ends in
        statuses.withUnsafeBufferPointer { statuses in
            var start = 0
            var k = 0
            run.removeAll()
            while k < count {
                let end = Int(ends[k])
                if statuses[k] < 100 && CodeUnits.isSpace(units[start]) {
                    // A single space between thousands groups does not end the number.
                    if end - start == 1, k + 1 < count, CodeUnits.isDigit(units[end]), CodeUnits.isThousandsSpace(units[start]),
                       joinsThousands(units, next: end, nextEnd: Int(ends[k + 1])) {
                        run[run.count - 1].end = Int(ends[k + 1])
                        run[run.count - 1].status = 100
                        start = Int(ends[k + 1])
                        k += 2
                        continue
                    }
                    if !run.isEmpty { flush(units) }
                    if end - start == 1 && units[start] == 0x20 {
                        // One plain space (most separators).
                        pendingFlags.insert(.spaceBefore)
                    } else {
                        // ICU may attach combining marks to a space: keep them as a token of their own.
                        var p = start
                        while p < end && CodeUnits.isSpace(units[p]) {
                            if units[p] == 0x0A || (units[p] == 0x0D && (p + 1 >= end || units[p + 1] != 0x0A))
                                || units[p] == 0x2028 || units[p] == 0x2029 || units[p] == 0x85 { pendingBreaks += 1 }
                            p += 1
                        }
                        pendingFlags.insert(.spaceBefore)
                        if pendingBreaks >= 1 { pendingFlags.insert(.lineStart) }
                        if pendingBreaks >= 2 { pendingFlags.insert(.paragraphStart) }
                        if p < end { run.append(Segment(start: p, end: end, status: 0)); flush(units) }
                    }
                } else if run.isEmpty, k + 1 == count || (statuses[k + 1] < 100 && CodeUnits.isSpace(units[end])),
                          lone(units, start, end, status: statuses[k]) {
                    // Done: a word or mark standing alone between spaces (most tokens).
                } else {
                    run.append(Segment(start: start, end: end, status: statuses[k]))
                }
                start = end
                k += 1
            }
            if !run.isEmpty { flush(units) }
        }
        }
        moveScratch()
    }

    /// Moves the tokens of ``scratch`` to ``tokens``.
    private mutating func moveScratch() {
        tokens.append(packed: UnsafeBufferPointer(start: scratch.base, count: scratchCount))
        scratchCount = 0
    }

    /// Whether the run so far ends in a 1–3 digit group (or a joined number ending in a
    /// 3-digit group) and the segment `[next, nextEnd)` is a 3-digit group (`000`, `000,50`).
    private func joinsThousands(_ u: UnsafeBufferPointer<UInt16>, next: Int, nextEnd: Int) -> Bool {
        guard next < nextEnd, CodeUnits.isDigit(u[next]), let last = run.last, last.isAlphanumeric,
              CodeUnits.isDigit(u[last.end - 1]) else { return false }
        // Digits at the end of the run (after any earlier joined group and its space).
        var p = last.end
        while p > last.start && CodeUnits.isDigit(u[p - 1]) { p -= 1 }
        let tail = last.end - p
        guard tail >= 1 && tail <= 3 else { return false }
        if p > last.start {
            // Only an already joined number may have more before its last group.
            guard tail == 3, CodeUnits.isThousandsSpace(u[p - 1]) else { return false }
        } else if run.count >= 2, run[run.count - 2].end == last.start, run[run.count - 2].isAlphanumeric {
            return false
        }
        // The next group: exactly three digits, then the end or a decimal part.
        var q = next, digits = 0
        while q < nextEnd && CodeUnits.isDigit(u[q]) { q += 1; digits += 1 }
        guard digits == 3 else { return false }
        if q == nextEnd { return true }
        guard u[q] == 0x2C || u[q] == 0x2E, q + 1 < nextEnd else { return false }
        q += 1
        while q < nextEnd && CodeUnits.isDigit(u[q]) { q += 1 }
        return q == nextEnd
    }

    // MARK: - One run

    /// Adds a token; the first one after white space carries the space and line flags.
    @inline(__always)
    private mutating func emit(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, _ kind: TokenKind) {
        var flags = pendingFlags
        let c = u[start]
        if c < 0x80 {
            if c &- 0x41 < 26 { flags.insert(.capitalized) } else if c &- 0x61 < 26 { flags.insert(.lowercase) }
        } else {
            flags.formUnion(Self.caseFlags(c))
        }
        pendingFlags = []
        pendingBreaks = 0
        let first = mapping.scalar(at: start), length = mapping.scalar(at: end) &- first
        // One test for the rare cases: a long token, a full scratch buffer, an offset out of range.
        if _slowPath(UInt(bitPattern: first) > UInt(UInt32.max) || UInt(bitPattern: length) >= UInt(UInt16.max)
                     || scratchCount == scratch.capacity) {
            precondition(first >= 0 && first <= Int(UInt32.max) && length >= 0, "token out of range")
            moveScratch()
            tokens.append(Span(first, first + length), kind: kind, flags: flags)
            return
        }
        scratch.base[scratchCount] = TokenLayer.Packed(start: UInt32(truncatingIfNeeded: first), length: UInt16(truncatingIfNeeded: length),
                                                       kind: kind, flags: flags)
        scratchCount &+= 1
    }

    /// `.capitalized` or `.lowercase` for a token starting with the non-ASCII unit `c`.
    @inline(never)
    private static func caseFlags(_ c: UInt16) -> TokenFlags {
        if CodeUnits.isUpper(c) { return .capitalized }
        if CodeUnits.isLower(c) { return .lowercase }
        return []
    }

    private mutating func flush(_ u: UnsafeBufferPointer<UInt16>) {
        guard !run.isEmpty else { return }
        defer { run.removeAll() }
        runHasAt = nil
        // Fast path: a single plain word or mark.
        if run.count == 1 {
            let s = run[0]
            if !s.isAlphanumeric {
                if let special = special(u, from: 0) {
                    emit(u, s.start, special.end, special.kind)
                    if special.end < s.end { emit(u, special.end, s.end, kind(ofMark: u, s.start)) }
                } else {
                    emit(u, s.start, s.end, kind(ofMark: u, s.start))
                }
                return
            }
            if !containsJoiner(u, s.start, s.end) && !isStartOfSpecial(u, s.start, s.end) {
                emitWord(u, s.start, s.end, status: s.status)
                return
            }
        }
        // An emoticon standing alone: `;)`, `:-D`.
        let runEnd = run[run.count - 1].end
        if runEnd - run[0].start <= 3, !run[0].isAlphanumeric, lexicon.emoticons.contains(u, run[0].start..<runEnd) {
            emit(u, run[0].start, runEnd, .emoticon)
            return
        }
        // Words and marks that no rule joins (`(mot),`, `(l'équipe),`): each is a token as it
        // stands, but for its elisions. The same with a period at the end (`mot.`, `(mot).`):
        // only a word right before it may take it as an abbreviation.
        if lexicon.lexicalisedWordsHaveJoiners {
            var plain = run.count
            if plain >= 2, isMark(u, run[plain - 1], 0x2E) { plain -= 1 }
            if (0..<plain).allSatisfy({ isSimple(u, run[$0]) }) {
                for k in 0..<plain {
                    let s = run[k]
                    if s.isAlphanumeric {
                        if simpleWord(u, s, periodFollows: k + 1 == plain && plain < run.count, segment: k) { return }
                    } else {
                        emit(u, s.start, s.end, kind(ofMark: u, s.start))
                    }
                }
                if plain < run.count { emit(u, run[plain].start, run[plain].end, .punctuation) }
                return
            }
        }
        var i = 0
        while i < run.count {
            i = step(u, at: i)
        }
    }

    /// Whether no run rule but elision can apply to segment `s`: a word without a period or
    /// `@` that starts no URL or handle, or a single mark other than the periods, hyphens,
    /// signs, apostrophes, `@` and `#` that rules look for.
    @inline(__always)
    private func isSimple(_ u: UnsafeBufferPointer<UInt16>, _ s: Segment) -> Bool {
        if s.isAlphanumeric { return !isStartOfSpecial(u, s.start, s.end) && !containsJoiner(u, s.start, s.end, apostrophes: false) }
        guard s.end - s.start == 1 else { return false }
        let c = u[s.start]
        return !(c == 0x2E || CodeUnits.isHyphen(c) || c == 0x2B || c == 0x2212 || CodeUnits.isApostrophe(c) || c == 0x40 || c == 0x23)
    }

    /// Emits the word segment `s` (index `k` of the run) of a run of simple segments (see
    /// ``isSimple(_:_:)``): its elisions, then the word, or the abbreviation taking the period
    /// that follows when `periodFollows`. Returns whether it took the period. The same tokens
    /// as ``word(_:at:)`` for such a segment.
    @inline(__always)
    private mutating func simpleWord(_ u: UnsafeBufferPointer<UInt16>, _ s: Segment, periodFollows: Bool, segment k: Int) -> Bool {
        let end = s.end
        let joined = containsJoiner(u, s.start, end)
        guard let start = elisions(u, s.start, end, apostropheBefore: end, compound: false, joined: joined) else { return false }
        if periodFollows, let dotEnd = abbreviationEnd(u, start, end, segmentAfter: k) {
            emit(u, start, dotEnd, .abbreviation)
            return true
        }
        if joined, let cut = lexicon.contractionStart(u, start, end) {
            emit(u, start, cut, .word)
            emit(u, cut, end, .clitic)
        } else {
            emitWord(u, start, end, status: s.status)
        }
        return false
    }

    /// Emits the elided prefixes of the word `[start, end)` (`l'`, `qu’`), each ending at an
    /// apostrophe before `apostropheBefore`, and returns where the rest starts; nil when the
    /// word is lexicalised (`aujourd'hui`) and was emitted whole. A part without an apostrophe
    /// is neither, unless it is a compound or a lexicalised word may have no joiner.
    /// `joined` tells whether `[start, end)` holds a joiner (``containsJoiner``).
    @inline(__always)
    private mutating func elisions(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, apostropheBefore limit: Int,
                                   compound: Bool, joined: Bool) -> Int? {
        let always = compound || !lexicon.lexicalisedWordsHaveJoiners
        guard always || joined else { return start }
        var start = start
        repeat {
            if lexicon.lexicalised(u, start, end) { emit(u, start, end, .word); return nil }
            guard let apostrophe = lexicon.elisionApostrophe(u, start, limit) else { break }
            emit(u, start, apostrophe + 1, .elision)
            start = apostrophe + 1
        } while always || containsJoiner(u, start, end)
        return start
    }

    /// Emits the segment `[a, b)` when it stands alone between spaces and needs none of the
    /// run rules: a plain word (no joiner, no digit at its end that could start a thousands
    /// group, not the start of a URL or handle) or a mark other than `@` and `#`. Returns false,
    /// emitting nothing, otherwise. The same tokens as ``flush(_:)`` for a run of one segment.
    @inline(__always)
    private mutating func lone(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int, status: Int32) -> Bool {
        if status >= 200 {
            guard !CodeUnits.isDigit(u[b - 1]), !containsJoiner(u, a, b), !isStartOfSpecial(u, a, b) else { return false }
            emitWord(u, a, b, status: status)
            return true
        }
        guard status < 100, u[a] != 0x40, u[a] != 0x23 else { return false }
        emit(u, a, b, kind(ofMark: u, a))
        return true
    }

    /// Whether a segment holds an apostrophe (unless `apostrophes` is false), a period or an
    /// `@` (the cases needing rules).
    @inline(__always)
    private func containsJoiner(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int, apostrophes: Bool = true) -> Bool {
        var p = a
        // Four units at a time while they are all ASCII above `@` (most letters): no joiner there.
        if b - a >= 4 {
            let raw = UnsafeRawPointer(u.baseAddress!)
            while p + 4 <= b {
                let w = raw.loadUnaligned(fromByteOffset: p &* 2, as: UInt64.self)
                guard w & 0xFF80_FF80_FF80_FF80 == 0,
                      (w &+ 0x003F_003F_003F_003F) & 0x0080_0080_0080_0080 == 0x0080_0080_0080_0080 else { break }
                p += 4
            }
        }
        while p < b {
            let c = u[p]
            if c <= 0x40 {
                if (c == 0x27 && apostrophes) || c == 0x2E || c == 0x40 { return true }
            } else if apostrophes && c >= 0x2BC && (c == 0x2019 || c == 0x2BC) {
                return true
            }
            p += 1
        }
        return false
    }

    /// Whether ``special(_:from:)`` may find a handle or URL at the word `[a, b)` of a run
    /// without `@`: it starts with `@`, or with `h`, `w` or `f` and has `p`, `:` or `.` fourth
    /// (`http`, `ftp:`, `www.`), as the URL prefixes do.
    @inline(__always)
    private func isStartOfSpecial(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Bool {
        let c = u[a] | 0x20
        if c == 0x60 { return true } // @ (0x40 | 0x20)
        guard c == 0x68 || c == 0x77 || c == 0x66, a + 3 < u.count else { return false }
        let c3 = u[a + 3] | 0x20
        return c3 == 0x70 || c3 == 0x3A || c3 == 0x2E
    }

    /// Processes the run from segment `i`; returns the index of the next unprocessed segment.
    private mutating func step(_ u: UnsafeBufferPointer<UInt16>, at i: Int) -> Int {
        let s = run[i]
        if let special = special(u, from: i) {
            // Skip the segments it covers; a segment it cuts keeps its remainder.
            var j = i
            while j < run.count && run[j].end <= special.end { j += 1 }
            emit(u, s.start, special.end, special.kind)
            if j < run.count && run[j].start < special.end { run[j].start = special.end }
            return j
        }
        if s.isAlphanumeric {
            return word(u, at: i)
        }
        return mark(u, at: i)
    }

    // MARK: - Words

    private mutating func word(_ u: UnsafeBufferPointer<UInt16>, at i: Int) -> Int {
        // J.-C.: initial, period, hyphen, initial, period.
        if i + 4 < run.count, isInitial(u, run[i]), isMark(u, run[i + 1], 0x2E), isHyphenSegment(u, run[i + 2]),
           isInitial(u, run[i + 3]), isMark(u, run[i + 4], 0x2E), adjacent(i, i + 4) {
            emit(u, run[i].start, run[i + 4].end, .abbreviation)
            return i + 5
        }
        // The compound: word (hyphen word)*, with nothing between.
        var j = i
        while j + 2 < run.count, isHyphenSegment(u, run[j + 1]), run[j + 2].isAlphanumeric, adjacent(j, j + 2) { j += 2 }
        var start = run[i].start
        let end = run[j].end
        var firstSegmentEnd = run[i].end

        // Elisions at the front, unless the word is lexicalised.
        guard let rest = elisions(u, start, end, apostropheBefore: firstSegmentEnd, compound: i < j,
                                  joined: i < j || containsJoiner(u, start, end)) else { return j + 1 }
        start = rest
        // An elided word whose apostrophe ICU left outside: `jusqu` `'`.
        if i == j, j + 1 < run.count, run[j + 1].end - run[j + 1].start == 1, CodeUnits.isApostrophe(u[run[j + 1].start]),
           lexicon.elisions.contains(u, start..<end) {
            emit(u, start, run[j + 1].end, .elision)
            return j + 2
        }
        // Inverted clitics at the back.
        var cliticHyphens: [Int] = []     // hyphen positions where a clitic starts, last first
        var stemEnd = end
        var h = j                    // segment index of the stem's last segment
        while h > i {
            // Try `-t-il` (two segments back) before `-il`.
            var found = false
            for back in stride(from: 4, through: 2, by: -2) where h - back >= i && (back == 2 || isHyphenSegment(u, run[h - 1])) {
                let hyphen = run[h - back + 1].start
                guard isHyphenSegment(u, run[h - back + 1]) else { continue }
                guard lexicon.clitics.contains(u, (hyphen + 1)..<stemEnd) else { continue }
                if lexicon.cliticsNotAfterCapital.contains(u, (hyphen + 1)..<stemEnd),
                   CodeUnits.isUpper(u[start]) || CodeUnits.isUpper(u[hyphen + 1]) { continue }
                cliticHyphens.append(hyphen)
                stemEnd = hyphen
                h -= back
                found = true
                break
            }
            if !found { break }
        }
        if h == i { firstSegmentEnd = min(firstSegmentEnd, stemEnd) }

        var next = j + 1
        if cliticHyphens.isEmpty, let dotEnd = abbreviationEnd(u, start, end, segmentAfter: j) {
            emit(u, start, dotEnd, .abbreviation)
            next = j + 2
        } else if start < stemEnd {
            if let cut = lexicon.contractionStart(u, start, stemEnd) {
                emit(u, start, cut, .word)
                emit(u, cut, stemEnd, .clitic)
            } else {
                emitWord(u, start, stemEnd, status: h == i ? run[i].status : 200, compound: h > i)
            }
        }
        // Clitics in text order (the list is last first), each from its hyphen to the next clitic's.
        var n = cliticHyphens.count - 1
        while n >= 0 {
            emit(u, cliticHyphens[n], n > 0 ? cliticHyphens[n - 1] : end, .clitic)
            n -= 1
        }
        return next
    }

    /// Emits a word without joiners to split: a clock time, an ordinal, a number or a word.
    @inline(__always)
    private mutating func emitWord(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int, status: Int32, compound: Bool = false) {
        // Most words: letters first (status 200 and up is not a number), no numeral rule applies.
        if status >= 200 && !CodeUnits.isDigit(u[a]) && !Tokenizer.isRoman(u[a]) {
            emit(u, a, b, .word)
            return
        }
        emitWordByRules(u, a, b, status: status, compound: compound)
    }

    /// ``emitWord(_:_:_:status:compound:)`` for a number, a word starting with a digit or a
    /// Roman numeral letter, or a compound (out of line: the common case stays small).
    @inline(never)
    private mutating func emitWordByRules(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int, status: Int32, compound: Bool) {
        // Number suffixes, clock times and ordinals all start with a digit; Roman ordinals
        // (`XIXe`) also end as an ordinal suffix does.
        if !compound, CodeUnits.isDigit(u[a]) || (Tokenizer.isRoman(u[a]) && lexicon.ordinalEndings.contains(u[b - 1])) {
            emitNumeral(u, a, b, status: status)
            return
        }
        emitPlainWord(u, a, b, status: status, compound: compound)
    }

    /// ``emitWord(_:_:_:status:compound:)`` for a single word starting with a digit or a Roman
    /// numeral letter: a number with a suffix, a clock time, an ordinal, or else a plain word.
    @inline(never)
    private mutating func emitNumeral(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int, status: Int32) {
        if lexicon.hasNumberSuffixes, CodeUnits.isDigit(u[a]) {
            var p = a
            while p < b && CodeUnits.isDigit(u[p]) { p += 1 }
            if p < b, lexicon.numberSuffixes.contains(u, p..<b) {
                emit(u, a, p, .number)
                emit(u, p, b, .word)
                return
            }
        }
        if let sep = lexicon.clockSeparator(u, a, b) {
            emit(u, a, sep, .number)
            emit(u, sep, sep + 1, .word)
            if sep + 1 < b { emit(u, sep + 1, b, .number) }
            return
        }
        if lexicon.isOrdinal(u, a, b) { emit(u, a, b, .ordinal); return }
        emitPlainWord(u, a, b, status: status, compound: false)
    }

    /// A number (by ICU's status, or a compound of digits) or a word.
    @inline(__always)
    private mutating func emitPlainWord(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int, status: Int32, compound: Bool) {
        if status >= 100 && status < 200 { emit(u, a, b, .number); return }
        if compound && allNumeric(u, a, b) { emit(u, a, b, .number); return }
        emit(u, a, b, .word)
    }

    /// If the word `[a, b)` takes the period that follows it, the end of the abbreviation.
    private func abbreviationEnd(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int, segmentAfter j: Int) -> Int? {
        guard j + 1 < run.count, isMark(u, run[j + 1], 0x2E), run[j + 1].start == b else { return nil }
        // Not the first of several periods (`etc...` keeps `...` whole).
        if j + 2 < run.count, isMark(u, run[j + 2], 0x2E), run[j + 2].start == run[j + 1].end { return nil }
        let length = b - a
        if length == 1 && CodeUnits.isUpper(u[a]) { return b + 1 }
        if lexicon.abbreviations.contains(u, a..<b) { return b + 1 }
        // A month abbreviation before a number: `sept. 2014` (but `Ils étaient sept.`).
        if b + 2 < u.count, CodeUnits.isSpace(u[b + 1]), CodeUnits.isDigit(u[b + 2]),
           lexicon.monthAbbreviations.contains(u, a..<b) { return b + 1 }
        // Dotted acronyms: R.E.M, J.A (parts of one or two letters); a word without a period
        // is not one.
        var hasPeriod = false
        for p in a..<b where u[p] == 0x2E { hasPeriod = true; break }
        guard hasPeriod else { return nil }
        var part = 0, parts = 1
        for p in a..<b {
            if u[p] == 0x2E {
                if part == 0 || part > 2 { return nil }
                part = 0
                parts += 1
            } else if CodeUnits.isLetter(u[p]) {
                part += 1
            } else {
                return nil
            }
        }
        return parts >= 2 && part >= 1 && part <= 2 ? b + 1 : nil
    }

    /// An upper-case Roman numeral letter: I V X L C D M.
    @inline(__always)
    fileprivate static func isRoman(_ c: UInt16) -> Bool {
        c == 0x49 || c == 0x56 || c == 0x58 || c == 0x4C || c == 0x43 || c == 0x44 || c == 0x4D
    }

    private func allNumeric(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Bool {
        for p in a..<b where !(CodeUnits.isDigit(u[p]) || CodeUnits.isHyphen(u[p]) || u[p] == 0x2C || u[p] == 0x2E) { return false }
        return true
    }

    // MARK: - Marks

    private mutating func mark(_ u: UnsafeBufferPointer<UInt16>, at i: Int) -> Int {
        let s = run[i]
        let c = u[s.start]
        let single = s.end - s.start == 1
        // Runs of periods (`...`) or hyphens (`--`).
        if single && (c == 0x2E || CodeUnits.isHyphen(c)) {
            var j = i
            while j + 1 < run.count, isMark(u, run[j + 1], c), adjacent(j, j + 1) { j += 1 }
            if j > i { emit(u, s.start, run[j].end, .punctuation); return j + 1 }
        }
        // Signed numbers: `-1`, `+14`, `−0,8`, when no word stands right before.
        if single && (CodeUnits.isHyphen(c) || c == 0x2B || c == 0x2212), i + 1 < run.count, adjacent(i, i + 1),
           run[i + 1].status >= 100 && run[i + 1].status < 200,
           i == 0 || !run[i - 1].isAlphanumeric {
            emit(u, s.start, run[i + 1].end, .number)
            return i + 2
        }
        emit(u, s.start, s.end, kind(ofMark: u, s.start))
        return i + 1
    }

    private func kind(ofMark u: UnsafeBufferPointer<UInt16>, _ p: Int) -> TokenKind {
        switch u[p] {
        case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x2039, 0x203A: return .quote
        case 0x25, 0x2030: return .symbol  // % and ‰ are Unicode punctuation, but read as symbols
        default: return CodeUnits.isPunctuation(u[p]) ? .punctuation : .symbol
        }
    }

    // MARK: - URLs, e-mail, handles, hashtags

    /// A URL, e-mail address, handle or hashtag starting at segment `i`.
    private mutating func special(_ u: UnsafeBufferPointer<UInt16>, from i: Int) -> (end: Int, kind: TokenKind)? {
        let s = run[i]
        let runEnd = run[run.count - 1].end
        let c = u[s.start]
        // ICU keeps `@sama` (and an e-mail address) as one word.
        if c == 0x40 && s.isAlphanumeric && s.end - s.start >= 2 && (i == 0 || !run[i - 1].isAlphanumeric) {
            var end = s.end
            while end > s.start + 2 && u[end - 1] == 0x2E { end -= 1 }
            return (end, .mention)
        }
        if c == 0x40 || c == 0x23 { // @handle, #hashtag
            guard i + 1 < run.count, adjacent(i, i + 1), run[i + 1].isAlphanumeric,
                  i == 0 || !run[i - 1].isAlphanumeric else { return nil }
            var end = run[i + 1].end
            // ICU may include a trailing period in the word; a handle does not end with one.
            while end > run[i + 1].start + 1 && u[end - 1] == 0x2E { end -= 1 }
            if c == 0x23 {
                // A hashtag needs a letter (`#1` is a number sign).
                var hasLetter = false
                for p in run[i + 1].start..<end where CodeUnits.isLetter(u[p]) { hasLetter = true; break }
                guard hasLetter else { return nil }
            }
            return (end, c == 0x40 ? .mention : .hashtag)
        }
        guard s.isAlphanumeric else { return nil }
        // `http`, `https`, `ftp:` and `www.` have `p`, `:` or `.` fourth.
        let c0 = c | 0x20
        if c0 == 0x68 || c0 == 0x77 || c0 == 0x66, s.start + 3 < runEnd {
            let c3 = u[s.start + 3] | 0x20
            if c3 == 0x70 || c3 == 0x3A || c3 == 0x2E, let end = url(u, s.start, runEnd) { return (end, .url) }
        }
        if runHasAt == nil {
            runHasAt = false
            for p in run[0].start..<runEnd where u[p] == 0x40 { runHasAt = true; break }
        }
        if runHasAt == true, let end = email(u, s.start, runEnd) { return (end, .email) }
        return nil
    }

    private static let urlPrefixes: [[UInt16]] = ["http://", "https://", "ftp://", "www."].map { Array($0.utf16) }

    private func url(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ runEnd: Int) -> Int? {
        guard Self.urlPrefixes.contains(where: { hasPrefix(u, a, runEnd, $0) }) else { return nil }
        var end = runEnd
        var open = 0, close = 0
        for p in a..<runEnd {
            if u[p] == 0x28 { open += 1 } else if u[p] == 0x29 { close += 1 }
        }
        // Trailing punctuation belongs to the sentence, not the URL.
        while end > a {
            let last = u[end - 1]
            if last == 0x29 && close > open { close -= 1; end -= 1; continue }
            if ".,;:!?\"'»«…]}>".utf16.contains(last) || last == 0x2019 || last == 0x201D { end -= 1; continue }
            break
        }
        // Something must follow the prefix.
        let minimum = a + (hasPrefix(u, a, runEnd, Self.urlPrefixes[3]) ? 5 : 9)
        return end >= minimum ? end : nil
    }

    private func email(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ runEnd: Int) -> Int? {
        var p = a
        func isLocal(_ c: UInt16) -> Bool {
            // Letters, digits and . _ % + - (ASCII only).
            c < 0x80 && (CodeUnits.isLetter(c) || CodeUnits.isDigit(c) || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D)
        }
        while p < runEnd && isLocal(u[p]) { p += 1 }
        guard p > a, p < runEnd, u[p] == 0x40 else { return nil }
        p += 1
        let domainStart = p
        var lastDot = -1
        while p < runEnd, u[p] < 0x80, CodeUnits.isLetter(u[p]) || CodeUnits.isDigit(u[p]) || u[p] == 0x2D || u[p] == 0x2E {
            if u[p] == 0x2E { lastDot = p }
            p += 1
        }
        while p > domainStart && (u[p - 1] == 0x2E || u[p - 1] == 0x2D) { p -= 1 }
        guard lastDot > domainStart, lastDot < p - 2 else { return nil }
        return p
    }

    private func hasPrefix(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ end: Int, _ prefix: [UInt16]) -> Bool {
        var p = a
        for c in prefix {
            guard p < end, u[p] | (c >= 0x61 ? 0x20 : 0) == c else { return false }
            p += 1
        }
        return true
    }

    // MARK: - Helpers

    private func adjacent(_ i: Int, _ j: Int) -> Bool {
        for k in i..<j where run[k].end != run[k + 1].start { return false }
        return true
    }

    private func isMark(_ u: UnsafeBufferPointer<UInt16>, _ s: Segment, _ c: UInt16) -> Bool {
        s.end - s.start == 1 && u[s.start] == c
    }

    private func isHyphenSegment(_ u: UnsafeBufferPointer<UInt16>, _ s: Segment) -> Bool {
        s.end - s.start == 1 && CodeUnits.isHyphen(u[s.start])
    }

    private func isInitial(_ u: UnsafeBufferPointer<UInt16>, _ s: Segment) -> Bool {
        s.end - s.start == 1 && CodeUnits.isUpper(u[s.start])
    }
}

// The rules that only read the word lists: methods of the (immutable) lexicon, so that calling
// them does not copy the tokenizer.
extension Tokenizer.Lexicon {
    /// Where a contraction suffix of the word `[a, b)` starts (`n't` of `don't`, `'s` of
    /// `John's`), when the rules list one and a stem remains.
    func contractionStart(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Int? {
        guard hasContractions, b - a >= 3 else { return nil }
        var p = b - 1
        while p > a && b - p <= 4 && !CodeUnits.isApostrophe(u[p]) { p -= 1 }
        guard p > a, CodeUnits.isApostrophe(u[p]) else { return nil }
        if p - 1 > a, contractions.contains(u, (p - 1)..<b) { return p - 1 }
        if contractions.contains(u, p..<b) { return p }
        return nil
    }

    /// `[a, b)` is a lexicalised word (`aujourd'hui`, `c'est-à-dire`, `rendez-vous`).
    func lexicalised(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Bool {
        lexicalisedWords.contains(u, a..<b)
    }

    /// The apostrophe ending an elided prefix of the segment `[a, b)`, if there is one.
    func elisionApostrophe(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Int? {
        guard a < b, elisions.mayStart(with: u[a]) else { return nil }
        var p = a
        while p < b && p - a < 8 && !CodeUnits.isApostrophe(u[p]) { p += 1 }
        guard p < b, p > a, p + 1 < b, CodeUnits.isApostrophe(u[p]) else { return nil }
        guard elisions.contains(u, a..<p) else { return nil }
        // The apostrophe word must not itself be lexicalised (`aujourd'hui` has no elision).
        var wordEnd = p + 1
        while wordEnd < b && !CodeUnits.isApostrophe(u[wordEnd]) { wordEnd += 1 }
        if wordEnd < b {
            var after = wordEnd + 1
            while after < b && !CodeUnits.isApostrophe(u[after]) { after += 1 }
            if lexicalisedApostropheWords.contains(u, a..<after) { return nil }
        }
        return p
    }

    /// The position of `h` in a clock time `20h45`, `9h`, `14H30`.
    func clockSeparator(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Int? {
        guard b - a >= 2, b - a <= 5, CodeUnits.isDigit(u[a]), !clockSeparators.isEmpty else { return nil }
        var p = a
        while p < b && CodeUnits.isDigit(u[p]) { p += 1 }
        guard p > a, p - a <= 2, p < b, clockSeparators.contains(u, p..<(p + 1)) else { return nil }
        let minutes = b - p - 1
        guard minutes == 0 || minutes == 2 else { return nil }
        for q in (p + 1)..<b where !CodeUnits.isDigit(u[q]) { return nil }
        return p
    }

    /// `1er`, `2e`, `21ème`, `XIXe`, `Ve`, `Ier`. A Roman numeral needs two letters unless it
    /// is `I`, `V` or `X`, so that `Le`, `De`, `Ce`, `Me`, `Les` stay words.
    func isOrdinal(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Bool {
        guard b - a >= 2, b - a <= 12 else { return false }
        let first = u[a]
        var p = a
        if CodeUnits.isDigit(first) {
            while p < b && CodeUnits.isDigit(u[p]) { p += 1 }
        } else if Tokenizer.isRoman(first) {
            while p < b && Tokenizer.isRoman(u[p]) { p += 1 }
            if p - a == 1 && first != 0x49 && first != 0x56 && first != 0x58 { return false }
        } else {
            return false
        }
        guard p > a, p < b, ordinalEndings.contains(u[b - 1]) else { return false }
        return ordinalSuffixes.contains(u, p..<b)
    }
}

/// Room for a tokenizer's latest packed tokens (see `Tokenizer`), allocated once.
final class TokenScratch {
    let base: UnsafeMutablePointer<TokenLayer.Packed>
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }
}

/// The segments of the run being tokenized, in a buffer that is emptied without freeing or
/// moving anything and written without the uniqueness checks of an array (the buffer is
/// owned by one tokenizer).
struct SegmentBuffer {
    private let storage = SegmentStorage()
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }
    var last: Tokenizer.Segment? { count > 0 ? storage.base[count - 1] : nil }

    subscript(i: Int) -> Tokenizer.Segment {
        get {
            assert(i >= 0 && i < count)
            return storage.base[i]
        }
        nonmutating set {
            assert(i >= 0 && i < count)
            storage.base[i] = newValue
        }
    }

    mutating func append(_ s: Tokenizer.Segment) {
        if _slowPath(count == storage.capacity) { storage.grow() }
        (storage.base + count).initialize(to: s)
        count += 1
    }

    mutating func removeAll() { count = 0 }
}

/// The memory of a ``SegmentBuffer``, allocated once and doubled when full.
final class SegmentStorage {
    private(set) var base: UnsafeMutablePointer<Tokenizer.Segment>
    private(set) var capacity: Int

    init() {
        capacity = 64
        base = .allocate(capacity: capacity)
    }

    func grow() {
        let bigger = UnsafeMutablePointer<Tokenizer.Segment>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: capacity)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    deinit { base.deallocate() }
}
