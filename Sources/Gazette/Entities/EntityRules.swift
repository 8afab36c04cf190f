/// Language data that entity matching needs: which names are also common words, and which
/// words of a person's name are particles rather than names.
///
/// Tables live under `Languages/<code>/` (``EntityRules/french``); a new language is a new
/// table set. Immutable and thread-safe.
public struct EntityRules: Sendable {
    /// Common lowercase words of the language (any case; folded when compared). A one-token
    /// name that is one of them (or its plural in `-s`/`-x`) matches only as written under
    /// the `auto` case policy: `Orange`, `Tours`.
    public let commonWords: Set<[UInt8]>
    /// Words inside personal names that are not names by themselves (`de`, `van`, `Le`):
    /// never a partial name alone.
    public let nameParticles: Set<[UInt8]>
    /// An all-capitals name of at most this many scalars is an acronym and, under `auto`,
    /// matches only as written (`RN` ≠ `rn`).
    public let maxAcronymLength: Int
    /// A hash of the tables, part of the cache key of compiled gazetteers.
    public let fingerprint: String

    /// Creates rules from word lists (folded here with ``TextFolder``).
    public init(commonWords: [String], nameParticles: [String], maxAcronymLength: Int = 5) {
        let folder = TextFolder.shared
        self.commonWords = Set(commonWords.map { folder.fold($0) })
        self.nameParticles = Set(nameParticles.map { folder.fold($0) })
        self.maxAcronymLength = maxAcronymLength
        var h = ContentHash()
        for w in commonWords.sorted() { h.update(w) }
        h.update("|particles|")
        for w in nameParticles.sorted() { h.update(w) }
        h.update("\(maxAcronymLength)")
        fingerprint = h.hex
    }

    /// Whether `form` must match with its case as written under the `auto` policy; `folded`
    /// is its full folding.
    public func autoIsCaseSensitive(form: String, folded: [UInt8]) -> Bool {
        if folded.contains(0x20) { return false }
        var letters = 0, upper = 0, count = 0
        for s in form.unicodeScalars {
            count += 1
            if s.properties.isLowercase { return isCommonWord(folded) }
            if s.properties.isAlphabetic { letters += 1 }
            if s.properties.isUppercase { upper += 1 }
        }
        if upper > 0 && upper == letters && count <= maxAcronymLength { return true }
        return isCommonWord(folded)
    }

    /// Whether the folded word is common (as is, or without a final `s`/`x`).
    public func isCommonWord(_ folded: [UInt8]) -> Bool {
        if commonWords.contains(folded) { return true }
        if let last = folded.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "x"), folded.count > 2 {
            return commonWords.contains(Array(folded.dropLast()))
        }
        return false
    }
}
