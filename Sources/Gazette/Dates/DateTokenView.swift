/// The per-token arrays the date stage reads in its loops over every token (packed tokens,
/// folded-layer flags, hashes and UTF-8 starts, and the lexicon's attention bits), as buffer
/// pointers taken once per document.
///
/// Read through the arrays, each access in those loops reloads the array and checks its bounds
/// (the loops are long and keep few registers free); through this view the common token (a
/// plain word or a mark) is passed over in a few instructions. Valid only inside
/// ``with(_:_:_:_:)``.
struct DateTokenView {
    let packed: UnsafeBufferPointer<TokenLayer.Packed>
    let flags: UnsafeBufferPointer<UInt8>
    let hashes: UnsafeBufferPointer<UInt64>
    let utf8Starts: UnsafeBufferPointer<Int32>
    let attentionBits: UnsafeBufferPointer<UInt64>

    /// Calls `body` with the view of `tokens`, `view` and `lexicon`.
    static func with<R>(_ tokens: TokenLayer, _ view: FoldedTokens, _ lexicon: TemporalLexicon,
                        _ body: (DateTokenView) throws -> R) rethrows -> R {
        try tokens.withPacked { packed in
            try view.flags.withUnsafeBufferPointer { flags in
                try view.hashes.withUnsafeBufferPointer { hashes in
                    try view.utf8Starts.withUnsafeBufferPointer { starts in
                        try lexicon.attentionBits.withUnsafeBufferPointer { bits in
                            try body(DateTokenView(packed: packed, flags: flags, hashes: hashes, utf8Starts: starts, attentionBits: bits))
                        }
                    }
                }
            }
        }
    }

    /// ``FoldedTokens/shape(_:)`` of token `t`.
    @inline(__always)
    func shape(_ t: Int) -> FoldedTokens.Shape { FoldedTokens.Shape(rawValue: flags[t] & Self.shapeMask) }

    private static let shapeMask = FoldedTokens.Shape([.capitalized, .allCaps, .hasDigit, .hasHyphen]).rawValue

    /// The folded-layer flags of an ASCII token without digit or hyphen (``FoldedTokens``'s
    /// ASCII bit and ``FoldedTokens/Shape`` bits, which are the flag bits).
    private static let plainMask = FoldedTokens.asciiFlag | FoldedTokens.Shape.hasDigit.rawValue | FoldedTokens.Shape.hasHyphen.rawValue

    /// Whether token `t` is a plain ASCII word: a word, abbreviation, elision or clitic of
    /// ASCII letters without digit, hyphen or final period (one word cell, looked up by the
    /// shared layer's hash as it is).
    @inline(__always)
    func isPlainWord(_ t: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let p = packed[t]
        switch p.kind {
        case .word, .abbreviation, .elision, .clitic:
            guard flags[t] & Self.plainMask == FoldedTokens.asciiFlag, p.length != UInt16.max else { return false }
            return bytes[Int(utf8Starts[t]) + Int(p.length) - 1] != 0x2E
        default:
            return false
        }
    }

    /// Whether token `t`'s shared hash shares a bit with a trigger or a word that may hide a
    /// core cell (``TemporalLexicon/attentionBits``; false: it is neither).
    @inline(__always)
    func needsAttention(_ t: Int) -> Bool {
        let b = Int(truncatingIfNeeded: hashes[t]) & 0xFFFF
        return attentionBits[b >> 6] & (1 << UInt64(b & 63)) != 0
    }

    /// Whether token `t` is a punctuation mark or symbol of one ASCII byte (one punctuation
    /// cell whose mark is that byte).
    @inline(__always)
    func isPlainMark(_ t: Int) -> Bool {
        let p = packed[t]
        return (p.kind == .punctuation || p.kind == .symbol) && p.length == 1 && flags[t] & FoldedTokens.asciiFlag != 0
    }

    /// Whether token `t` surely gives no cell that can carry a date and needs nothing from
    /// ``DateCellBuilder/mayHoldDate(_:tokens:view:tokenView:range:)`` (no flag set, no hash
    /// kept): a mark or other token that is neither word nor number, or an ASCII word without
    /// digit, hyphen or final period whose hash shares no bit with a trigger or a word that
    /// may hide a core cell. False means: look at it in full.
    @inline(__always)
    func isQuiet(_ t: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let p = packed[t]
        switch p.kind {
        case .word, .abbreviation, .elision, .clitic:
            // ``isPlainWord(_:_:)`` with the attention test before the byte read: written as
            // `!needsAttention(t) && isPlainWord(t, bytes)` it cost 4 M more instructions on 2 MB.
            guard flags[t] & Self.plainMask == FoldedTokens.asciiFlag, p.length != UInt16.max else { return false }
            guard !needsAttention(t) else { return false }
            // A word written with its abbreviation period is also looked up without it.
            return bytes[Int(utf8Starts[t]) + Int(p.length) - 1] != 0x2E
        case .number, .ordinal:
            return false
        default:
            return true
        }
    }
}
