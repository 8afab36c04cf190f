/// Remembers, for one document, where the gazetteer trie walk along a token's folding ends:
/// the node reached after the token's last byte, or "no path" (no name starts with it).
///
/// Most walks start with a frequent word (`de`, `la`, `président`) whose walk from the root
/// is the same every time: with a large trie each byte of it is a cache miss, while the memo
/// answers with one probe. Direct-mapped on the token's FNV-1a hash (``FoldedTokens/hashes``);
/// a slot holds the hash, the node and the last token that used it, and a hit is confirmed by
/// comparing that token's folded bytes with the current one's, so results are exactly those
/// of the walk (a collision only costs a walk). A hit moves the slot to the current token, so
/// the bytes compared are recent ones, still in the cache.
struct TokenWalkMemo {
    /// One slot: `token` is -1 while the slot is empty; `node` is -1 for "no path".
    struct Slot {
        var hash: UInt64
        var node: Int32
        var token: Int32
    }

    /// The slots; their count is a power of two.
    var slots: [Slot]
    /// How far the mixed hash is shifted right to give a slot index.
    let shift: UInt64

    /// The most slots (16 bytes each: 512 KB, within a core's L2 cache).
    static let maxSlots = 1 << 15

    /// A memo sized for a document of `tokenCount` tokens (small documents get small tables).
    init(tokenCount: Int) {
        var bits: UInt64 = 6
        while bits < 15 && (1 << bits) < tokenCount { bits += 1 }
        slots = [Slot](repeating: Slot(hash: 0, node: 0, token: -1), count: 1 << Int(bits))
        shift = 64 - bits
    }

    /// The slot of hash `h` in a table whose index is the top `64 - shift` bits.
    @inline(__always)
    static func slot(_ h: UInt64, shift: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift) }
}
