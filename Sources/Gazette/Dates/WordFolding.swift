/// Folds a word for lookup: lower case, accents removed from Latin letters (`é` → `e`,
/// `œ` → `oe`), typographic apostrophes and hyphens made ASCII. Works on UTF-8 bytes, writes the
/// folded bytes and hashes them (FNV-1a, 64 bits). Anything outside Latin-1 and Latin
/// Extended-A is kept as is.
enum WordFolding {
    /// What folding noticed about the word.
    struct Flags: OptionSet {
        let rawValue: UInt8
        /// The first letter is upper case.
        static let capitalized = Flags(rawValue: 1)
        /// A letter lost an accent mark.
        static let accented = Flags(rawValue: 2)
        /// Every letter is upper case (and there are at least two).
        static let allCaps = Flags(rawValue: 4)
        /// The word contains a digit.
        static let hasDigit = Flags(rawValue: 8)
        /// The word contains a hyphen.
        static let hasHyphen = Flags(rawValue: 16)
    }

    /// The folded hash of token `t` of `view`, whose UTF-8 is `bytes[range]`: the shared
    /// layer's hash for an ASCII token (this folding equals the full one there), else folded here.
    /// For an ASCII token `withoutLast` is computed only when `last` is a period (0 otherwise).
    @inline(__always)
    static func hash(token t: Int, view: FoldedTokens, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (hash: UInt64, withoutLast: UInt64, last: UInt8) {
        if view.isASCII(t) {
            let b = bytes[range.upperBound - 1]
            let last = b &- 0x41 < 26 ? b | 0x20 : b
            // The hash without the last byte is only used after a trailing period: computed then.
            let without = last == 0x2E ? hash(bytes, from: range.lowerBound, to: range.upperBound - 1).hash : 0
            return (view.hashes[t], without, last)
        }
        let r = hash(bytes, from: range.lowerBound, to: range.upperBound)
        return (r.hash, r.withoutLast, r.last)
    }

    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// Base letters of U+00C0…U+00FF (0 where the scalar is not a letter to fold). A literal
    /// read in place: no lazily built array to reach at each accented letter.
    private static var latin1: StaticString { "aaaaaaaceeeeiiiidnooooo\u{0}ouuuuytsaaaaaaaceeeeiiiidnooooo\u{0}ouuuuyty" }

    /// Folds `bytes[from..<to]` into `out` (cleared first); returns the hash and flags.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, into out: inout [UInt8]) -> (hash: UInt64, flags: Flags) {
        out.removeAll(keepingCapacity: true)
        var sink = ArraySink(out: out)
        out = []
        let r = fold(bytes, from: from, to: to, sink: &sink)
        out = sink.out
        return (r.hash, r.flags)
    }

    /// Folds and hashes without keeping the bytes: the hash, the hash without the last folded
    /// byte (for a trailing period), the last folded byte and the flags.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> (hash: UInt64, withoutLast: UInt64, last: UInt8, flags: Flags) {
        var sink = HashSink()
        let r = fold(bytes, from: from, to: to, sink: &sink)
        return (r.hash, sink.previous, sink.last, r.flags)
    }

    /// Where folded bytes go (`before`: the hash of the bytes before `b`).
    protocol Sink {
        mutating func put(_ b: UInt8, before: UInt64)
    }

    struct ArraySink: Sink {
        var out: [UInt8]
        @inline(__always) mutating func put(_ b: UInt8, before: UInt64) { out.append(b) }
    }

    struct HashSink: Sink {
        var previous = WordFolding.offsetBasis
        var last: UInt8 = 0
        @inline(__always) mutating func put(_ b: UInt8, before: UInt64) {
            previous = before
            last = b
        }
    }

    @inline(__always)
    private static func fold<S: Sink>(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, sink: inout S) -> (hash: UInt64, flags: Flags) {
        var h = offsetBasis
        @inline(__always) func put(_ b: UInt8) { sink.put(b, before: h); h = (h ^ UInt64(b)) &* prime }
        var flags: Flags = []
        var upper = 0, letters = 0
        var i = from
        while i < to {
            let b = bytes[i]
            if b &- 0x61 < 26 {
                // A run of lower-case ASCII letters (most of most words), hashed in a loop of
                // its own: no other test per byte.
                var j = i
                repeat {
                    put(bytes[j])
                    j += 1
                } while j < to && bytes[j] &- 0x61 < 26
                letters += j - i
                i = j
                continue
            }
            if b < 0x80 {
                if b >= 0x41 && b <= 0x5A {
                    if letters == 0 { flags.insert(.capitalized) }
                    upper += 1; letters += 1
                    put(b | 0x20)
                } else {
                    if b >= 0x61 && b <= 0x7A { letters += 1 } else if b >= 0x30 && b <= 0x39 { flags.insert(.hasDigit) } else if b == 0x2D { flags.insert(.hasHyphen) }
                    put(b)
                }
                i += 1
                continue
            }
            // Decode one scalar.
            var scalar: UInt32
            var width: Int
            if b < 0xE0 { scalar = UInt32(b & 0x1F); width = 2 } else if b < 0xF0 { scalar = UInt32(b & 0x0F); width = 3 } else { scalar = UInt32(b & 0x07); width = 4 }
            var k = 1
            while k < width && i + k < to { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F); k += 1 }
            switch scalar {
            case 0xC0...0xFF where scalar != 0xD7 && scalar != 0xF7:
                let base = latin1.utf8Start[Int(scalar - 0xC0)]
                if scalar < 0xDF {
                    if letters == 0 { flags.insert(.capitalized) }
                    upper += 1
                }
                letters += 1
                if scalar == 0xDF { put(0x73); put(0x73) }
                else if scalar == 0xC6 || scalar == 0xE6 { put(0x61); put(0x65); flags.insert(.accented) }
                else { put(base); flags.insert(.accented) }
            case 0x152, 0x153:
                if scalar == 0x152 { if letters == 0 { flags.insert(.capitalized) }; upper += 1 }
                letters += 1
                put(0x6F); put(0x65)
            case 0x2018, 0x2019, 0x02BC, 0x2032:
                put(0x27)
            case 0x2010, 0x2011:
                put(0x2D); flags.insert(.hasHyphen)
            default:
                letters += 1
                for j in 0..<width where i + j < to { put(bytes[i + j]) }
            }
            i += width
        }
        if letters >= 2 && upper == letters { flags.insert(.allCaps) }
        return (h, flags)
    }

    /// FNV-1a of `bytes`.
    @inline(__always)
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h = offsetBasis
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// Folds a string (for building tables).
    static func fold(_ s: String) -> (key: [UInt8], hash: UInt64) {
        var out: [UInt8] = []
        var copy = s
        let h = copy.withUTF8 { fold($0, from: 0, to: $0.count, into: &out).hash }
        return (out, h)
    }
}

extension WordFolding.Flags {
    /// The flags of an ASCII token from the shared layer's shape (same definitions; an ASCII
    /// word has no accent): capitalized 4 → 1, allCaps 8 → 4, hasDigit 16 → 8, hasHyphen 32 → 16.
    @inline(__always)
    init(shape: FoldedTokens.Shape) {
        let s = shape.rawValue
        self.init(rawValue: (s >> 1) & 0x1C | (s >> 2) & 1)
    }
}
