#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the tokens of one sentence into ``DateCell``s: looks words up by their folded hash,
/// reads numbers, splits tokens that hold several date parts, merges fixed phrases, and marks
/// tense cues.
///
/// Reads the shared folded layer (``FoldedTokens``): a token's UTF-8 start, and for an ASCII
/// token its hash and shape (equal to ``WordFolding``'s for ASCII); other tokens are folded from
/// their UTF-8 here. Sentences must be given in text order (line breaks are looked for between
/// the last token read and the next).
struct DateCellBuilder {
    let lexicon: TemporalLexicon
    var folded: [UInt8] = []
    private var parts: [UInt8] = []
    /// The first line feed and the first carriage return at or after the UTF-8 start of the
    /// last token read (the text's length when there is none; -1 before the first token, so
    /// that it begins a line). Each is searched for again only once a token starts past it,
    /// from that token's start: the text's bytes are searched once in all.
    private var nextLineFeed = -1
    private var nextReturn = -1
    /// The folded hashes ``mayHoldDate(_:tokens:view:range:)`` computed for the words that are
    /// not ASCII, by token index minus the range's start, for ``build`` of the same range: set
    /// for every such word of `hashedRange.lowerBound..<hashedEnd`.
    private var hashStorage = ScratchBuffer<Hashed>(capacity: 256)
    private var hashes: UnsafeMutablePointer<Hashed>
    private var hashedRange: Range<Int> = 0..<0
    private var hashedEnd = 0
    /// A word's ``WordFolding/hash(_:from:to:)`` (`last` and `withoutLast` are 0 for a word
    /// that folds alike in both foldings, which ends with no period: see ``hash(_:_:_:_:_:)``).
    typealias Hashed = (hash: UInt64, withoutLast: UInt64, last: UInt8, flags: WordFolding.Flags)

    /// The folded hash of token `t`, not ASCII, whose UTF-8 is `bytes[from..<to]`: the shared
    /// layer's when the word folds alike in both foldings (``AlikeFolding``), else folded here.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ tv: DateTokenView, _ t: Int, _ from: Int, _ to: Int) -> Hashed {
        if let f = AlikeFolding.flags(bytes, from, to) { return (tv.hashes[t], 0, 0, f) }
        return WordFolding.hash(bytes, from: from, to: to)
    }
    /// The cells of the sentence being built, written in place (capacity ensured once per
    /// sentence) and copied to the caller's array at the end of ``build``.
    private var storage = ScratchBuffer<DateCell>(capacity: 256)
    private var out: UnsafeMutablePointer<DateCell>
    private var n = 0
    init(lexicon: TemporalLexicon) {
        self.lexicon = lexicon
        out = storage.base
        hashes = hashStorage.base
        folded.reserveCapacity(64)
    }

    /// Appends a cell (``build`` sizes the buffer for the sentence; it grows if a bound is wrong,
    /// so a write never leaves it).
    @inline(__always)
    mutating func push(_ c: DateCell) {
        if _slowPath(n == storage.capacity) { grow() }
        out[n] = c
        n += 1
    }

    @inline(never)
    private mutating func grow() {
        let bigger = ScratchBuffer<DateCell>(capacity: 2 * storage.capacity)
        bigger.base.initialize(from: out, count: n)
        storage = bigger
        out = bigger.base
    }

    /// Resets the cursor to the start of the text.
    mutating func reset() { nextLineFeed = -1; nextReturn = -1; hashedRange = 0..<0 }

    /// The UTF-8 end of token `t` (from its start `from` and its length in scalars): for a token
    /// that is not ASCII, read from the next token's start when at most one ASCII byte lies
    /// between them, else by walking its scalars.
    @inline(__always)
    static func utf8End(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: TokenLayer, _ view: FoldedTokens, _ t: Int,
                        ascii: Bool, from: Int, end: Int) -> Int {
        let scalars = end - tokens.start(at: t)
        if ascii { return from + scalars }
        let next = t + 1 < tokens.count ? (gap: tokens.start(at: t + 1) - end, byte: Int(view.utf8Starts[t + 1])) : nil
        return utf8End(bytes, from: from, scalars: scalars, next: next)
    }

    /// ``utf8End(_:_:_:_:ascii:from:end:)`` through the pointer view (`start`, `end`: the
    /// token's scalars).
    @inline(__always)
    static func utf8End(_ bytes: UnsafeBufferPointer<UInt8>, _ tv: DateTokenView, _ t: Int, ascii: Bool, from: Int, start: Int, end: Int) -> Int {
        let scalars = end - start
        if ascii { return from + scalars }
        let next = t + 1 < tv.packed.count ? (gap: Int(tv.packed[t + 1].start) - end, byte: Int(tv.utf8Starts[t + 1])) : nil
        return utf8End(bytes, from: from, scalars: scalars, next: next)
    }

    /// The UTF-8 end of a token that is not ASCII, starting at byte `from`, `scalars` long;
    /// `next`: the scalars between it and the next token, and where that one starts.
    @inline(__always)
    private static func utf8End(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, scalars: Int, next: (gap: Int, byte: Int)?) -> Int {
        if let next {
            if next.gap == 0 { return next.byte }
            // One scalar between: a single byte when its last byte is ASCII.
            if next.gap == 1, bytes[next.byte - 1] < 0x80 { return next.byte - 1 }
        }
        var byte = from
        for _ in 0..<scalars {
            let b = bytes[byte]
            byte += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        }
        return byte
    }

    /// The first byte `b` of `bytes` at or after `from`, or `bytes.count`.
    private static func find(_ b: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        guard from < bytes.count, let base = bytes.baseAddress,
              let p = memchr(base + from, Int32(b), bytes.count - from) else { return bytes.count }
        return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether `tokens[range]` may give a cell that can carry a date (``DateGrammar``'s core
    /// cells): a number, an ordinal, a word with a digit or a hyphen (split into cells), or a
    /// word the lexicon marks as a possible trigger (``TemporalLexicon/mayStartDate(_:)``) that
    /// is core or may begin a phrase there. False means the grammar would find nothing in these
    /// tokens: they need no cells.
    ///
    /// A trigger word that cannot give a core cell (a word not in the lexicon whose hash shares
    /// a trigger's bit, or a phrase's first word not followed by a word that can go on the
    /// phrase) is passed; the tokens are then held to need cells only if one of them may give
    /// a core cell no trigger announces (``TemporalLexicon/mayHideCore(_:)``), as the trigger
    /// would have made them built.
    mutating func mayHoldDate(_ bytes: UnsafeBufferPointer<UInt8>, tokens: TokenLayer, view: FoldedTokens, range: Range<Int>) -> Bool {
        DateTokenView.with(tokens, view, lexicon) { mayHoldDate(bytes, tokens: tokens, view: view, tokenView: $0, range: range) }
    }

    /// ``mayHoldDate(_:tokens:view:range:)`` with the document's pointer view: the tokens the
    /// view finds quiet (``DateTokenView/isQuiet(_:_:)``, most of them) are passed over without
    /// a full look.
    mutating func mayHoldDate(_ bytes: UnsafeBufferPointer<UInt8>, tokens: TokenLayer, view: FoldedTokens, tokenView: DateTokenView,
                              range: Range<Int>) -> Bool {
        if hashStorage.capacity < range.count {
            hashStorage = ScratchBuffer<Hashed>(capacity: max(range.count, 2 * hashStorage.capacity))
            hashes = hashStorage.base
        }
        hashedRange = range
        var passed = false, hidden = false
        for t in range where !tokenView.isQuiet(t, bytes) && !isQuietAccented(bytes, tokenView, t, slot: t - range.lowerBound)
            && mayHoldDate(bytes, tokens, view, t, slot: t - range.lowerBound, end: range.upperBound, &passed, &hidden) {
            hashedEnd = t + 1
            return true
        }
        hashedEnd = range.upperBound
        // Outside a twelve-hour language, a word hides a core cell only as the last cell (an
        // ordinal after a function word): not when the last token is a mark.
        guard passed && hidden, let last = range.last else { return false }
        switch tokens.kind(at: last) {
        case .punctuation, .symbol: return lexicon.language.twelveHourClock
        default: return true
        }
    }

    /// Whether word token `t`, not ASCII, surely gives no cell that can carry a date and needs
    /// nothing from ``mayHoldDate(_:_:_:_:slot:end:_:_:)`` but its slot: its letters fold alike
    /// in both foldings (``AlikeFolding``) and the shared layer's hash shares no bit with a
    /// trigger or a word that may hide a core cell. Spares folding most accented words (a scan
    /// of their bytes instead); the slot gets the shared hash and the scan's flags.
    @inline(__always)
    private func isQuietAccented(_ bytes: UnsafeBufferPointer<UInt8>, _ tv: DateTokenView, _ t: Int, slot: Int) -> Bool {
        let p = tv.packed[t]
        switch p.kind {
        case .word, .abbreviation, .elision, .clitic: break
        default: return false
        }
        guard tv.flags[t] & FoldedTokens.asciiFlag == 0, p.length != UInt16.max else { return false }
        guard !tv.needsAttention(t) else { return false }
        let from = Int(tv.utf8Starts[t]), start = Int(p.start)
        let to = Self.utf8End(bytes, tv, t, ascii: false, from: from, start: start, end: start + Int(p.length))
        guard let f = AlikeFolding.flags(bytes, from, to) else { return false }
        hashes[slot] = (tv.hashes[t], 0, 0, f)
        return true
    }

    /// Whether token `t` may give a cell that can carry a date; keeps the hash of a word that is
    /// not ASCII in `hashes[slot]`. Sets `passed` for a trigger word that cannot give a core cell
    /// and `hidden` for a word that may give a core cell without being a trigger.
    @inline(__always)
    private mutating func mayHoldDate(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: TokenLayer, _ view: FoldedTokens, _ t: Int, slot: Int,
                                      end: Int, _ passed: inout Bool, _ hidden: inout Bool) -> Bool {
        switch tokens.kind(at: t) {
        case .number:
            if !Self.isQuietNumber(bytes, tokens, view, t) {
                guard isLoneSmallNumber(bytes, tokens, view, t, from: t - slot, end: end) else { return true }
                passed = true
            }
        case .ordinal:
            return true
        case .word, .abbreviation, .elision, .clitic:
            if view.isASCII(t) {
                let shape = view.shape(t)
                if shape.contains(.hasDigit) { return true }
                let h = view.hashes[t]
                if lexicon.mayStartDate(h) {
                    if mayGiveCore(lexicon.lookup(h), tokens, view, bytes, t, from: t - slot, end: end) { return true }
                    passed = true
                }
                if lexicon.mayHideCore(h) { hidden = true }
                let from = Int(view.utf8Starts[t]), to = from + tokens.end(at: t) - tokens.start(at: t)
                // A word written with its abbreviation period is also looked up without it.
                if bytes[to - 1] == 0x2E {
                    let w = WordFolding.hash(bytes, from: from, to: to - 1).hash
                    if lexicon.mayStartDate(w) { return true }
                    if lexicon.mayHideCore(w) { hidden = true }
                }
                if shape.contains(.hasHyphen) {
                    if mayStartDate(runsOf: bytes, from: from, to: to) { return true }
                    hidden = true
                }
            } else {
                let from = Int(view.utf8Starts[t])
                let r = from..<Self.utf8End(bytes, tokens, view, t, ascii: false, from: from, end: tokens.end(at: t))
                let h = WordFolding.hash(bytes, from: r.lowerBound, to: r.upperBound)
                hashes[slot] = h
                if h.flags.contains(.hasDigit) { return true }
                if lexicon.mayStartDate(h.hash) {
                    if mayGiveCore(lexicon.lookup(h.hash), tokens, view, bytes, t, from: t - slot, end: end) { return true }
                    passed = true
                }
                if lexicon.mayHideCore(h.hash) { hidden = true }
                if h.last == 0x2E {
                    if lexicon.mayStartDate(h.withoutLast) { return true }
                    if lexicon.mayHideCore(h.withoutLast) { hidden = true }
                }
                if h.flags.contains(.hasHyphen) {
                    if mayStartDate(runsOf: bytes, from: r.lowerBound, to: r.upperBound) { return true }
                    hidden = true
                }
            }
        default:
            return false
        }
        return false
    }

    /// Whether the cell of word token `t` (no digit; entry `id`, 0 for none; the sentence's
    /// tokens are `from..<end`) may be core: a core entry, an ordinal as the last token before
    /// `end`, or the first word of a phrase that may be core (``mergePhrases()``) unless the next
    /// tokens are sure to differ from the phrase's rest (``plainEntry(_:_:_:_:)``). A season's
    /// name without determiner or year (``isBareSeason(_:_:_:_:from:end:)``) is not.
    private func mayGiveCore(_ id: UInt16, _ tokens: TokenLayer, _ view: FoldedTokens, _ bytes: UnsafeBufferPointer<UInt8>, _ t: Int,
                             from: Int, end: Int) -> Bool {
        guard id != 0 else { return false }
        if lexicon.isCore[Int(id)] || (lexicon.mayBeCore[Int(id)] && t + 1 == end) {
            return !(lexicon.isLoneSeason[Int(id)] && isBareSeason(bytes, tokens, view, t, from: from, end: end))
        }
        guard lexicon.startsPhrase[Int(id)] else { return false }
        phrases: for (rest, phrase) in lexicon.phrasesByStart[Int(id)] where lexicon.mayBeCore[Int(phrase)] {
            for (k, word) in rest.enumerated() {
                let u = t + 1 + k
                // The cells after `t` are so far one per token: too few for the phrase.
                guard u < end else { continue phrases }
                let entry = plainEntry(bytes, tokens, view, u)
                if entry < 0 { return true }
                if entry != Int(word) { continue phrases }
            }
            return true
        }
        return false
    }

    /// Whether word token `t` of the sentence `from..<end`, a season's name in a cell of its
    /// own (``TemporalLexicon/isLoneSeason``), surely gives no season: ``DateGrammar``'s
    /// `season(at:)`, the one pattern that reads a season's name, needs a year after it or a
    /// determiner before it, `namedSeason(at:)` a relation before it
    /// (``TemporalLexicon/seasonDeterminers``); the verb `a` is no determiner (`a été`).
    /// So: after it, the end, a mark, or a word without entry or with one that is no `de` and
    /// begins no phrase; before it, the start, a mark, a word without entry or with one that
    /// determines nothing, or a be-auxiliary written without accent.
    private func isBareSeason(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: TokenLayer, _ view: FoldedTokens, _ t: Int, from: Int, end: Int) -> Bool {
        if t + 1 < end {
            let next = plainEntry(bytes, tokens, view, t + 1)
            guard next >= 0 else { return false }
            let e = lexicon.cellEntries[next]
            func isOf(_ role: UInt8) -> Bool { role == TemporalRole.of.rawValue + 1 || role == TemporalRole.ofThe.rawValue + 1 }
            if next > 0 && (lexicon.startsPhrase[next] || isOf(e.role) || isOf(e.accentedRole)) { return false }
        }
        guard t > from else { return true }
        let previous = plainEntry(bytes, tokens, view, t - 1)
        guard previous >= 0 else { return false }
        let determines = lexicon.seasonDeterminers[previous]
        return determines == 0 || determines == 1 && view.isASCII(t - 1) && lexicon.cellEntries[previous].auxiliary & 1 != 0
    }

    /// The entry id of token `t`'s cell when the token is sure to give one cell whose entry is
    /// known here (a mark: 0; a word without digit or hyphen whose folding does not end with a
    /// period: its entry or 0); -1 otherwise.
    private func plainEntry(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: TokenLayer, _ view: FoldedTokens, _ t: Int) -> Int {
        switch tokens.kind(at: t) {
        case .punctuation, .symbol:
            return 0
        case .word, .abbreviation, .elision, .clitic:
            if view.isASCII(t) { return plainWordEntry(bytes, tokens, view, t) }
            let from = Int(view.utf8Starts[t])
            let h = WordFolding.hash(bytes, from: from, to: Self.utf8End(bytes, tokens, view, t, ascii: false, from: from, end: tokens.end(at: t)))
            guard !h.flags.contains(.hasDigit), !h.flags.contains(.hasHyphen), h.last != 0x2E else { return -1 }
            return Int(lexicon.lookup(h.hash))
        default:
            return -1
        }
    }

    /// Whether number token `t` of `tokens[from..<end]` gives one cell that is not core
    /// (``DateGrammar``'s `isCore`): one or two ASCII digits, not first, after a mark or a word
    /// without entry (no role, in no phrase, not a number), and before no attached `:`, `/`,
    /// `-`, `'`, `"` or word, nor a word that may be a decade suffix or begin a phrase.
    private func isLoneSmallNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: TokenLayer, _ view: FoldedTokens, _ t: Int,
                                   from: Int, end: Int) -> Bool {
        guard t > from, view.isASCII(t) else { return false }
        let tokenEnd = tokens.end(at: t), n = tokenEnd - tokens.start(at: t)
        guard n <= 2 else { return false }
        let byte = Int(view.utf8Starts[t])
        for k in byte..<(byte + n) where bytes[k] &- 0x30 >= 10 { return false }
        let p = t - 1
        switch tokens.kind(at: p) {
        case .punctuation, .symbol:
            break
        case .word, .abbreviation, .elision, .clitic:
            guard plainWordEntry(bytes, tokens, view, p) == 0 else { return false }
        default:
            return false
        }
        let q = t + 1
        guard q < end else { return true }
        switch tokens.kind(at: q) {
        case .punctuation, .symbol:
            guard tokens.start(at: q) == tokenEnd else { return true }
            guard view.isASCII(q) else { return false }
            switch bytes[Int(view.utf8Starts[q])] {
            case 0x3A, 0x2F, 0x2D, 0x27, 0x22: return false
            default: return true
            }
        case .word, .abbreviation, .elision, .clitic:
            guard tokens.start(at: q) != tokenEnd else { return false }
            let id = plainWordEntry(bytes, tokens, view, q)
            guard id != 0 else { return true }
            guard id > 0 else { return false }
            let e = lexicon.cellEntries[id], suffix = TemporalRole.decadeSuffix.rawValue + 1
            return !lexicon.startsPhrase[id] && e.role != suffix && e.accentedRole != suffix
        default:
            return false
        }
    }

    /// The entry id of word token `t`'s one cell when it is sure to be one plain word cell (an
    /// ASCII word without digit, hyphen or final period): its entry or 0; -1 otherwise.
    @inline(__always)
    private func plainWordEntry(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: TokenLayer, _ view: FoldedTokens, _ t: Int) -> Int {
        guard view.isASCII(t), view.shape(t).isDisjoint(with: [.hasDigit, .hasHyphen]),
              bytes[Int(view.utf8Starts[t]) + tokens.end(at: t) - tokens.start(at: t) - 1] != 0x2E else { return -1 }
        return Int(lexicon.lookup(view.hashes[t]))
    }

    /// Whether number token `t` cannot give a core cell (``DateGrammar``'s `isCore`): it gives
    /// one number cell (``number(_:_:_:_:)``: no letter, no `-`, `/` or `:`, no dotted date) that
    /// is decimal (`3,5`, `49.3`: never core), or has three digits or more (thousands groups
    /// too: `10 000`) but is no year of four (1000–2999) and has no token right after it (a
    /// `:`, `/`, `-`, `'` or `"` there makes a core).
    private static func isQuietNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: TokenLayer, _ view: FoldedTokens, _ t: Int) -> Bool {
        let end = tokens.end(at: t)
        let from = Int(view.utf8Starts[t])
        let to = view.isASCII(t) ? from + end - tokens.start(at: t) : utf8End(bytes, tokens, view, t, ascii: false, from: from, end: end)
        var value = 0, digits = 0, decimal = false
        for k in from..<to {
            let b = bytes[k]
            if b &- 0x30 < 10 {
                if !decimal { value = value &* 10 &+ Int(b &- 0x30); digits += 1 }
                continue
            }
            switch b {
            case 0x2C, 0x2E: decimal = true
            case 0x2D, 0x2F, 0x3A: return false
            default: if (b | 0x20) &- 0x61 < 26 { return false }
            }
        }
        if decimal { return !isDottedDate(bytes, from, to) }
        if digits <= 2 || digits == 4 && value >= 1000 && value < 3000 { return false }
        return t + 1 >= tokens.count || tokens.start(at: t + 1) != end
    }

    /// Whether a hyphenated word without digits (`bytes[from..<to]`) may give a core cell when
    /// ``split(_:_:_:_:into:)`` cuts it: whether one of its letter runs, cut as `split` cuts
    /// them, may be a trigger (its other pieces are marks).
    private func mayStartDate(runsOf bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        var i = from
        while i < to {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 { return true }
            let isLetter = b != 0xE2 && (b >= 0x80 || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A))
            var j = i
            if isLetter {
                while j < to {
                    let c = bytes[j]
                    if c >= 0x30 && c <= 0x39 || c == 0xE2 { break }
                    guard c >= 0x80 || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) else { break }
                    j += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
                }
                if lexicon.mayStartDate(WordFolding.hash(bytes, from: i, to: j).hash) { return true }
            } else {
                j += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            }
            i = j
        }
        return false
    }

    /// Whether a line break lies between the start of the last token read and `startByte`, the
    /// start of the next (ASCII tokens hold no control character; a break inside a token that
    /// is not ASCII counts for the next), or the token is the first read since ``reset()``.
    @inline(__always)
    private mutating func breaksLine(_ bytes: UnsafeBufferPointer<UInt8>, before startByte: Int) -> Bool {
        guard nextLineFeed < startByte || nextReturn < startByte else { return false }
        if nextLineFeed < startByte { nextLineFeed = Self.find(0x0A, in: bytes, from: startByte) }
        if nextReturn < startByte { nextReturn = Self.find(0x0D, in: bytes, from: startByte) }
        return true
    }

    /// Moves past `tokens[range]` without building cells (``mayHoldDate(_:tokens:view:range:)``
    /// was false); returns how many of them begin a line (the cells ``build`` would have marked
    /// ``DateCell/Flags/lineStart``: the first cell of each token, never merged away).
    mutating func skip(_ bytes: UnsafeBufferPointer<UInt8>, tokens: TokenLayer, view: FoldedTokens, range: Range<Int>) -> Int {
        hashedRange = 0..<0
        var lines = 0
        for t in range where breaksLine(bytes, before: Int(view.utf8Starts[t])) { lines += 1 }
        return lines
    }

    /// Appends the cells of `tokens[range]` to `cells` (cleared first); `view` is the document's
    /// folded layer.
    mutating func build(_ bytes: UnsafeBufferPointer<UInt8>, tokens: TokenLayer, view: FoldedTokens, range: Range<Int>, into cells: inout [DateCell]) {
        DateTokenView.with(tokens, view, lexicon) { build(bytes, tokens: tokens, tokenView: $0, range: range, into: &cells) }
    }

    /// ``build(_:tokens:view:range:into:)`` reading the tokens through the document's pointer
    /// view (no array reloads and bounds checks in the loop over the tokens).
    mutating func build(_ bytes: UnsafeBufferPointer<UInt8>, tokens: TokenLayer, tokenView tv: DateTokenView, range: Range<Int>,
                        into cells: inout [DateCell]) {
        // A token gives at most 2 cells per scalar plus one (`1-2-` in `number`).
        if !range.isEmpty {
            let need = 2 * (tokens.end(at: range.upperBound - 1) - tokens.start(at: range.lowerBound)) + range.count + 1
            if storage.capacity < need {
                storage = ScratchBuffer<DateCell>(capacity: max(need, 2 * storage.capacity))
                out = storage.base
            }
        }
        n = 0
        var previousEnd = -1
        // The hashes kept by `mayHoldDate` for this range: tokens before `hashedEnd`.
        let hashedEnd = hashedRange == range ? self.hashedEnd : range.lowerBound
        hashedRange = 0..<0
        for t in range {
            if tv.isPlainWord(t, bytes) {
                // The common token, read on a path of its own: one word cell (as below, without
                // the tests that cannot apply).
                let p = tv.packed[t]
                let tokenStart = Int(p.start), tokenEnd = tokenStart + Int(p.length)
                let startByte = Int(tv.utf8Starts[t]), byte = startByte + Int(p.length)
                var extra: DateCell.Flags = []
                if breaksLine(bytes, before: startByte) { extra.insert(.lineStart) }
                if tokenStart == previousEnd { extra.insert(.attached) }
                previousEnd = tokenEnd
                var c = DateCell(start: tokenStart, end: tokenEnd, kind: .word)
                _ = word(bytes, tv, t, true, -1, startByte, byte, &c)
                c.byteStart = Int32(startByte)
                c.byteEnd = Int32(byte)
                c.flags.formUnion(extra)
                push(c)
                continue
            }
            if tv.isPlainMark(t) {
                // A one-byte ASCII mark: its cell is the byte (as below).
                let p = tv.packed[t]
                let tokenStart = Int(p.start)
                let startByte = Int(tv.utf8Starts[t])
                var c = DateCell(start: tokenStart, end: tokenStart + 1, kind: .punctuation)
                c.mark = bytes[startByte]
                if breaksLine(bytes, before: startByte) { c.flags.insert(.lineStart) }
                if tokenStart == previousEnd { c.flags.insert(.attached) }
                previousEnd = tokenStart + 1
                push(c)
                continue
            }
            let p = tv.packed[t]
            let kind = p.kind
            let tokenStart = Int(p.start), tokenEnd = p.length == UInt16.max ? tokens.end(at: t) : tokenStart + Int(p.length)
            let startByte = Int(tv.utf8Starts[t])
            let lineStart = breaksLine(bytes, before: startByte)
            let ascii = tv.flags[t] & FoldedTokens.asciiFlag != 0
            let byte = Self.utf8End(bytes, tv, t, ascii: ascii, from: startByte, start: tokenStart, end: tokenEnd)
            // The cell of a token that gives one is finished here and appended once.
            var extra: DateCell.Flags = []
            if lineStart { extra.insert(.lineStart) }
            if tokenStart == previousEnd { extra.insert(.attached) }
            previousEnd = tokenEnd
            var c: DateCell
            let first = n
            let hashed = !ascii && t < hashedEnd && kind != .number ? t - range.lowerBound : -1
            switch kind {
            case .word, .abbreviation, .elision, .clitic,
                 // `Feb13`, `31/Oct/1974`, `2018Q4`: letters and digits read as separate cells.
                 .number where Self.mixesLetters(bytes, startByte, byte) || Self.isDottedDate(bytes, startByte, byte):
                c = DateCell(start: tokenStart, end: tokenEnd, kind: .word)
                guard word(bytes, tv, t, ascii, hashed, startByte, byte, &c) else {
                    // Split into cells (appended).
                    if first == n - 1 { out[first].byteStart = Int32(startByte); out[first].byteEnd = Int32(byte) }
                    if first < n { out[first].flags.formUnion(extra) }
                    continue
                }
                c.byteStart = Int32(startByte)
                c.byteEnd = Int32(byte)
            case .number:
                // `15h00`, `9h30` read as one number token: split into hour, mark and minutes.
                if Self.hasASCIILetter(bytes, startByte, byte) { split(bytes, startByte, byte, tokenStart) }
                else { number(bytes, startByte, byte, tokenStart) }
                if first < n { out[first].flags.formUnion(extra) }
                continue
            case .ordinal:
                c = DateCell(start: tokenStart, end: tokenEnd, kind: .ordinal)
                let (h, f) = WordFolding.fold(bytes, from: startByte, to: byte, into: &folded)
                c.lex = lexicon.lookup(h)
                if c.lex != 0, lexicon.cellEntries[Int(c.lex)].role != 0 {
                    // A word the tokenizer read as a roman ordinal (`Le` as L + e).
                    c = DateCell(start: tokenStart, end: tokenEnd, kind: .word)
                    guard word(bytes, tv, t, ascii, -1, startByte, byte, &c) else {
                        if first < n { out[first].flags.formUnion(extra) }
                        continue
                    }
                } else {
                    c.flags = Self.cellFlags(f)
                    c.value = Self.ordinalValue(folded)
                }
            case .punctuation, .symbol:
                c = DateCell(start: tokenStart, end: tokenEnd, kind: .punctuation)
                let b = bytes[startByte]
                c.mark = b < 0x80 ? b : (b == 0xE2 && byte - startByte == 3 && bytes[startByte + 1] == 0x80 && (0x90...0x95).contains(bytes[startByte + 2])) ? 0x2D : 0
                if c.mark == 0, b == 0xE2, byte - startByte == 3, bytes[startByte + 1] == 0x80, bytes[startByte + 2] == 0x99 { c.mark = 0x27 }
                // Guillemets and typographic double quotes count as `"`.
                if c.mark == 0, b == 0xC2, byte - startByte == 2, bytes[startByte + 1] == 0xAB || bytes[startByte + 1] == 0xBB { c.mark = 0x22 }
                if c.mark == 0, b == 0xE2, byte - startByte == 3, bytes[startByte + 1] == 0x80, bytes[startByte + 2] == 0x9C || bytes[startByte + 2] == 0x9D { c.mark = 0x22 }
            default:
                c = DateCell(start: tokenStart, end: tokenEnd, kind: .other)
            }
            c.flags.formUnion(extra)
            push(c)
        }
        mergePhrases()
        cells.removeAll(keepingCapacity: true)
        cells.append(contentsOf: UnsafeBufferPointer(start: out, count: n))
    }

    /// Whether a number token holds a letter before a digit (`Feb13`, `18q4`) or two letters in a
    /// row (`31/Oct/1974`), ASCII only; a unit letter at the end (`4a`, `15h`) does not count.
    static func mixesLetters(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var previousLetter = false
        for i in from..<to {
            let b = bytes[i]
            let letter = b | 0x20 >= 0x61 && b | 0x20 <= 0x7A
            if previousLetter && (letter || (b >= 0x30 && b <= 0x39)) { return true }
            previousLetter = letter
        }
        return false
    }

    /// Whether a number token is a date written with periods (`10.31.1974`, `3.7.24`,
    /// `2023.11.17`): groups of 1–2, 1–2 and 2 or 4 digits, or of 4, 1–2 and 1–2 digits.
    static func isDottedDate(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var groups = 0, first = 0, second = 0, length = 0
        for i in from..<to {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 { length += 1; continue }
            guard b == 0x2E, groups < 2 else { return false }
            if groups == 0 { first = length } else { second = length }
            groups += 1; length = 0
        }
        guard groups == 2, (1...2).contains(second) else { return false }
        return (1...2).contains(first) && (length == 2 || length == 4) || first == 4 && (1...2).contains(length)
    }

    /// Whether bytes `[from, to)` hold an ASCII letter.
    private static func hasASCIILetter(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        for i in from..<to where bytes[i] | 0x20 >= 0x61 && bytes[i] | 0x20 <= 0x7A { return true }
        return false
    }

    /// The cell flags of a word's folding flags: capitalized, accented and allCaps have the
    /// same bits in both (1, 2, 4).
    @inline(__always)
    private static func cellFlags(_ f: WordFolding.Flags) -> DateCell.Flags {
        DateCell.Flags(rawValue: UInt16(f.rawValue & 7))
    }

    /// Fills `c`, the cell of a word token (`bytes[from..<to]`); false when the token was split
    /// into several cells instead (appended to `cells`). `hashed`: index of the token's hash kept
    /// by ``mayHoldDate(_:tokens:view:range:)``, or -1.
    @inline(__always)
    private mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, _ tv: DateTokenView, _ t: Int, _ ascii: Bool, _ hashed: Int, _ from: Int, _ to: Int, _ c: inout DateCell) -> Bool {
        let f: WordFolding.Flags
        var id: UInt16
        var stripPeriod = false
        if ascii {
            // The shared layer's hash and shape are this folding's for an ASCII token.
            f = WordFolding.Flags(shape: tv.shape(t))
            id = lexicon.lookup(tv.hashes[t])
            if id == 0, bytes[to - 1] == 0x2E, to - from > 1 {
                id = lexicon.lookup(WordFolding.hash(bytes, from: from, to: to - 1).hash)
                stripPeriod = id != 0
            }
        } else {
            let r = hashed >= 0 ? hashes[hashed] : Self.hash(bytes, tv, t, from, to)
            f = r.flags
            id = lexicon.lookup(r.hash)
            if id == 0, r.last == 0x2E, to - from > 1 {
                id = lexicon.lookup(r.withoutLast)
                stripPeriod = id != 0
            }
        }
        c.flags = Self.cellFlags(f)
        if stripPeriod { c.flags.insert(.period) }
        if id == 0 && (f.contains(.hasDigit) || f.contains(.hasHyphen)) {
            _ = WordFolding.fold(bytes, from: from, to: to, into: &folded)
            if !f.contains(.hasDigit), let n = composedNumber() {
                c.wordNumber = n
                return true
            }
            split(bytes, from, to, c.start)
            return false
        }
        c.lex = id
        if id != 0 {
            let e = lexicon.cellEntries[Int(id)]
            if e.number >= 0 { c.wordNumber = Int(e.number) }
            c.flags.formUnion(e.tenseFlags)
            if e.auxiliary & 1 != 0 && !(e.auxiliary & 2 != 0 && f.contains(.accented)) { c.flags.insert(.beAuxiliary) }
            Self.setRole(&c, e)
        }
        return true
    }

    @inline(__always)
    static func setRole(_ c: inout DateCell, _ e: CellEntry) {
        if c.flags.contains(.accented), e.accentedRole != 0 { c.role = e.accentedRole } else if e.role != 0 { c.role = e.role }
    }

    /// Splits a token into runs of letters, runs of digits and single other marks.
    private mutating func split(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ start: Int) {
        var i = from, s = start
        while i < to {
            let b = bytes[i]
            let isDigit = b >= 0x30 && b <= 0x39
            // A typographic mark (E2 …: dashes, quotes, directional marks) is not a letter.
            let isLetter = !isDigit && b != 0xE2 && (b >= 0x80 || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A))
            var j = i, e = s
            if isDigit || isLetter {
                while j < to {
                    let c = bytes[j]
                    let d = c >= 0x30 && c <= 0x39
                    let l = !d && (c >= 0x80 || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A))
                    if c >= 0x80, isLetter {
                        // Non-ASCII: punctuation such as a typographic hyphen ends the run.
                        if c == 0xE2 { break }
                    }
                    guard d == isDigit && l == isLetter else { break }
                    j += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
                    e += 1
                }
            } else {
                j += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                e += 1
            }
            if isDigit {
                number(bytes, i, j, s)
            } else if isLetter {
                var c = DateCell(start: s, end: e, kind: .word)
                let r = WordFolding.hash(bytes, from: i, to: j)
                c.flags = Self.cellFlags(r.flags)
                c.lex = lexicon.lookup(r.hash)
                if c.lex != 0 {
                    let e = lexicon.cellEntries[Int(c.lex)]
                    if e.number >= 0 { c.wordNumber = Int(e.number) }
                    Self.setRole(&c, e)
                }
                push(c)
            } else {
                var c = DateCell(start: s, end: e, kind: .punctuation)
                c.mark = b < 0x80 ? b : 0x2D
                push(c)
            }
            if n > 0 && s > start { out[n - 1].flags.insert(.attached) }
            i = j; s = e
        }
    }

    /// The features of the cells last built (``DateGrammar/features(ofCell:)`` of each).
    private(set) var features: DateGrammar.Features = []
    /// Whether a cell last built begins a line.
    private(set) var hasLineStart = false

    /// Merges fixed phrases (`il y a`, `jour de l'an`) into one cell (cells `out[0..<n]`), and
    /// gathers the cells' ``features`` and ``hasLineStart`` on the way (one pass instead of one
    /// more in the grammar).
    private mutating func mergePhrases() {
        let out = self.out
        var n = self.n
        var features: DateGrammar.Features = []
        var lineStart = false
        lexicon.features.withUnsafeBufferPointer { featureTable in lexicon.startsPhrase.withUnsafeBufferPointer { startsPhrase in
            var i = 0
            while i < n {
                let id = out[i].lex
                if id != 0, startsPhrase[Int(id)], i + 1 < n,
                   lexicon.phraseSecondWords[Int(id)] & (1 << UInt64(out[i + 1].lex & 63)) != 0 {
                    for (rest, phraseId) in lexicon.phrasesByStart[Int(id)] where i + rest.count < n {
                        var ok = true
                        for (k, w) in rest.enumerated() where out[i + 1 + k].lex != w || out[i + 1 + k].flags.contains(.lineStart) {
                            ok = false; break
                        }
                        if ok {
                            out[i].end = out[i + rest.count].end
                            out[i].lex = phraseId
                            out[i].wordNumber = -1
                            out[i].role = 0
                            Self.setRole(&out[i], lexicon.cellEntries[Int(phraseId)])
                            // Removes the merged cells.
                            var k = i + 1
                            while k + rest.count < n { out[k] = out[k + rest.count]; k += 1 }
                            n -= rest.count
                            break
                        }
                    }
                }
                // (Entry 0, no word, brings no feature.)
                if out[i].lex != 0 { features.formUnion(featureTable[Int(out[i].lex)]) }
                // (The kind read alone first: most cells stop there without loading the rest.)
                if out[i].kind == .number, out[i].readsAsYear { features.insert(.year) }
                if out[i].flags.contains(.lineStart) { lineStart = true }
                i += 1
            }
        }}
        self.n = n
        self.features = features
        hasLineStart = lineStart
    }

}

extension Array where Element == UInt8 {
    @inline(__always)
    func ends(with s: [UInt8]) -> Bool {
        guard count >= s.count else { return false }
        var i = count - s.count
        for b in s { if self[i] != b { return false }; i += 1 }
        return true
    }
}

/// Scratch memory of a ``DateCellBuilder`` (freed with the last builder holding it).
final class ScratchBuffer<Element> {
    let base: UnsafeMutablePointer<Element>
    let capacity: Int
    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }
    deinit { base.deallocate() }
}
