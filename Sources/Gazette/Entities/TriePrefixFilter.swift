/// A Bloom filter over the paths of a gazetteer trie, keyed by the FNV-1a hash of each path's
/// bytes (the hash of ``FoldedTokens/hashes``): the matcher asks it whether a token's folded
/// form can begin a name before walking the trie from that token.
///
/// Every node's path is in the filter, so "no" is certain: no name starts with the token's
/// folding, and the walk (one cache miss per byte in a large trie) would have found no match.
/// "Maybe" (a path, or a false positive, about 5%) walks the trie as before: results are the
/// same with or without the filter. Built in one pass over the breadth-first node array
/// (about 8 bits per node: 8 MB for a one-million-name gazetteer). Immutable.
struct TriePrefixFilter: Sendable {
    private let words: [UInt64]
    private let mask: UInt64

    init(gazetteer g: CompiledGazetteer) {
        let count = g.nodeCount
        var bits: UInt64 = 1 << 12
        while bits < UInt64(count) * 8 { bits <<= 1 }
        let mask = bits - 1
        self.mask = mask
        var words = [UInt64](repeating: 0, count: Int(bits / 64))
        // Breadth-first order: a node's children come after it, so one forward pass gives
        // every path's hash from its parent's.
        var paths = [UInt64](repeating: 0, count: count)
        if count > 0 { paths[0] = FoldedTokens.fnvOffsetBasis }
        g.nodes.withUnsafeBufferPointer { nodes in
            words.withUnsafeMutableBufferPointer { w in
                for k in 0..<count {
                    let h = paths[k]
                    for c in CompiledGazetteer.firstChild(nodes[k])..<CompiledGazetteer.firstChild(nodes[k + 1]) where c < count {
                        let ch = (h ^ UInt64(CompiledGazetteer.label(nodes[c]))) &* FoldedTokens.fnvPrime
                        paths[c] = ch
                        let (a, b) = Self.probes(ch, mask)
                        w[Int(a >> 6)] |= 1 << (a & 63)
                        w[Int(b >> 6)] |= 1 << (b & 63)
                    }
                }
            }
        }
        self.words = words
    }

    @inline(__always)
    private static func probes(_ h: UInt64, _ mask: UInt64) -> (UInt64, UInt64) {
        let m = h &* 0x9E37_79B9_7F4A_7C15
        return (m >> 20 & mask, (m >> 40 ^ h) & mask)
    }

    /// Whether some path of the trie may have the FNV-1a hash `hash`.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let (a, b) = Self.probes(hash, mask)
        return words.withUnsafeBufferPointer { w in
            w[Int(a >> 6)] & (1 << (a & 63)) != 0 && w[Int(b >> 6)] & (1 << (b & 63)) != 0
        }
    }
}
