/// Words looked up by their folded form, case-folded, without building a `String`.
///
/// Folding: ASCII and Latin-1 letters lower-cased, `’` read as `'` (accents are kept: `a` and
/// `à` differ). Each word maps to a value. Open addressing on FNV-1a hashes; a hit is
/// confirmed by comparing the folded bytes. Immutable and thread-safe; a class, so that a
/// reader holding it copies one reference, not three arrays.
///
/// Two ways in: ``slot(folded:hash:)`` for an ASCII token of the shared ``FoldedTokens`` layer
/// (its full folding and hash are this table's folding and hash, so nothing is read again),
/// ``slot(_:_:)`` for any other token, folded here from its UTF-8.
final class FoldedWordTable<Value: Sendable>: Sendable {
    /// Slot i's tag: the high half of its key's hash (at least 1), 0 for an empty slot. A probe
    /// reads 4 bytes per slot; a word's entry and key bytes are read only when its tag matches.
    private let tags: [UInt32]
    /// Slot i's key is `keyBytes[entries[i].keyStart ..< entries[i].keyStart + entries[i].keyLength]`
    /// (one flat buffer: comparing a key touches no reference count), beside its value.
    private let entries: [Entry]
    private let keyBytes: [UInt8]
    private let mask: Int
    private let maxLength: Int

    /// Where a slot's key lies in ``keyBytes``, and its value.
    private struct Entry: Sendable {
        var keyStart: Int32 = 0
        var keyLength: Int32 = 0
        var value: Value?
    }

    /// A table of `entries`, words with their values; the first of words that fold alike wins.
    convenience init(_ entries: [(String, Value)]) {
        self.init(utf8: entries.map { (Array($0.0.utf8), $0.1) })
    }

    /// A table of `entries`, words in UTF-8 with their values; the first of words that fold
    /// alike wins.
    init(utf8 entries: [([UInt8], Value)]) {
        var size = 16
        while size < entries.count * 3 { size *= 2 }
        var tags = [UInt32](repeating: 0, count: size)
        var table = [Entry](repeating: Entry(), count: size)
        // Keys are appended as they are placed; empty slots keep no bytes.
        var keyBytes: [UInt8] = []
        keyBytes.reserveCapacity(entries.reduce(0) { $0 + $1.0.count })
        let mask = size - 1
        var longest = 0
        /// Whether slot `i`'s key is `folded`.
        func holds(_ i: Int, _ folded: [UInt8]) -> Bool {
            let start = Int(table[i].keyStart)
            return Int(table[i].keyLength) == folded.count && keyBytes[start..<(start + folded.count)].elementsEqual(folded)
        }
        for (word, value) in entries {
            let folded = Self.fold(word)
            longest = max(longest, folded.count)
            let h = Self.hash(folded), tag = Self.tag(h)
            var i = Int(truncatingIfNeeded: h) & mask
            while tags[i] != 0 && !(tags[i] == tag && holds(i, folded)) { i = (i + 1) & mask }
            if tags[i] == 0 {
                tags[i] = tag
                table[i] = Entry(keyStart: Int32(keyBytes.count), keyLength: Int32(folded.count), value: value)
                keyBytes.append(contentsOf: folded)
            }
        }
        self.tags = tags
        self.entries = table
        self.mask = mask
        maxLength = longest
        self.keyBytes = keyBytes
    }

    /// The tag of a key with hash `h` (``hash(_:)``, never 0): its high half, at least 1.
    @inline(__always)
    private static func tag(_ h: UInt64) -> UInt32 {
        let t = UInt32(truncatingIfNeeded: h >> 32)
        return t == 0 ? 1 : t
    }

    /// Whether slot `i`'s key is `folded`.
    @inline(__always)
    private func keyEquals(_ i: Int, _ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        let entry = entries[i]
        guard Int(entry.keyLength) == folded.count else { return false }
        return keyBytes.withUnsafeBufferPointer { k in
            let start = Int(entry.keyStart)
            for j in 0..<folded.count where k[start + j] != folded[j] { return false }
            return true
        }
    }

    /// The value in `slot` (from ``slot(_:_:)`` or ``slot(folded:hash:)``, not -1).
    @inline(__always)
    func value(atSlot slot: Int) -> Value { entries[slot].value! }

    /// The value of the word spelled by `bytes[range]`, if any.
    func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Value? {
        let s = slot(bytes, range)
        return s < 0 ? nil : entries[s].value
    }

    /// The slot of the word whose folding is `folded` with FNV-1a hash `hash` (an ASCII token
    /// of ``FoldedTokens``, or a word folded by ``slot(_:_:)``), or -1.
    @inline(__always)
    func slot(folded: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        guard folded.count <= maxLength, !folded.isEmpty else { return -1 }
        let h = hash == 0 ? 1 : hash, tag = Self.tag(h)
        var i = Int(truncatingIfNeeded: h) & mask
        while tags[i] != 0 {
            if tags[i] == tag && keyEquals(i, folded) { return i }
            i = (i + 1) & mask
        }
        return -1
    }

    /// The slot of the word spelled by the UTF-8 `bytes[range]`, or -1.
    ///
    /// The word is folded once into a buffer on the stack (a folding is never longer than its
    /// UTF-8), hashed, and its key compared from there: folding it again for each comparison
    /// cost about twice as much.
    func slot(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard range.count <= maxLength, !range.isEmpty else { return -1 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count) { buffer in
            var n = 0
            var it = FoldIterator(bytes: bytes, range: range)
            while let b = it.next() {
                buffer[n] = b
                n += 1
            }
            let folded = UnsafeBufferPointer(rebasing: buffer[0..<n])
            return slot(folded: folded, hash: FoldedTokens.hash(folded))
        }
    }

    static func fold(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buffer in
            var out: [UInt8] = []
            var it = FoldIterator(bytes: buffer, range: 0..<buffer.count)
            while let b = it.next() { out.append(b) }
            return out
        }
    }

    /// ``FoldedTokens/hash(_:)`` of `folded`, 1 for 0 (a zero tag marks an empty slot).
    static func hash(_ folded: [UInt8]) -> UInt64 {
        let h = folded.withUnsafeBufferPointer(FoldedTokens.hash)
        return h == 0 ? 1 : h
    }

    /// Folded bytes of a UTF-8 range: `A`–`Z` and `À`–`Þ` lower-cased, `’` as `'`.
    struct FoldIterator {
        let bytes: UnsafeBufferPointer<UInt8>
        var i: Int
        let end: Int
        var pending: UInt8?

        init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
            self.bytes = bytes
            i = range.lowerBound
            end = range.upperBound
        }

        mutating func next() -> UInt8? {
            if let p = pending { pending = nil; return p }
            guard i < end else { return nil }
            let b = bytes[i]
            if b >= 0x41 && b <= 0x5A { i += 1; return b | 0x20 }
            if b == 0xC3, i + 1 < end {
                let c = bytes[i + 1]
                i += 2
                pending = c >= 0x80 && c <= 0x9E && c != 0x97 ? c + 0x20 : c
                return b
            }
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { i += 3; return 0x27 }
            i += 1
            return b
        }
    }
}
