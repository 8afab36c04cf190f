/// Numbers in cells: digits with thousands groups and decimals, dates written with `-`, `/`,
/// `:` (split into cells), ordinals in digits or roman numerals, hyphenated numbers in words.
extension DateCellBuilder {
    /// Reads a number token: digits with thousands groups, a decimal part, or several numbers
    /// joined by `-`, `/`, `:` (split into cells).
    mutating func number(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ start: Int) {
        var value = 0, digits = 0
        var flags: DateCell.Flags = []
        var i = from, s = start
        var cellStart = start
        while i < to {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                if !flags.contains(.decimal) { value = value &* 10 &+ Int(b - 0x30); digits += 1 }
                i += 1; s += 1
                continue
            }
            if b == 0x2C || b == 0x2E {
                flags.insert(.decimal); i += 1; s += 1
                continue
            }
            if b == 0x2D || b == 0x2F || b == 0x3A {
                var c = DateCell(start: cellStart, end: s, kind: .number)
                c.value = digits > 0 ? value : -1
                c.digits = digits
                c.flags = flags
                if cellStart > start { c.flags.insert(.attached) }
                push(c)
                var p = DateCell(start: s, end: s + 1, kind: .punctuation)
                p.mark = b
                p.flags.insert(.attached)
                push(p)
                value = 0; digits = 0; flags = []
                i += 1; s += 1
                cellStart = s
                continue
            }
            // Space or no-break space of a thousands group.
            flags.insert(.grouped)
            i += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            s += 1
        }
        var c = DateCell(start: cellStart, end: s, kind: .number)
        c.value = digits > 0 ? value : -1
        c.digits = digits
        c.flags = flags
        if cellStart > start { c.flags.insert(.attached) }
        push(c)
    }

    /// The value of an ordinal written `1er`, `15e`, `3eme`, `XIXe` (folded).
    static func ordinalValue(_ f: [UInt8]) -> Int {
        var v = 0, i = 0
        while i < f.count, f[i] >= 0x30, f[i] <= 0x39 { v = v * 10 + Int(f[i] - 0x30); i += 1 }
        if i > 0 { return v }
        // Roman numerals.
        var total = 0, prev = 0
        for b in f.reversed() {
            let n: Int
            switch b {
            case 0x69: n = 1
            case 0x76: n = 5
            case 0x78: n = 10
            case 0x6C: n = 50
            case 0x63: n = 100
            case 0x64: n = 500
            case 0x6D: n = 1000
            default: continue
            }
            if n < prev { total -= n } else { total += n; prev = n }
        }
        return total
    }

    /// The value of a hyphenated number in words (`dix-huit`, `quatre-vingt-dix`), from the
    /// folded word: parts must go down in size (`deux-trois` is no number).
    func composedNumber() -> Int? {
        var total = 0, last = Int.max
        var any = false
        // The parts between hyphens, hashed in place (empty parts are skipped).
        let n = folded.count
        var i = 0
        while i < n {
            if folded[i] == 0x2D { i += 1; continue }
            var h = WordFolding.offsetBasis
            while i < n, folded[i] != 0x2D { h = (h ^ UInt64(folded[i])) &* WordFolding.prime; i += 1 }
            let id = lexicon.lookup(h)
            guard id != 0 else { return nil }
            let e = lexicon.entries[Int(id)]
            if e.role == .and { continue }
            guard e.number > 0 else { return nil }
            if e.number == 20 && last == 4 { total += 76; last = 80; continue }
            guard e.number < last else { return nil }
            total += e.number
            last = e.number
            any = true
        }
        return any ? total : nil
    }

}
