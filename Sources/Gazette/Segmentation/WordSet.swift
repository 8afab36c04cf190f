/// A set of words looked up straight from UTF-16 code units, without building a `String`.
///
/// Words are hashed (FNV-1a, 64 bits) from their code units, optionally folded (ASCII and
/// Latin-1 letters lower-cased, `’` read as `'`); a hash hit is confirmed by comparing the
/// code units, so the set is exact. Immutable and thread-safe.
struct WordSet: Sendable {
    /// Open-addressing table of hashes (0 = empty slot), indexed by the hash's low bits.
    private let slots: [UInt64]
    /// For each slot, the (folded) code units of its word.
    private let words: [[UInt16]]
    private let mask: Int
    private let folded: Bool
    /// Length in code units of the longest word; longer candidates are rejected at once.
    let maxLength: Int
    /// Bit `n` set when a word has `n` code units (words up to 63 units; longer ones set bit 63).
    private let lengths: UInt64
    /// Bit `c % 128` set when a word starts with the (folded) code unit `c`: most candidates
    /// are rejected by their length and first unit without being hashed.
    private let firstUnits: (low: UInt64, high: UInt64)

    /// A set of `words`; with `folded`, look-ups ignore case (Latin letters) and apostrophe style.
    init(_ words: Set<String>, folded: Bool) {
        self.folded = folded
        let unique = Set(words.map { Array($0.utf16).map { folded ? WordSet.foldUnit($0) : $0 } })
        var size = 8
        while size < unique.count * 4 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        var stored = [[UInt16]](repeating: [], count: size)
        for units in unique {
            let h = units.withUnsafeBufferPointer { WordSet.hash($0, 0..<$0.count, folded: false) }
            var i = Int(truncatingIfNeeded: h) & (size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = h
            stored[i] = units
        }
        self.slots = slots
        self.words = stored
        mask = size - 1
        maxLength = unique.map(\.count).max() ?? 0
        var lengths: UInt64 = 0, low: UInt64 = 0, high: UInt64 = 0
        for units in unique {
            lengths |= 1 << UInt64(min(units.count, 63))
            guard let first = units.first else { continue }
            let b = UInt64(first & 127)
            if b < 64 { low |= 1 << b } else { high |= 1 << (b - 64) }
        }
        self.lengths = lengths
        firstUnits = (low, high)
    }

    var isEmpty: Bool { maxLength == 0 }

    /// Whether a word of the set may start with the code unit `c` (folded as look-ups are):
    /// false means no range starting with `c` is in the set, so a caller can skip scanning.
    @inline(__always)
    func mayStart(with c: UInt16) -> Bool {
        let b = UInt64((folded ? WordSet.foldUnit(c) : c) & 127)
        return (b < 64 ? firstUnits.low >> b : firstUnits.high >> (b - 64)) & 1 != 0
    }

    /// Whether the code units `range` of `u` spell a word of the set.
    func contains(_ u: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        guard range.count <= maxLength, lengths >> UInt64(min(range.count, 63)) & 1 != 0 else { return false }
        if let first = range.first {
            guard mayStart(with: u[first]) else { return false }
        }
        let h = WordSet.hash(u, range, folded: folded)
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != 0 {
            if slots[i] == h && matches(words[i], u, range) { return true }
            i = (i + 1) & mask
        }
        return false
    }

    private func matches(_ word: [UInt16], _ u: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        guard word.count == range.count else { return false }
        var k = 0
        for p in range {
            if (folded ? WordSet.foldUnit(u[p]) : u[p]) != word[k] { return false }
            k += 1
        }
        return true
    }

    @inline(__always) static func foldUnit(_ c: UInt16) -> UInt16 {
        if c >= 0x41 && c <= 0x5A { return c | 0x20 }
        if c >= 0xC0 && c <= 0xDE && c != 0xD7 { return c + 0x20 }
        if c == 0x2019 || c == 0x02BC { return 0x27 }
        return c
    }

    /// FNV-1a over the code units, never 0 (0 marks an empty slot).
    static func hash(_ u: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, folded: Bool) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for p in range {
            h = (h ^ UInt64(folded ? foldUnit(u[p]) : u[p])) &* 0x100000001b3
        }
        return h == 0 ? 1 : h
    }
}
