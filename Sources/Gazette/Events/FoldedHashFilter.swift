/// A Bloom filter over the hashes of fully folded words: whether a token of ``FoldedTokens``
/// may be one of a set of words, read from the token's precomputed hash alone.
///
/// Words are folded with ``TextFolder``'s full folding and hashed as ``FoldedTokens/hashes``
/// are. A lighter folding that only lower-cases letters and makes `’` an apostrophe (the event
/// tables' ``FoldedWordTable``) folds a token to a word only if the full foldings of both are
/// equal: so "no" from ``mayContain(_:)`` means the token is none of the words under either
/// folding, and "yes" means it may be one (confirm with the table). Two probes in a bit set
/// of at least 32 bits per word (small enough to stay in the L1 cache for a few thousand
/// words): under 0.4% false positives. Immutable and thread-safe.
struct FoldedHashFilter: Sendable {
    private let bits: [UInt64]
    private let mask: UInt64

    /// A filter holding `words`.
    init(_ words: some Collection<String>, folder: TextFolder = .shared) {
        let mask: UInt64
        var size = 1 << 16
        while size < words.count * 32 { size <<= 1 }
        mask = UInt64(size - 1)
        self.mask = mask
        var bits = [UInt64](repeating: 0, count: size / 64)
        for word in words {
            let h = folder.fold(word).withUnsafeBufferPointer { FoldedTokens.hash($0) }
            let (a, b) = Self.probes(h, mask)
            bits[Int(a >> 6)] |= 1 << (a & 63)
            bits[Int(b >> 6)] |= 1 << (b & 63)
        }
        self.bits = bits
    }

    @inline(__always)
    private static func probes(_ hash: UInt64, _ mask: UInt64) -> (UInt64, UInt64) {
        let m = hash &* 0x9E37_79B9_7F4A_7C15
        return ((m >> 40) & mask, (m >> 12) & mask)
    }

    /// Whether a token whose full folding hashes to `hash` (``FoldedTokens/hashes``) may be in
    /// the set.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let (a, b) = Self.probes(hash, mask)
        return bits.withUnsafeBufferPointer { w in
            w[Int(a >> 6)] & (1 << (a & 63)) != 0 && w[Int(b >> 6)] & (1 << (b & 63)) != 0
        }
    }
}
