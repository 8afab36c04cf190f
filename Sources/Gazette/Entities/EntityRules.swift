import ICUText

/// Language data that entity matching needs: which names are also common words, which words
/// of a person's name are particles rather than names, and which words are the language's
/// month and weekday names.
///
/// Tables live under `Languages/<code>/` (``EntityRules/french``, ``EntityRules/english``); a
/// new language is a new table set, and every other ICU locale gets ``EntityRules/floor(locale:)``.
/// Immutable and thread-safe.
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
    /// Month and weekday names of the language, folded: a one-word name equal to one of them
    /// under the `auto` case policy is not matched (`March` the town is not the month).
    public let dateWords: Set<[UInt8]>
    /// Region codes whose ICU name in the language is a first name or common word, left out of
    /// the built-in country names (the curated list names them instead, or nothing does).
    public let regionsNotNamedByICU: Set<String>
    /// A hash of the tables, part of the cache key of compiled gazetteers.
    public let fingerprint: String

    /// Creates rules from word lists (folded here with ``TextFolder``); `dateLocale` names the
    /// ICU locale whose month and weekday names are ``dateWords`` (nil: none);
    /// `regionsNotNamedByICU` are left out of the built-in country names.
    public init(commonWords: [String], nameParticles: [String], maxAcronymLength: Int = 5, dateLocale: String? = nil,
                regionsNotNamedByICU: Set<String> = []) {
        self.regionsNotNamedByICU = regionsNotNamedByICU
        let folder = TextFolder.shared
        self.commonWords = Set(commonWords.map { folder.fold($0) })
        self.nameParticles = Set(nameParticles.map { folder.fold($0) })
        self.maxAcronymLength = maxAcronymLength
        let dateNames = dateLocale.map { locale in
            [LocaleData.DateSymbols.months, .standaloneMonths, .weekdays].flatMap { (try? LocaleData.dateSymbols($0, locale: locale)) ?? [] }
        } ?? []
        dateWords = Set(dateNames.map { folder.fold($0) }.filter { !$0.isEmpty && !$0.contains(0x20) })
        var h = ContentHash()
        for w in commonWords.sorted() { h.update(w) }
        h.update("|particles|")
        for w in nameParticles.sorted() { h.update(w) }
        h.update("|dates|")
        for w in dateNames.sorted() { h.update(w) }
        h.update("|regions|")
        for r in regionsNotNamedByICU.sorted() { h.update(r) }
        h.update("\(maxAcronymLength)")
        fingerprint = h.hex
    }

    /// The rules of `code`: ``french``, ``english``, else ``floor(locale:)``.
    public static func forLanguage(_ code: String) -> EntityRules {
        switch code {
        case "fr": return .french
        case "en": return .english
        default: return floor(locale: code)
        }
    }

    /// Any other ICU locale: no common-word list or particles, the locale's month and weekday
    /// names from ICU.
    public static func floor(locale: String) -> EntityRules {
        EntityRules(commonWords: [], nameParticles: [], dateLocale: locale)
    }

    /// How letter case must agree for a name under the `auto` policy.
    public enum AutoCase: Sendable, Equatable {
        /// As written: a one-word name that is a common word (`Tours`, `Orange`), or a short
        /// acronym (`RN`).
        case sensitive
        /// Any case: a name written without capitals (`ifanr`).
        case insensitive
        /// Any case, as long as the text has a capital somewhere (`MÉLENCHON`, `Nouveau Front
        /// Populaire`), so that all-lowercase words (`la défense`, `suisse`) are not names:
        /// other names with capitals.
        case capitalised
        /// A multi-word name made only of common words (`Le Monde`): any case, but written as
        /// a name, with a capital on a word after the first (or on the first when the name
        /// capitalises only that one): `le monde` and `Le monde entier` are not `Le Monde`.
        case titled
    }

    /// The case rule of `form` under the `auto` policy; `folded` is its full folding.
    public func autoCase(form: String, folded: [UInt8]) -> AutoCase {
        if form.utf8.allSatisfy({ $0 < 0x80 }) {
            var upper = 0, lower = 0, letters = 0
            for b in form.utf8 {
                if b >= 0x41 && b <= 0x5A { upper += 1; letters += 1 } else if b >= 0x61 && b <= 0x7A { lower += 1; letters += 1 }
            }
            if upper == 0 { return .insensitive }
            if folded.contains(0x20) {
                return folded.split(separator: 0x20).allSatisfy { isCommonWord(Array($0)) || $0.count <= 2 } ? .titled : .capitalised
            }
            if lower == 0 && form.utf8.count <= maxAcronymLength { return .sensitive }
            return isCommonWord(folded) ? .sensitive : .capitalised
        }
        guard form.unicodeScalars.contains(where: { $0.properties.isUppercase }) else { return .insensitive }
        if folded.contains(0x20) {
            let words = folded.split(separator: 0x20)
            return words.allSatisfy { isCommonWord(Array($0)) || $0.count <= 2 } ? .titled : .capitalised
        }
        var letters = 0, upper = 0, count = 0, lower = false
        for s in form.unicodeScalars {
            count += 1
            if s.properties.isLowercase { lower = true }
            if s.properties.isAlphabetic { letters += 1 }
            if s.properties.isUppercase { upper += 1 }
        }
        if !lower && upper == letters && count <= maxAcronymLength { return .sensitive }
        return isCommonWord(folded) ? .sensitive : .capitalised
    }

    /// Whether `text` is written as a name for a ``AutoCase/titled`` (`titled` true) or
    /// ``AutoCase/capitalised`` `form`.
    public static func isWrittenAsName(_ text: Substring, form: String, titled: Bool) -> Bool {
        guard titled else { return text.unicodeScalars.contains { $0.properties.isUppercase } }
        func initials(_ s: some StringProtocol) -> [Bool] {
            s.split(whereSeparator: { $0.isWhitespace }).map { $0.unicodeScalars.first?.properties.isUppercase ?? false }
        }
        let f = initials(form), t = initials(text)
        if f.dropFirst().contains(true) { return t.dropFirst().contains(true) }
        return t.first ?? false
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
