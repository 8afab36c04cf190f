/// Remembers, for one document, where the gazetteer trie walk along a token's folding ends:
/// the node reached after the token's last byte, or "no path" (no name starts with it), with
/// that node's terminal group, its child along a space and which bytes may follow that space.
///
/// Most walks start with a frequent word (`de`, `la`, `président`) whose walk from the root
/// is the same every time: with a large trie each byte of it is a cache miss, while the memo
/// answers with one probe. Direct-mapped on the token's FNV-1a hash (``FoldedTokens/hashes``);
/// a slot holds the folded bytes themselves (tokens of at most ``maxKeyBytes`` bytes), so a
/// hit is exact and results are those of the walk; longer tokens are walked every time. The
/// terminal, the space child and its next bytes answer the usual next steps (is the word a
/// name? may a name go on after it, a space and the next word's first byte?) without reading
/// the trie either: most walks end there.
struct TokenWalkMemo {
    /// One slot: the key's bytes little-endian in two words, zero past its length; `node` is
    /// -1 for "no path", `spaceChild` the node's child along byte 0x20 or -1;
    /// `terminalAndLength` the node's terminal group plus one (0: none) shifted left 8 bits,
    /// plus the key's length (0 while the slot is empty); `nextBytes` bit `b & 31` set for the
    /// label `b` of each child of the space child.
    struct Slot {
        var k0: UInt64
        var k1: UInt64
        var node: Int32
        var spaceChild: Int32
        var terminalAndLength: UInt32
        var nextBytes: UInt32

        /// The key's length in bytes.
        @inline(__always) var length: Int { Int(terminalAndLength & 0xFF) }
        /// The node's terminal group, or -1.
        @inline(__always) var terminal: Int32 { Int32(bitPattern: terminalAndLength >> 8) - 1 }
        /// Whether the slot holds the key (`k0`, `k1`, `length`).
        @inline(__always) func holds(_ k0: UInt64, _ k1: UInt64, _ length: Int) -> Bool {
            self.k0 == k0 && self.k1 == k1 && self.length == length
        }
        /// Whether the space child may have a child along `byte` (false: certainly not).
        @inline(__always) func mayFollowSpace(_ byte: UInt8) -> Bool { nextBytes & (1 << UInt32(byte & 31)) != 0 }
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
        slots = [Slot](repeating: Slot(k0: 0, k1: 0, node: 0, spaceChild: -1, terminalAndLength: 0, nextBytes: 0), count: 1 << Int(bits))
        shift = 64 - bits
    }

    /// The slot of hash `h` in a table whose index is the top `64 - shift` bits.
    @inline(__always)
    static func slot(_ h: UInt64, shift: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) &>> shift) }

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

extension TokenWalkMemo.Slot {
    /// The slot of key (`k0`, `k1`, `length`) whose walk ends at `node` (-1: no path),
    /// with that node's child along a space `spaceChild` (-1: none), in the trie `nodes`
    /// (``CompiledGazetteer``'s layout).
    init(k0: UInt64, k1: UInt64, length: Int, node: Int, spaceChild: Int, nodes: UnsafeBufferPointer<UInt64>) {
        var next: UInt32 = 0
        if spaceChild >= 0 {
            for c in CompiledGazetteer.firstChild(nodes[spaceChild])..<CompiledGazetteer.firstChild(nodes[spaceChild + 1]) {
                next |= 1 << UInt32(CompiledGazetteer.label(nodes[c]) & 31)
            }
        }
        let terminal = node < 0 ? 0 : UInt32(CompiledGazetteer.terminal(nodes[node]) + 1)
        self.init(k0: k0, k1: k1, node: Int32(node), spaceChild: Int32(spaceChild),
                  terminalAndLength: terminal << 8 | UInt32(length), nextBytes: next)
    }
}
