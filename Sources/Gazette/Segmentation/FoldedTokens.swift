/// Every token of a document folded once, for the stages that look words up: the shared
/// per-token layer `folded-tokens` (``Document/foldedTokens``), computed on first use by
/// ``Document/foldTokens()`` and then read by every later stage.
///
/// * **View.** The full folding (``TextFolder``: NFD without marks, lower case, `œ`→`oe`,
///   apostrophes and dashes made ASCII…) of every token, laid end to end in ``bytes``. Between
///   two tokens the view holds one space when the text has white space between them, nothing
///   when they touch (`AT` `&` `T` → `at&t`), and a NUL byte (which no name contains) at a
///   paragraph break (two or more line breaks), so that no multi-token match crosses
///   paragraphs. Token `k` is `bytes[range(k)]`. The gazetteer trie walks it.
/// * **Hash.** ``hashes``[k] is the 64-bit FNV-1a of token `k`'s folded bytes (offset basis
///   `0xcbf29ce484222325`, prime `0x100000001b3`, no adjustment), so a word table keyed by
///   folded words is probed without reading the text again.
/// * **UTF-8.** ``utf8Starts``: where token `k` starts in ``DocumentText/withUTF8(_:)``'s bytes;
///   ``utf8Range(_:tokens:utf8:)`` its whole range: no scalar-to-byte cursor needed.
/// * **ASCII.** ``isASCII(_:)``: the token's text is ASCII (and holds no control character),
///   so every lighter folding (ASCII lower case, as in the events' and dates' tables) equals
///   the full folding and the hash serves them too; for other tokens those stages fold the
///   UTF-8 range themselves. ``shape(_:)`` gives an ASCII token's case, digits and hyphens.
///
/// Offsets are `Int32`: a document's UTF-8 and its view stay below 2 GiB (inputs are capped
/// at 64 MiB by default). 17 bytes per token plus the view (about the text's size): token ends
/// are derived (the next token's start less its separator; for UTF-8, the token's length).
public struct FoldedTokens: Sendable {
    /// The folded view.
    public let bytes: [UInt8]
    /// Where each token starts in ``bytes``.
    public let starts: [Int32]
    /// FNV-1a 64 of each token's folded bytes.
    public let hashes: [UInt64]
    /// Where each token starts in the text's UTF-8.
    public let utf8Starts: [Int32]
    /// Bit 0: the token's text is ASCII without control characters; bit 1: a separator byte
    /// comes before the token in the view; bits 2–5: ``Shape`` (ASCII tokens only).
    let flags: [UInt8]
    static let asciiFlag: UInt8 = 1
    static let separatorFlag: UInt8 = 2

    /// Case, digits and hyphens of an ASCII token, read while folding it (the facts the dates'
    /// `WordFolding.Flags` records, with the same definitions for ASCII).
    public struct Shape: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The first letter (`A`–`Z`, `a`–`z`) is upper case.
        public static let capitalized = Shape(rawValue: 4)
        /// Two letters or more, all upper case.
        public static let allCaps = Shape(rawValue: 8)
        /// A digit `0`–`9`.
        public static let hasDigit = Shape(rawValue: 16)
        /// A hyphen-minus.
        public static let hasHyphen = Shape(rawValue: 32)
    }

    /// The shape of token `k`; empty for a token that is not ASCII (``isASCII(_:)``).
    @inline(__always)
    public func shape(_ k: Int) -> Shape { Shape(rawValue: flags[k] & 0x3C) }

    /// FNV-1a 64 offset basis.
    public static let fnvOffsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a 64 prime.
    public static let fnvPrime: UInt64 = 0x100_0000_01b3

    /// FNV-1a 64 of `bytes`, as in ``hashes``.
    @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = fnvOffsetBasis
        for b in bytes { h = (h ^ UInt64(b)) &* fnvPrime }
        return h
    }

    /// Whether token `k`'s text is ASCII (its full folding is then its ASCII lower case).
    @inline(__always)
    public func isASCII(_ k: Int) -> Bool { flags[k] & Self.asciiFlag != 0 }

    /// Where token `k` ends in ``bytes``.
    @inline(__always)
    public func end(_ k: Int) -> Int {
        k + 1 < starts.count ? Int(starts[k + 1]) - Int((flags[k + 1] >> 1) & 1) : bytes.count
    }

    /// Token `k`'s folding: its range in ``bytes``.
    @inline(__always)
    public func range(_ k: Int) -> Range<Int> { Int(starts[k])..<end(k) }

    /// Token `k`'s range in `utf8`, the text's bytes (`tokens` is the layer this was built from).
    @inline(__always)
    public func utf8Range(_ k: Int, tokens: TokenLayer, utf8: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let start = Int(utf8Starts[k])
        if isASCII(k) { return start..<(start + end(k) - Int(starts[k])) }
        var byte = start
        for _ in 0..<tokens[k].span.length {
            let b = utf8[byte]
            byte += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        }
        return start..<byte
    }

    /// Classes of ASCII bytes (``asciiTable``): the digit and hyphen bits are those of
    /// ``Shape``; a control byte folds to a space and makes the token count as not ASCII.
    static let upperClass: UInt8 = 1
    static let lowerClass: UInt8 = 2
    static let controlClass: UInt8 = 0x40

    /// Each ASCII byte's full folding (``TextFolder``'s rule: `A`–`Z` lower-cased, NUL and
    /// `\t`…`\r` as a space) in the low byte, its class bits in the high byte.
    static let asciiTable: [UInt16] = (0..<128).map { (b: UInt16) -> UInt16 in
        if b >= 0x41 && b <= 0x5A { return (b | 0x20) | UInt16(upperClass) << 8 }
        if b >= 0x61 && b <= 0x7A { return b | UInt16(lowerClass) << 8 }
        if b >= 0x30 && b <= 0x39 { return b | UInt16(Shape.hasDigit.rawValue) << 8 }
        if b == 0x2D { return b | UInt16(Shape.hasHyphen.rawValue) << 8 }
        if b == 0 || (b >= 0x09 && b <= 0x0D) { return 0x20 | UInt16(controlClass) << 8 }
        return b
    }

    /// The capitalized and all-capitals bits of the ASCII token of `count` bytes at `bytes`,
    /// which holds a capital: capitalized when its first letter is a capital, all capitals
    /// when it has no lower-case letter and two capitals or more.
    static func capitalShape(_ bytes: UnsafePointer<UInt8>, count: Int, hasLower: Bool) -> UInt8 {
        var shape: UInt8 = 0
        var k = 0
        while k < count && !(bytes[k] &- 0x41 < 26 || bytes[k] &- 0x61 < 26) { k &+= 1 }
        if k < count && bytes[k] &- 0x41 < 26 { shape |= Shape.capitalized.rawValue }
        if !hasLower {
            var capitals = 0
            for j in k..<count where bytes[j] &- 0x41 < 26 { capitals &+= 1 }
            if capitals >= 2 { shape |= Shape.allCaps.rawValue }
        }
        return shape
    }

    /// Folds every token of `text` (one pass over its UTF-8).
    public init(text: DocumentText, tokens: TokenLayer, folder: TextFolder = .shared) {
        let n = tokens.count
        // The per-token arrays (17 bytes a token) are written once each, never zero-filled first.
        var starts: [Int32] = [], hashes: [UInt64] = [], utf8Starts: [Int32] = [], flags: [UInt8] = []
        // Each scalar folds to at most maxFoldedBytes bytes, plus one separator per token; the
        // buffer is trimmed to what was written (untouched pages cost no memory).
        let capacity = text.scalarCount * TextFolder.maxFoldedBytes / 4 + text.utf8Count + n + TextFolder.maxFoldedBytes
        var written = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { out, initialized in
            text.withUTF8 { utf8 in
            starts = [Int32](unsafeUninitializedCapacity: n) { starts, startsCount in
            hashes = [UInt64](unsafeUninitializedCapacity: n) { hashes, hashesCount in
            utf8Starts = [Int32](unsafeUninitializedCapacity: n) { utf8Starts, utf8StartsCount in
            flags = [UInt8](unsafeUninitializedCapacity: n) { flags, flagsCount in
                let p = out.baseAddress!
                let isASCIIText = text.isASCII
                Self.asciiTable.withUnsafeBufferPointer { asciiTable in
                folder.withFullTable { foldOffsets, foldBytes in
                tokens.withPacked { packed in
                // The cursors are local to the innermost closure (kept in registers).
                var at = 0
                var byte = 0, scalar = 0
                for k in 0..<n {
                    let token = packed[k]
                    let tokenStart = Int(token.start)
                    let tokenEnd = _fastPath(token.length != UInt16.max) ? tokenStart &+ Int(token.length) : tokens.end(at: k)
                    var newlines = 0
                    let gap = scalar < tokenStart
                    if scalar &+ 1 == tokenStart && utf8[byte] == 0x20 {
                        // One plain space (most gaps).
                        byte &+= 1
                        scalar = tokenStart
                    } else if isASCIIText {
                        while scalar < tokenStart {
                            if utf8[byte] == 0x0A { newlines += 1 }
                            byte += 1
                            scalar += 1
                        }
                    } else {
                        while scalar < tokenStart {
                            let b = utf8[byte]
                            if b == 0x0A { newlines += 1 }
                            byte += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                            scalar += 1
                        }
                    }
                    var separator: UInt8 = 0
                    if k > 0 {
                        if newlines >= 2 { p[at] = 0; at &+= 1; separator = Self.separatorFlag } else if gap { p[at] = 0x20; at &+= 1; separator = Self.separatorFlag }
                    }
                    // Both offsets fit in an Int32 (one test for the two, then stored as is).
                    if _slowPath(at | byte > Int(Int32.max)) { preconditionFailure("document too large for 32-bit offsets") }
                    starts[k] = Int32(truncatingIfNeeded: at)
                    utf8Starts[k] = Int32(truncatingIfNeeded: byte)
                    var h = Self.fnvOffsetBasis
                    let length = tokenEnd &- scalar
                    if at &+ length < capacity {
                        // An ASCII token (most are) in one tight loop: each byte folded and
                        // classed by a table, copied and hashed; its shape from the classes.
                        // At the first byte that is not ASCII, the scalar loop below takes over.
                        let source = utf8.baseAddress! + byte, target = p + at
                        var n = 0, classes: UInt16 = 0
                        while n < length {
                            let b = source[n]
                            if b >= 0x80 { break }
                            let c = asciiTable[Int(b)]
                            let f = UInt8(truncatingIfNeeded: c)
                            target[n] = f
                            classes |= c
                            h = (h ^ UInt64(f)) &* Self.fnvPrime
                            n &+= 1
                        }
                        at &+= n; byte &+= n; scalar &+= n
                        if n == length {
                            hashes[k] = h
                            let c = UInt8(truncatingIfNeeded: classes >> 8)
                            var flag = separator
                            if c & Self.controlClass == 0 {
                                flag |= Self.asciiFlag | (c & (Shape.hasDigit.rawValue | Shape.hasHyphen.rawValue))
                                if c & Self.upperClass != 0 {
                                    flag |= Self.capitalShape(source, count: n, hasLower: c & Self.lowerClass != 0)
                                }
                            }
                            flags[k] = flag
                            continue
                        }
                        if at &+ (tokenEnd &- scalar) &* TextFolder.maxFoldedBytes < capacity {
                            // (The UTF-8 decoding below is also written out in the loop after this
                            // one: a shared inlined helper cost 4 M more instructions per 2 MB.)
                            // A scalar beyond ASCII (the token's shape is then not recorded): the
                            // rest of the token scalar by scalar, through the folder's table
                            // (read here, not through a call per scalar), each folded byte
                            // hashed as it is written. Every scalar fits (the test above).
                            while scalar < tokenEnd {
                                let b0 = utf8[byte]
                                if b0 < 0x80 {
                                    let f = UInt8(truncatingIfNeeded: asciiTable[Int(b0)])
                                    p[at] = f; at &+= 1; byte &+= 1; scalar &+= 1
                                    h = (h ^ UInt64(f)) &* Self.fnvPrime
                                    continue
                                }
                                let value: UInt32
                                if b0 < 0xE0 {
                                    value = UInt32(b0 & 0x1F) << 6 | UInt32(utf8[byte &+ 1] & 0x3F); byte &+= 2
                                } else if b0 < 0xF0 {
                                    value = UInt32(b0 & 0x0F) << 12 | UInt32(utf8[byte &+ 1] & 0x3F) << 6 | UInt32(utf8[byte &+ 2] & 0x3F); byte &+= 3
                                } else {
                                    value = UInt32(b0 & 0x07) << 18 | UInt32(utf8[byte &+ 1] & 0x3F) << 12 | UInt32(utf8[byte &+ 2] & 0x3F) << 6
                                        | UInt32(utf8[byte &+ 3] & 0x3F); byte &+= 4
                                }
                                scalar &+= 1
                                if value < TextFolder.tableLimit {
                                    var q = Int(foldOffsets[Int(value)])
                                    let qEnd = Int(foldOffsets[Int(value) &+ 1])
                                    while q < qEnd {
                                        let f = foldBytes[q]
                                        p[at] = f; at &+= 1; q &+= 1
                                        h = (h ^ UInt64(f)) &* Self.fnvPrime
                                    }
                                } else {
                                    var q = at
                                    folder.writeFull(value, to: p, at: &at)
                                    while q < at { h = (h ^ UInt64(p[q])) &* Self.fnvPrime; q &+= 1 }
                                }
                            }
                            hashes[k] = h
                            flags[k] = separator
                            continue
                        }
                    }
                    // A token with a scalar beyond ASCII (or one that may not fit): scalar by
                    // scalar; its shape is not recorded (``shape(_:)`` is empty).
                    var high: UInt8 = 0
                    var letters = 0, upper = 0, shape: UInt8 = 0
                    // Stay within capacity even for pathological expansions: a token that fits
                    // whatever its scalars fold to is not checked per scalar.
                    let end = tokenEnd
                    let limit = at &+ (end &- scalar) &* TextFolder.maxFoldedBytes < capacity
                        ? Int.max : capacity &- TextFolder.maxFoldedBytes
                    while scalar < end {
                        if at >= limit { break }
                        let b0 = utf8[byte]
                        if b0 &- 0x61 < 26 {
                            // A run of lower-case ASCII letters (most bytes): copied and hashed
                            // by a tight loop, nothing else to record but their number.
                            let source = utf8.baseAddress! + byte, target = p + at
                            let room = Swift.min(end &- scalar, limit &- at)
                            var n = 0
                            while n < room {
                                let b = source[n]
                                if b &- 0x61 >= 26 { break }
                                target[n] = b
                                h = (h ^ UInt64(b)) &* Self.fnvPrime
                                n &+= 1
                            }
                            letters &+= n; at &+= n; byte &+= n; scalar &+= n
                            continue
                        }
                        if b0 < 0x80 {
                            // ASCII: A–Z lower-cased, controls as a space (TextFolder's rule).
                            var f = b0
                            if b0 &- 0x41 < 26 {
                                f = b0 | 0x20
                                if letters == 0 { shape |= Shape.capitalized.rawValue }
                                upper &+= 1; letters &+= 1
                            } else if b0 &- 0x61 < 26 {
                                letters &+= 1
                            } else if b0 &- 0x30 < 10 {
                                shape |= Shape.hasDigit.rawValue
                            } else if b0 == 0x2D {
                                shape |= Shape.hasHyphen.rawValue
                            } else if b0 == 0 || (b0 >= 0x09 && b0 <= 0x0D) {
                                f = 0x20; high = 0x80
                            }
                            p[at] = f; at &+= 1; byte &+= 1
                            h = (h ^ UInt64(f)) &* Self.fnvPrime
                            scalar &+= 1
                            continue
                        }
                        high = 0x80
                        let value: UInt32
                        if b0 < 0xE0 {
                            value = UInt32(b0 & 0x1F) << 6 | UInt32(utf8[byte &+ 1] & 0x3F); byte &+= 2
                        } else if b0 < 0xF0 {
                            value = UInt32(b0 & 0x0F) << 12 | UInt32(utf8[byte &+ 1] & 0x3F) << 6 | UInt32(utf8[byte &+ 2] & 0x3F); byte &+= 3
                        } else {
                            value = UInt32(b0 & 0x07) << 18 | UInt32(utf8[byte &+ 1] & 0x3F) << 12 | UInt32(utf8[byte &+ 2] & 0x3F) << 6
                                | UInt32(utf8[byte &+ 3] & 0x3F); byte &+= 4
                        }
                        scalar &+= 1
                        var q = at
                        folder.writeFull(value, to: p, at: &at)
                        while q < at { h = (h ^ UInt64(p[q])) &* Self.fnvPrime; q &+= 1 }
                    }
                    while scalar < tokenEnd {   // only after a capacity break
                        let b = utf8[byte]
                        byte += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                        scalar += 1
                    }
                    hashes[k] = h
                    if letters >= 2 && upper == letters { shape |= Shape.allCaps.rawValue }
                    flags[k] = (high == 0 ? Self.asciiFlag | shape : 0) | separator
                }
                written = at
                }
                }
                }
                // Every token's entries were written above.
                flagsCount = n
            }; utf8StartsCount = n }; hashesCount = n }; startsCount = n }}
            initialized = written
        }
        self.bytes = bytes
        self.starts = starts
        self.hashes = hashes
        self.utf8Starts = utf8Starts
        self.flags = flags
    }
}

/// The folded tokens (``FoldedTokens``): derived from `tokens` on first use, not written in
/// records.
public enum FoldedTokensLayer: LayerKey {
    public typealias Value = FoldedTokens
    public static let name = "folded-tokens"
}

extension Document {
    /// The folded tokens, once a stage has computed them (``foldTokens()``).
    public var foldedTokens: FoldedTokens? {
        get { layers[FoldedTokensLayer.self] }
        set { layers[FoldedTokensLayer.self] = newValue }
    }

    /// The folded tokens, computed from ``tokens`` and stored on first call; nil when the
    /// document has no tokens. Stages that look words up call this rather than folding the
    /// text again.
    public mutating func foldTokens() -> FoldedTokens? {
        if let folded = foldedTokens { return folded }
        guard let tokens else { return nil }
        let folded = FoldedTokens(text: text, tokens: tokens)
        foldedTokens = folded
        return folded
    }
}
