/// Turns the tokens of one sentence into ``DateCell``s: folds and looks up words, reads numbers,
/// splits tokens that hold several date parts, merges fixed phrases, and marks tense cues.
///
/// Walks the text's UTF-8 once, front to back: sentences must be given in text order.
struct DateCellBuilder {
    let lexicon: TemporalLexicon
    var folded: [UInt8] = []
    private var parts: [UInt8] = []
    /// Cursor: a scalar offset and its UTF-8 offset.
    private var scalar = 0
    private var byte = 0
    private var sawNewline = true
    init(lexicon: TemporalLexicon) {
        self.lexicon = lexicon
        folded.reserveCapacity(64)
    }

    /// Resets the cursor to the start of the text.
    mutating func reset() { scalar = 0; byte = 0; sawNewline = true }

    /// Advances the cursor to scalar offset `target`, noting line breaks on the way.
    private mutating func advance(_ bytes: UnsafeBufferPointer<UInt8>, to target: Int) {
        while scalar < target {
            let b = bytes[byte]
            if b == 0x0A || b == 0x0D { sawNewline = true }
            byte += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            scalar += 1
        }
    }

    /// Appends the cells of `tokens[range]` to `cells` (cleared first).
    mutating func build(_ bytes: UnsafeBufferPointer<UInt8>, tokens: TokenLayer, range: Range<Int>, into cells: inout [DateCell]) {
        cells.removeAll(keepingCapacity: true)
        var previousEnd = -1
        for t in range {
            let token = tokens[t]
            advance(bytes, to: token.start)
            let startByte = byte
            let startScalar = scalar
            let lineStart = sawNewline
            sawNewline = false
            advance(bytes, to: token.end)
            let first = cells.count
            switch token.kind {
            case .word, .abbreviation, .elision, .clitic:
                word(bytes, startByte, byte, startScalar, token.end, into: &cells)
                if first == cells.count - 1 { cells[first].byteStart = Int32(startByte); cells[first].byteEnd = Int32(byte) }
            case .number:
                // `15h00`, `9h30` read as one number token: split into hour, mark and minutes.
                if Self.hasASCIILetter(bytes, startByte, byte) { split(bytes, startByte, byte, startScalar, into: &cells) }
                else { number(bytes, startByte, byte, startScalar, into: &cells) }
            case .ordinal:
                var c = DateCell(start: token.start, end: token.end, kind: .ordinal)
                let (h, f) = WordFolding.fold(bytes, from: startByte, to: byte, into: &folded)
                c.lex = lexicon.lookup(h)
                if c.lex != 0, lexicon.entries[Int(c.lex)].role != nil {
                    // A word the tokenizer read as a roman ordinal (`Le` as L + e).
                    word(bytes, startByte, byte, startScalar, token.end, into: &cells)
                    break
                }
                c.flags = Self.cellFlags(f)
                c.value = Self.ordinalValue(folded)
                cells.append(c)
            case .punctuation, .symbol:
                var c = DateCell(start: token.start, end: token.end, kind: .punctuation)
                let b = bytes[startByte]
                c.mark = b < 0x80 ? b : (b == 0xE2 && byte - startByte == 3 && bytes[startByte + 1] == 0x80 && (0x90...0x95).contains(bytes[startByte + 2])) ? 0x2D : 0
                if c.mark == 0, b == 0xE2, byte - startByte == 3, bytes[startByte + 1] == 0x80, bytes[startByte + 2] == 0x99 { c.mark = 0x27 }
                // Guillemets and typographic double quotes count as `"`.
                if c.mark == 0, b == 0xC2, byte - startByte == 2, bytes[startByte + 1] == 0xAB || bytes[startByte + 1] == 0xBB { c.mark = 0x22 }
                if c.mark == 0, b == 0xE2, byte - startByte == 3, bytes[startByte + 1] == 0x80, bytes[startByte + 2] == 0x9C || bytes[startByte + 2] == 0x9D { c.mark = 0x22 }
                cells.append(c)
            default:
                cells.append(DateCell(start: token.start, end: token.end, kind: .other))
            }
            if first < cells.count {
                if lineStart { cells[first].flags.insert(.lineStart) }
                if token.start == previousEnd { cells[first].flags.insert(.attached) }
            }
            previousEnd = token.end
        }
        mergePhrases(&cells)
    }

    /// Whether bytes `[from, to)` hold an ASCII letter.
    private static func hasASCIILetter(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        for i in from..<to where bytes[i] | 0x20 >= 0x61 && bytes[i] | 0x20 <= 0x7A { return true }
        return false
    }

    private static func cellFlags(_ f: WordFolding.Flags) -> DateCell.Flags {
        var flags: DateCell.Flags = []
        if f.contains(.capitalized) { flags.insert(.capitalized) }
        if f.contains(.accented) { flags.insert(.accented) }
        if f.contains(.allCaps) { flags.insert(.allCaps) }
        return flags
    }

    private mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ start: Int, _ end: Int, into cells: inout [DateCell]) {
        let r = WordFolding.hash(bytes, from: from, to: to)
        let f = r.flags
        var c = DateCell(start: start, end: end, kind: .word)
        c.flags = Self.cellFlags(f)
        var id = lexicon.lookup(r.hash)
        if id == 0, r.last == 0x2E, to - from > 1 {
            id = lexicon.lookup(r.withoutLast)
            if id != 0 { c.flags.insert(.period) }
        }
        if id == 0 && (f.contains(.hasDigit) || f.contains(.hasHyphen)) {
            _ = WordFolding.fold(bytes, from: from, to: to, into: &folded)
            if !f.contains(.hasDigit), let n = composedNumber() {
                c.wordNumber = n
                cells.append(c)
                return
            }
            split(bytes, from, to, start, into: &cells)
            return
        }
        c.lex = id
        if id != 0 {
            let e = lexicon.entries[Int(id)]
            if e.number >= 0 { c.wordNumber = e.number }
            if e.tense == .past { c.flags.insert(.pastCue) }
            if e.tense == .future { c.flags.insert(.futureCue) }
            if e.beAuxiliary && !(e.unaccentedOnly && f.contains(.accented)) { c.flags.insert(.beAuxiliary) }
            Self.setRole(&c, e)
        }
        cells.append(c)
    }

    static func setRole(_ c: inout DateCell, _ e: LexEntry) {
        if c.flags.contains(.accented), let r = e.accentedRole { c.role = r.rawValue + 1 } else if let r = e.role { c.role = r.rawValue + 1 }
    }

    /// Splits a token into runs of letters, runs of digits and single other marks.
    private mutating func split(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ start: Int, into cells: inout [DateCell]) {
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
                number(bytes, i, j, s, into: &cells)
            } else if isLetter {
                var c = DateCell(start: s, end: e, kind: .word)
                let r = WordFolding.hash(bytes, from: i, to: j)
                c.flags = Self.cellFlags(r.flags)
                c.lex = lexicon.lookup(r.hash)
                if c.lex != 0 {
                    let e = lexicon.entries[Int(c.lex)]
                    if e.number >= 0 { c.wordNumber = e.number }
                    Self.setRole(&c, e)
                }
                cells.append(c)
            } else {
                var c = DateCell(start: s, end: e, kind: .punctuation)
                c.mark = b < 0x80 ? b : 0x2D
                cells.append(c)
            }
            if cells.count > 0 && s > start { cells[cells.count - 1].flags.insert(.attached) }
            i = j; s = e
        }
    }

    /// Merges fixed phrases (`il y a`, `jour de l'an`) into one cell.
    private func mergePhrases(_ cells: inout [DateCell]) {
        var i = 0
        while i < cells.count {
            let id = cells[i].lex
            if id != 0, lexicon.startsPhrase[Int(id)], let candidates = lexicon.phrases[id] {
                for (rest, phraseId) in candidates where i + rest.count < cells.count {
                    var ok = true
                    for (k, w) in rest.enumerated() where cells[i + 1 + k].lex != w || cells[i + 1 + k].flags.contains(.lineStart) {
                        ok = false; break
                    }
                    if ok {
                        cells[i].end = cells[i + rest.count].end
                        cells[i].lex = phraseId
                        cells[i].wordNumber = -1
                        cells[i].role = 0
                        Self.setRole(&cells[i], lexicon.entries[Int(phraseId)])
                        cells.removeSubrange(i + 1...i + rest.count)
                        break
                    }
                }
            }
            i += 1
        }
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
