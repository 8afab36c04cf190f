import ICUText

/// The readings of one word or phrase of a ``TemporalLanguage``, merged into one record.
struct LexEntry: Sendable {
    var number: Int = -1
    var ordinal: Int = 0
    var unit: TimeUnit?
    var month: Int = 0
    /// A month abbreviation: needs a number next to it.
    var monthAbbreviation: Int = 0
    var weekday: Int = 0
    /// A weekday abbreviation (`lun.`): needs its period or a number after it.
    var weekdayAbbreviation: Int = 0
    /// A plural weekday (`lundis`), for sets.
    var weekdayPlural = false
    var partOfDay: String?
    var namedHour: Int = -1
    var dayOffset: Int?
    var discourseOffset: Int?
    var relation: Int = 0
    var discourseRelation: Int = 0
    var this = false
    var season: String?
    var holiday: Int = -1
    var mod: String?
    var reference: String?
    var role: TemporalRole?
    /// Role when the word carries an accent (`dès`).
    var accentedRole: TemporalRole?
    var zone: String?
    var tense: Tense?
    /// Tense cue only when written without accent (`a` but not `à`).
    var unaccentedTense: Tense?

    mutating func add(_ reading: TemporalWord) {
        switch reading {
        case let .number(n): number = n
        case let .ordinal(n): ordinal = n
        case let .unit(u): unit = u
        case let .month(m): monthAbbreviation = m
        case let .weekday(d): weekday = d; weekdayPlural = true
        case let .partOfDay(p): partOfDay = p
        case let .namedHour(h): namedHour = h
        case let .dayOffset(d): dayOffset = d
        case let .discourseOffset(d): discourseOffset = d
        case let .relation(r): relation = r
        case let .discourseRelation(r): discourseRelation = r
        case .this: this = true
        case let .season(s): season = s
        case let .holiday(h): holiday = h
        case let .mod(m): mod = m
        case let .reference(r): reference = r
        case let .role(r): role = r
        case let .zone(z): zone = z
        case let .tense(t): tense = t
        }
    }
}

/// A language's date vocabulary compiled for lookup by folded-word hash: an open-addressing
/// table from 64-bit hashes to entry ids, plus phrases indexed by their first word.
/// Immutable and thread-safe once built.
public final class TemporalLexicon: Sendable {
    /// The source tables.
    public let language: TemporalLanguage
    let entries: [LexEntry]
    private let keys: [UInt64]
    private let ids: [UInt16]
    private let mask: Int
    /// Phrases starting with a word id: the word ids of the rest, and the phrase's entry id.
    let phrases: [UInt16: [(rest: [UInt16], id: UInt16)]]
    /// Entry ids that start a phrase.
    let startsPhrase: Set<UInt16>

    /// Builds the lexicon; month and weekday names are read from ICU for the language's locale.
    public init(_ language: TemporalLanguage) {
        self.language = language
        var entries = [LexEntry()]
        var byHash: [UInt64: UInt16] = [:]
        func id(_ word: String) -> UInt16 {
            let h = WordFolding.fold(word).hash
            if let i = byHash[h] { return i }
            entries.append(LexEntry())
            byHash[h] = UInt16(entries.count - 1)
            return UInt16(entries.count - 1)
        }
        func strip(_ s: String) -> String { s.hasSuffix(".") ? String(s.dropLast()) : s }
        let months = (try? LocaleData.dateSymbols(.months, locale: language.locale)) ?? []
        let standalone = (try? LocaleData.dateSymbols(.standaloneMonths, locale: language.locale)) ?? []
        let short = (try? LocaleData.dateSymbols(.shortMonths, locale: language.locale)) ?? []
        for (i, name) in (months + standalone).enumerated() { entries[Int(id(name))].month = i % 12 + 1 }
        for (i, name) in short.enumerated() {
            let e = id(strip(name))
            if entries[Int(e)].month == 0 { entries[Int(e)].monthAbbreviation = i + 1 }
        }
        for (name, m) in language.monthAbbreviations {
            let e = id(name)
            if entries[Int(e)].month == 0 { entries[Int(e)].monthAbbreviation = m }
        }
        let weekdays = (try? LocaleData.dateSymbols(.weekdays, locale: language.locale)) ?? []
        let shortWeekdays = (try? LocaleData.dateSymbols(.shortWeekdays, locale: language.locale)) ?? []
        for (i, name) in weekdays.enumerated() {
            let iso = i == 0 ? 7 : i
            entries[Int(id(name))].weekday = iso
            let plural = id(name + "s")
            entries[Int(plural)].weekday = iso
            entries[Int(plural)].weekdayPlural = true
        }
        for (i, name) in shortWeekdays.enumerated() {
            let e = id(strip(name))
            if entries[Int(e)].weekday == 0 { entries[Int(e)].weekdayAbbreviation = i == 0 ? 7 : i }
        }
        for (word, reading) in language.words {
            if case let .weekday(d) = reading { entries[Int(id(word))].weekday = d; entries[Int(id(word))].weekdayPlural = true; continue }
            entries[Int(id(word))].add(reading)
        }
        for (word, reading) in language.accentedWords {
            if case let .role(r) = reading { entries[Int(id(word))].accentedRole = r }
        }
        var phrases: [UInt16: [(rest: [UInt16], id: UInt16)]] = [:]
        for (phrase, reading) in language.phrases {
            var words: [String] = []
            for piece in phrase.split(separator: " ") {
                if let a = piece.firstIndex(of: "'"), piece.index(after: a) != piece.endIndex {
                    words.append(String(piece[...a]))
                    words.append(String(piece[piece.index(after: a)...]))
                } else {
                    words.append(String(piece))
                }
            }
            let wordIds = words.map(id)
            let e: UInt16
            if wordIds.count == 1 {
                e = wordIds[0]
            } else {
                entries.append(LexEntry())
                e = UInt16(entries.count - 1)
                phrases[wordIds[0], default: []].append((Array(wordIds.dropFirst()), e))
            }
            entries[Int(e)].add(reading)
        }
        for k in phrases.keys { phrases[k]!.sort { $0.rest.count > $1.rest.count } }
        self.phrases = phrases
        self.startsPhrase = Set(phrases.keys)
        self.entries = entries
        var size = 1024
        while size < byHash.count * 4 { size *= 2 }
        var keys = [UInt64](repeating: 0, count: size)
        var ids = [UInt16](repeating: 0, count: size)
        for (h, i) in byHash {
            var slot = Int(truncatingIfNeeded: h) & (size - 1)
            while ids[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = h
            ids[slot] = i
        }
        self.keys = keys
        self.ids = ids
        self.mask = size - 1
    }

    /// The entry id of a folded word's hash, or 0.
    @inline(__always)
    func lookup(_ hash: UInt64) -> UInt16 {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let i = ids[slot]
            if i == 0 || keys[slot] == hash { return i }
            slot = (slot + 1) & mask
        }
    }
}
