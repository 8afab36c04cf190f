/// Links the parts of people's names within one document: after `Sam Altman`, `Altman` and
/// `Sam` are Sam Altman, even when the gazetteer lists no such alias.
///
/// The people of a document are the PER entities the gazetteer found in it. The parts of a
/// person are taken from the canonical name and from the words of each full mention: every
/// capitalised word that is not a name particle (`de`, `Le`) nor a common word of the
/// language, and every tail of two or more words (`Le Pen`, `de Gaulle`), of a name of at
/// least two words. A capitalised run of tokens not already in a mention that folds to a part
/// (accents and apostrophes folded, the first letter a capital) is linked to the person when
/// it comes after that person's first mention and no other person of the document has the
/// same part; a part shared by two people links to neither.
struct PartialNameResolver {
    let rules: EntityRules
    let folder = TextFolder.shared
    static let maxPartTokens = 4

    struct Person {
        var firstEnd: Int
        var mention: EntityMention
    }

    /// The partial-name mentions, in text order, not overlapping `mentions`.
    func resolve(mentions: [EntityMention], text: DocumentText, tokens: TokenLayer, view: FoldedTokens) -> [EntityMention] {
        var people: [String: Int] = [:]
        var persons: [Person] = []
        var parts: [[UInt8]: Set<Int>] = [:]
        // The surfaces already split, per person: a person's mentions mostly repeat one
        // surface, whose parts are the same each time.
        var surfaces: [Set<String>] = []
        for m in mentions where m.type == .person {
            let p: Int
            if let known = people[m.id] { p = known } else {
                p = persons.count
                people[m.id] = p
                persons.append(Person(firstEnd: m.span.end, mention: m))
                surfaces.append([])
                for key in partKeys(of: m.name) { parts[key, default: []].insert(p) }
            }
            let surface = String(text[m.span])
            guard surfaces[p].insert(surface).inserted else { continue }
            for key in partKeys(of: surface) { parts[key, default: []].insert(p) }
        }
        guard !parts.isEmpty else { return [] }
        return text.withUTF8 { utf8 in scan(mentions: mentions, persons: persons, parts: parts, utf8: utf8, tokens: tokens, view: view) }
    }

    func scan(mentions: [EntityMention], persons: [Person], parts: [[UInt8]: Set<Int>], utf8: UnsafeBufferPointer<UInt8>,
              tokens: TokenLayer, view: FoldedTokens) -> [EntityMention] {
        let index = PartIndex(parts)
        return view.bytes.withUnsafeBufferPointer { bytes in
            scan(mentions: mentions, persons: persons, index: index, utf8: utf8, tokens: tokens, view: view, bytes: bytes)
        }
    }

    private func scan(mentions: [EntityMention], persons: [Person], index: PartIndex, utf8: UnsafeBufferPointer<UInt8>,
                      tokens: TokenLayer, view: FoldedTokens, bytes: UnsafeBufferPointer<UInt8>) -> [EntityMention] {
        var result: [EntityMention] = []
        var next = 0   // first mention not yet passed
        var i = 0
        let n = tokens.count
        let spans = mentions.map(\.span)
        // FNV-1a of the view from token i's start to the end of token i + k, k < maxPartTokens.
        var hashes = [UInt64](repeating: 0, count: Self.maxPartTokens)
        while i < n {
            // Most tokens do not begin with a capital: passed over on their first byte (an
            // ASCII byte other than `A`–`Z`) before anything else is read. The checks below
            // would pass over them too; `next` only catches up, later.
            i = view.utf8Starts.withUnsafeBufferPointer { starts in
                view.flags.withUnsafeBufferPointer { flags in
                    Self.firstMaybeCapital(from: i, count: n, utf8Starts: starts, flags: flags, utf8: utf8)
                }
            }
            if i >= n { break }
            let start = tokens.start(at: i)
            while next < spans.count && spans[next].end <= start { next += 1 }
            if next < spans.count && spans[next].start <= start {
                // The first token ending after the mention (those before `i` end before token
                // `i` starts, inside the mention): a mention is a few tokens long, so a walk
                // from `i` rather than a search of the whole layer.
                let end = spans[next].end
                while i < n && tokens.end(at: i) <= end { i += 1 }
                continue
            }
            // A part must begin with this token's folding (most words begin none: no hashing
            // of the tokens after it, no look-up).
            guard tokens.kind(at: i) == .word, index.mayBegin(view.hashes[i]), startsWithCapital(utf8, Int(view.utf8Starts[i])) else {
                i += 1; continue
            }
            var linked = false
            var length = min(Self.maxPartTokens, n - i)
            let from = Int(view.starts[i])
            var h = FoldedTokens.fnvOffsetBasis, at = from
            for k in 0..<length {
                let to = view.end(i + k)
                while at < to { h = (h ^ UInt64(bytes[at])) &* FoldedTokens.fnvPrime; at += 1 }
                hashes[k] = h
            }
            while length >= 1 && !linked {
                let last = i + length - 1
                let end = tokens.end(at: last)
                length -= 1
                if next < spans.count && spans[next].start < end { continue }
                let owner = index.owner(of: UnsafeBufferPointer(rebasing: bytes[from..<view.end(last)]), hash: hashes[length])
                if owner == PartIndex.absent { continue }
                guard owner != PartIndex.shared else { break }
                let person = persons[owner]
                guard person.firstEnd <= start else { break }
                let m = person.mention
                result.append(EntityMention(span: Span(start, end), type: .person, id: m.id, name: m.name,
                                            wikidata: m.wikidata, match: .partialName))
                i = last + 1
                linked = true
            }
            if !linked { i += 1 }
        }
        return result
    }

    /// The first token from `i` on (or `n`) whose first byte is not an ASCII byte other than
    /// `A`–`Z`: the first that may begin with a capital. An ASCII token whose shape is not
    /// ``FoldedTokens/Shape/capitalized`` (no letter, or a small first letter) does not begin
    /// with `A`–`Z`: passed over on its flags (``FoldedTokens``), one byte a token read in order.
    static func firstMaybeCapital(from i: Int, count n: Int, utf8Starts: UnsafeBufferPointer<Int32>,
                                  flags: UnsafeBufferPointer<UInt8>, utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var i = i
        let mask = FoldedTokens.asciiFlag | FoldedTokens.Shape.capitalized.rawValue
        while i < n {
            if flags[i] & mask == FoldedTokens.asciiFlag { i &+= 1; continue }
            let byte = Int(utf8Starts[i])
            if byte >= utf8.count { return i }
            let b = utf8[byte]
            if b >= 0x80 || b &- 0x41 < 26 { return i }
            i &+= 1
        }
        return n
    }

    /// Whether the scalar at UTF-8 offset `byte` is an uppercase letter.
    func startsWithCapital(_ utf8: UnsafeBufferPointer<UInt8>, _ byte: Int) -> Bool {
        let b0 = utf8[byte]
        if b0 < 0x80 { return b0 >= 0x41 && b0 <= 0x5A }
        // U+00E0–U+00FF (`à`…`ÿ`, and `÷`): no capital, the usual non-ASCII first letter.
        if b0 == 0xC3 && byte + 1 < utf8.count && utf8[byte + 1] >= 0xA0 && utf8[byte + 1] <= 0xBF { return false }
        var value = UInt32(b0 < 0xE0 ? b0 & 0x1F : b0 < 0xF0 ? b0 & 0x0F : b0 & 0x07)
        var end = byte + 1
        while end < utf8.count && utf8[end] & 0xC0 == 0x80 { value = value << 6 | UInt32(utf8[end] & 0x3F); end += 1 }
        return Unicode.Scalar(value)?.properties.isUppercase ?? false
    }

    /// The folded parts of a personal name of two or more words.
    func partKeys(of name: String) -> [[UInt8]] {
        let words = name.split(whereSeparator: { $0.isWhitespace })
        guard words.count >= 2 else { return [] }
        var keys: [[UInt8]] = []
        for word in words {
            guard let first = word.unicodeScalars.first, first.properties.isUppercase, word.unicodeScalars.count >= 2 else { continue }
            let folded = folder.fold(word)
            if rules.nameParticles.contains(folded) || rules.isCommonWord(folded) { continue }
            keys.append(folded)
        }
        if words.count >= 3 {
            // Only tails the scan can meet: at most maxPartTokens words (a word is at least one
            // token). All tails made a name of W words cost O(W²): a 10,000-character name took
            // seconds per mention.
            for k in max(1, words.count - Self.maxPartTokens)..<(words.count - 1) {
                keys.append(folder.fold(words[k...].joined(separator: " ")))
            }
        }
        return keys
    }
}

/// The parts of a document's people, looked up by the FNV-1a hash of a folded view range
/// (no key copied, no `Hasher`): each part maps to its one person, or to ``shared``. The
/// hashes of every prefix of every part are kept too, in a bit set (``mayBegin(_:)``), so that
/// a token that begins no part is passed over with one probe.
struct PartIndex {
    static let absent = -1
    static let shared = -2
    private var slots: [UInt64]
    private var keys: [[UInt8]]
    private var owners: [Int]
    private let mask: Int
    /// A bit set of the FNV-1a hashes of every prefix of every part (bit: the top bits of
    /// the mixed hash, `64 - prefixShift` of them).
    private let prefixBits: [UInt64]
    private let prefixShift: UInt64

    init(_ parts: [[UInt8]: Set<Int>]) {
        var size = 16
        while size < parts.count * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        keys = [[UInt8]](repeating: [], count: size)
        owners = [Int](repeating: Self.absent, count: size)
        mask = size - 1
        for (key, people) in parts {
            let h = key.withUnsafeBufferPointer { FoldedTokens.hash($0) } | 1
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = h
            keys[i] = key
            owners[i] = people.count == 1 ? people.first! : Self.shared
        }
        // A bit per prefix hash, 16 bits per prefix (about 6% false "maybe"), in one small
        // array that stays in the cache.
        let prefixCount = parts.keys.reduce(1) { $0 + $1.count }
        var bitCount = 1 << 10
        while bitCount < prefixCount * 16 { bitCount <<= 1 }
        var prefixBits = [UInt64](repeating: 0, count: bitCount / 64)
        let prefixShift = UInt64(64 - bitCount.trailingZeroBitCount)
        func insert(_ h: UInt64) {
            let bit = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> prefixShift)
            prefixBits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        insert(FoldedTokens.fnvOffsetBasis)   // the empty prefix: a token folded to nothing
        for key in parts.keys {
            var h = FoldedTokens.fnvOffsetBasis
            for b in key {
                h = (h ^ UInt64(b)) &* FoldedTokens.fnvPrime
                insert(h)
            }
        }
        self.prefixBits = prefixBits
        self.prefixShift = prefixShift
    }

    /// Whether some part may begin with the folded bytes of FNV-1a hash `hash` (false: none does).
    @inline(__always)
    func mayBegin(_ hash: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> prefixShift)
        return prefixBits.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << UInt64(bit & 63)) != 0
    }

    /// The owner of the part spelled `key` whose FNV-1a hash is `hash`: a person's index,
    /// ``shared`` or ``absent``.
    @inline(__always)
    func owner(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let h = hash | 1
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != 0 {
            if slots[i] == h && keys[i].elementsEqual(key) { return owners[i] }
            i = (i + 1) & mask
        }
        return Self.absent
    }
}
