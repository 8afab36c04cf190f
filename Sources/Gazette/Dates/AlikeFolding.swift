/// Words that ``WordFolding`` and the shared layer's full folding (``FoldedTokens``,
/// ``TextFolder``) fold alike: their letters are ASCII letters, apostrophes (`'`, `’`, `‘`),
/// Latin-1 letters that decompose to an ASCII letter and a mark (`é`, `À`, `ç`…), `œ` or `Œ`.
/// Such a word's hash in the shared layer is its ``WordFolding`` hash, so the date stage reads
/// it there instead of folding the word again (most accented French words). Other words
/// (`ø`, `ß`, `æ`, `ł`, Greek…, digits, hyphens, periods) are folded by ``WordFolding``.
enum AlikeFolding {
    /// The Latin-1 letters that decompose to an ASCII letter and a mark (`à`–`å`, `ç`, `è`–`ï`,
    /// `ñ`, `ò`–`ö`, `ù`–`ý`, `ÿ` and their capitals), by the low six bits of their UTF-8 second
    /// byte after `C3`: both foldings make them that ASCII letter.
    static let decomposableLatin1: UInt64 = 0xbe7e_ffbf_3e7e_ffbf

    /// The ``WordFolding`` flags of `bytes[from..<to]` when its letters fold alike in both
    /// foldings (computed as ``WordFolding`` does: capitals, accents, all capitals); nil
    /// otherwise. A word with flags here has no digit, hyphen or final period.
    @inline(__always)
    static func flags(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> WordFolding.Flags? {
        var flags: WordFolding.Flags = []
        var upper = 0, letters = 0
        var i = from
        while i < to {
            let b = bytes[i]
            if b < 0x80 {
                if b &- 0x61 < 26 {
                    letters += 1
                } else if b &- 0x41 < 26 {
                    if letters == 0 { flags.insert(.capitalized) }
                    upper += 1; letters += 1
                } else if b != 0x27 {
                    return nil
                }
                i += 1
                continue
            }
            guard i + 1 < to else { return nil }
            let c = bytes[i + 1]
            switch b {
            case 0xC3:
                guard c & 0xC0 == 0x80, decomposableLatin1 & (1 << UInt64(c & 0x3F)) != 0 else { return nil }
                // U+00C0–U+00DE are capitals.
                if c < 0x9F {
                    if letters == 0 { flags.insert(.capitalized) }
                    upper += 1
                }
                letters += 1
                flags.insert(.accented)
                i += 2
            case 0xC5:
                // `Œ`, `œ` (no accent lost).
                guard c == 0x92 || c == 0x93 else { return nil }
                if c == 0x92 {
                    if letters == 0 { flags.insert(.capitalized) }
                    upper += 1
                }
                letters += 1
                i += 2
            case 0xE2:
                // `‘`, `’`.
                guard i + 2 < to, c == 0x80, bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99 else { return nil }
                i += 3
            default:
                return nil
            }
        }
        if letters >= 2 && upper == letters { flags.insert(.allCaps) }
        return flags
    }
}
