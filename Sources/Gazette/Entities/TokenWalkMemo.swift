/// Remembers, for one document, where the gazetteer trie walk along a token's folding ends:
/// the node reached after the token's last byte, or "no path" (no name starts with it), with
/// that node's terminal group and its child along a space.
///
/// Most walks start with a frequent word (`de`, `la`, `président`) whose walk from the root
/// is the same every time: with a large trie each byte of it is a cache miss, while the memo
/// answers with one probe. Direct-mapped on the token's FNV-1a hash (``FoldedTokens/hashes``);
/// a slot holds the folded bytes themselves (tokens of at most ``maxKeyBytes`` bytes), so a
/// hit is exact and results are those of the walk; longer tokens are walked every time. The
/// terminal and the space child answer the usual next steps (is the word a name? does a name
/// go on after it and a space?) without reading the trie either: most walks end there.
struct TokenWalkMemo {
    /// One slot: the key's bytes little-endian in two words, zero past `length`; `length` is
    /// 0 while the slot is empty; `node` is -1 for "no path", `terminal` the node's terminal
    /// group or -1, `spaceChild` its child along byte 0x20 or -1.
    struct Slot {
        var k0: UInt64
        var k1: UInt64
        var length: Int32
        var node: Int32
        var terminal: Int32
        var spaceChild: Int32
    }

    /// The longest folding remembered.
    static let maxKeyBytes = 16

    /// The slots; their count is a power of two.
    var slots: [Slot]
    /// How far the mixed hash is shifted right to give a slot index.
    let shift: UInt64

    /// The most slots (32 bytes each: 1 MB, a core's L2 cache).
    static let maxSlots = 1 << 15

    /// A memo sized for a document of `tokenCount` tokens (small documents get small tables).
    init(tokenCount: Int) {
        var bits: UInt64 = 6
        while (1 << bits) < Self.maxSlots && (1 << bits) < tokenCount { bits += 1 }
        slots = [Slot](repeating: Slot(k0: 0, k1: 0, length: 0, node: 0, terminal: -1, spaceChild: -1), count: 1 << Int(bits))
        shift = 64 - bits
    }

    /// The slot of hash `h` in a table whose index is the top `64 - shift` bits.
    @inline(__always)
    static func slot(_ h: UInt64, shift: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The key words of `bytes[from ..< from + length]`, `length` in 1...``maxKeyBytes``:
    /// little-endian, zero past `length`.
    @inline(__always)
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, length: Int) -> (UInt64, UInt64) {
        let base = bytes.baseAddress! + from
        if from + 16 <= bytes.count {
            let raw = UnsafeRawPointer(base)
            var w0 = raw.loadUnaligned(as: UInt64.self), w1 = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            if length < 8 {
                w0 &= (1 &<< UInt64(8 * length)) &- 1
                w1 = 0
            } else if length < 16 {
                w1 &= (1 &<< UInt64(8 * (length - 8))) &- 1
            }
            return (UInt64(littleEndian: w0), UInt64(littleEndian: w1))
        }
        var w0: UInt64 = 0, w1: UInt64 = 0
        for k in 0..<length {
            if k < 8 { w0 |= UInt64(base[k]) << UInt64(8 * k) } else { w1 |= UInt64(base[k]) << UInt64(8 * (k - 8)) }
        }
        return (w0, w1)
    }
}
