/// A Bloom filter over the hashes of fully folded words: whether a token of ``FoldedTokens``
/// may be one of a set of words, read from the token's precomputed hash alone.
///
/// Words are folded with ``TextFolder``'s full folding and hashed as ``FoldedTokens/hashes``
/// are. A lighter folding that only lower-cases letters and makes `’` an apostrophe (the event
/// tables' ``FoldedWordTable``) folds a token to a word only if the full foldings of both are
/// equal: so "no" from ``mayContain(_:)`` means the token is none of the words under either
/// folding, and "yes" means it may be one (confirm with the table). One bit per word in a bit
/// set of at least 32 bits per word (small enough to stay in the L1 cache for a few thousand
/// words): about 3% false positives. A test is half the instructions of a two-bit filter's
/// (about 7 against 13, run for most tokens of the text), and the few more false positives cost
/// a table probe each: fewer instructions in all.
struct FoldedHashFilter: Sendable {
    private let bits: [UInt64]
    private let mask: UInt64

    /// A filter holding `words`.
    init(_ words: some Collection<String>, folder: TextFolder = .shared) {
        self.init(hashes: words.map { folder.fold($0).withUnsafeBufferPointer { FoldedTokens.hash($0) } })
    }

    /// A filter holding the words whose full foldings hash (``FoldedTokens/hash(_:)``) to `hashes`.
    init(hashes: [UInt64]) {
        var size = 1 << 16
        while size < hashes.count * 32 { size <<= 1 }
        let mask = UInt64(size / 64 - 1)
        self.mask = mask
        var bits = [UInt64](repeating: 0, count: size / 64)
        for h in hashes {
            let (index, bit) = Self.probe(h, mask)
            bits[index] |= 1 << bit
        }
        self.bits = bits
    }

    /// The 64-bit word of `hash` and the bit it sets there (the hash mixed by a multiplication:
    /// FNV-1a's low bits are weak).
    @inline(__always)
    private static func probe(_ hash: UInt64, _ mask: UInt64) -> (index: Int, bit: UInt64) {
        let m = hash &* 0x9E37_79B9_7F4A_7C15
        return (Int((m >> 40) & mask), m & 63)
    }

    /// Whether a token whose full folding hashes to `hash` (``FoldedTokens/hashes``) may be in
    /// the set.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let (index, bit) = Self.probe(hash, mask)
        return bits.withUnsafeBufferPointer { ($0[index] >> bit) & 1 != 0 }
    }
}
