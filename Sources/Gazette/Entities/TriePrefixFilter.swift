/// A Bloom filter over the paths of a gazetteer trie, keyed by the FNV-1a hash of each path's
/// bytes (the hash of ``FoldedTokens/hashes``): the matcher asks it whether a token's folded
/// form can begin a name before walking the trie from that token.
///
/// Every node's path is in the filter, so "no" is certain: no name starts with the token's
/// folding, and the walk (one cache miss per byte in a large trie) would have found no match.
/// "Maybe" (a path, or a false positive, about 8%) walks the trie as before: results are the
/// same with or without the filter. Built in one pass over the breadth-first node array,
/// 8 to 16 bits per node, both bits of a key in one 64-bit word (one cache line per look-up).
/// The filter pays only while it stays in the core's cache: for a trie of more than
/// ``maxNodes`` nodes (a million-name gazetteer has 6.7 M) it is empty and says "maybe" to
/// everything (a look-up that misses the cache costs as much as the walk it would save).
/// Immutable.
struct TriePrefixFilter: Sendable {
    /// The bits (empty when the filter is not in use): what the gazetteer cache stores.
    let words: [UInt64]
    private let mask: UInt64
    /// Whether the filter is in use.
    let isEnabled: Bool
    /// The largest trie filtered: a filter of 8 Mbit (1 MB, a core's L2 cache) or less.
    static let maxNodes = 1 << 20

    /// The number of 64-bit words of the filter of a trie of `count` nodes: 0 (no filter) above
    /// ``maxNodes``, else a power of two, 64 or more.
    static func wordCount(nodes count: Int) -> Int {
        guard count <= maxNodes else { return 0 }
        var bits = 1 << 12
        while bits < count * 8 { bits <<= 1 }
        return bits / 64
    }

    /// The filter stored with a trie (``words``), if it has the size ``wordCount(nodes:)`` gives
    /// for `nodes`.
    init?(words: [UInt64], nodes: Int) {
        guard words.count == Self.wordCount(nodes: nodes) else { return nil }
        self.words = words
        mask = UInt64(words.count) &* 64 &- 1
        isEnabled = !words.isEmpty
    }

    /// The filter of the trie `nodes` (``CompiledGazetteer``'s layout, with its sentinel).
    init(nodes: [UInt64]) {
        let count = max(0, nodes.count - 1)
        let wordCount = Self.wordCount(nodes: count)
        guard wordCount > 0 else {
            words = []; mask = 0; isEnabled = false
            return
        }
        isEnabled = true
        let mask = UInt64(wordCount) * 64 - 1
        self.mask = mask
        var words = [UInt64](repeating: 0, count: wordCount)
        // Breadth-first order: a node's children come after it, so one forward pass gives
        // every path's hash from its parent's.
        var paths = [UInt64](repeating: 0, count: count)
        if count > 0 { paths[0] = FoldedTokens.fnvOffsetBasis }
        nodes.withUnsafeBufferPointer { nodes in
            words.withUnsafeMutableBufferPointer { w in
                for k in 0..<min(count, nodes.count - 1) {
                    let h = paths[k]
                    for c in CompiledGazetteer.firstChild(nodes[k])..<CompiledGazetteer.firstChild(nodes[k + 1]) where c < count {
                        let ch = (h ^ UInt64(CompiledGazetteer.label(nodes[c]))) &* FoldedTokens.fnvPrime
                        paths[c] = ch
                        let (word, bits) = Self.probe(ch, mask)
                        w[word] |= bits
                    }
                }
            }
        }
        self.words = words
    }

    /// The word of key `h` and its two bits in it.
    @inline(__always)
    private static func probe(_ h: UInt64, _ mask: UInt64) -> (Int, UInt64) {
        let m = h &* 0x9E37_79B9_7F4A_7C15
        let first: UInt64 = 1 << ((m >> 52) & 63)
        let second: UInt64 = 1 << (((m >> 58) ^ (h >> 40)) & 63)
        return (Int(((m >> 12) & mask) >> 6), first | second)
    }

    /// Whether some path of the trie may have the FNV-1a hash `hash`.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        guard isEnabled else { return true }
        let (word, bits) = Self.probe(hash, mask)
        return words.withUnsafeBufferPointer { w in w[word] & bits == bits }
    }
}
