import ICUText

/// The readings of one word or phrase of a ``TemporalLanguage``, merged into one record.
struct LexEntry: Sendable {
    // Compact storage: entries are read at every step of matching.
    private var number16: Int16 = -1
    private var ordinal8: Int8 = 0, month8: Int8 = 0, monthAbbreviation8: Int8 = 0, weekday8: Int8 = 0
    private var weekdayAbbreviation8: Int8 = 0, namedHour8: Int8 = -1, dayOffset8: Int8 = .min, discourseOffset8: Int8 = .min
    private var relation8: Int8 = 0, discourseRelation8: Int8 = 0
    private var holiday16: Int16 = -1

    var number: Int { get { Int(number16) } set { number16 = Int16(newValue) } }
    var ordinal: Int { get { Int(ordinal8) } set { ordinal8 = Int8(newValue) } }
    var unit: TimeUnit?
    var month: Int { get { Int(month8) } set { month8 = Int8(newValue) } }
    /// A month abbreviation: needs a number next to it.
    var monthAbbreviation: Int { get { Int(monthAbbreviation8) } set { monthAbbreviation8 = Int8(newValue) } }
    var weekday: Int { get { Int(weekday8) } set { weekday8 = Int8(newValue) } }
    /// A weekday abbreviation (`lun.`): needs its period or a number after it.
    var weekdayAbbreviation: Int { get { Int(weekdayAbbreviation8) } set { weekdayAbbreviation8 = Int8(newValue) } }
    /// A plural weekday (`lundis`), for sets.
    var weekdayPlural = false
    var namedHour: Int { get { Int(namedHour8) } set { namedHour8 = Int8(newValue) } }
    var dayOffset: Int? { get { dayOffset8 == .min ? nil : Int(dayOffset8) } set { dayOffset8 = newValue.map { Int8($0) } ?? .min } }
    var discourseOffset: Int? {
        get { discourseOffset8 == .min ? nil : Int(discourseOffset8) }
        set { discourseOffset8 = newValue.map { Int8($0) } ?? .min }
    }
    var relation: Int { get { Int(relation8) } set { relation8 = Int8(newValue) } }
    var discourseRelation: Int { get { Int(discourseRelation8) } set { discourseRelation8 = Int8(newValue) } }
    var holiday: Int { get { Int(holiday16) } set { holiday16 = Int16(newValue) } }
    /// An approximate number (`dizaine` 10), or 0 (stored in 16 bits: the entry stays 40 bytes).
    private var approximateNumber16: Int16 = 0
    var approximateNumber: Int { get { Int(approximateNumber16) } set { approximateNumber16 = Int16(newValue) } }
    /// Starts a fixed phrase of the language.
    var startsPhrase = false
    /// A direction that names a weekday of the next or previous week (`next`).
    var weekRelation = false
    /// A word that ends like a tense form but is not a verb (`caméra`).
    var tenseException = false
    /// An auxiliary that makes a past with a participle (`est`), and whether only unaccented.
    var beAuxiliary = false
    var unaccentedOnly = false
    // Codes into ``LexEntry/strings`` (0: none), so that the entry stays a plain value.
    private var partOfDayCode: UInt8 = 0
    private var seasonCode: UInt8 = 0
    private var modCode: UInt8 = 0
    private var referenceCode: UInt8 = 0
    /// A period-edge acronym (`EOM`) packed in one byte: unit raw
    /// value × 4 + 1 (`START`), 2 (`MID`) or 3 (`END`); 0 for none.
    private var edge8: UInt8 = 0

    /// The TIMEX3 codes a reading may carry; an entry stores an index into this table.
    static let codes = ["", "MO", "AF", "EV", "NI", "DT", "MI", "SP", "SU", "FA", "WI", "START", "MID", "END", "APPROX",
                        "PRESENT_REF", "PAST_REF", "FUTURE_REF"]

    private static func code(_ s: String) -> UInt8 {
        guard let i = codes.firstIndex(of: s) else { preconditionFailure("unknown TIMEX3 code \(s) in a language table") }
        return UInt8(i)
    }

    private static func string(_ c: UInt8) -> String? { c == 0 ? nil : codes[Int(c)] }

    /// A UTC offset in minutes (`Z` is 0), or nil.
    var zoneMinutes: Int16 = .min

    var zone: String? {
        get { Self.zoneString(zoneMinutes) }
        set { zoneMinutes = Self.zoneMinutes(newValue) }
    }

    /// `+01:00`, `Z` or nil for an offset in minutes (`.min`: none).
    static func zoneString(_ minutes: Int16) -> String? {
        guard minutes != .min else { return nil }
        if minutes == 0 { return "Z" }
        let m = abs(Int(minutes))
        let h = m / 60, r = m % 60
        return (minutes < 0 ? "-" : "+") + (h < 10 ? "0" : "") + String(h) + ":" + (r < 10 ? "0" : "") + String(r)
    }

    /// The offset in minutes of `+01:00`, `Z` (`.min` for nil).
    static func zoneMinutes(_ z: String?) -> Int16 {
        guard let z else { return .min }
        if z == "Z" { return 0 }
        let u = Array(z.utf8)
        guard u.count == 6 else { return .min }
        let h = Int(u[1] - 48) * 10 + Int(u[2] - 48), m = Int(u[4] - 48) * 10 + Int(u[5] - 48)
        return Int16((u[0] == 45 ? -1 : 1) * (h * 60 + m))
    }

    var partOfDay: String? { get { Self.string(partOfDayCode) } set { partOfDayCode = newValue.map(Self.code) ?? 0 } }
    var season: String? { get { Self.string(seasonCode) } set { seasonCode = newValue.map(Self.code) ?? 0 } }
    var mod: String? { get { Self.string(modCode) } set { modCode = newValue.map(Self.code) ?? 0 } }
    var reference: String? { get { Self.string(referenceCode) } set { referenceCode = newValue.map(Self.code) ?? 0 } }
    var hasPartOfDay: Bool { partOfDayCode != 0 }
    /// The unit of a period-edge acronym (`EOM`: month), with its mod in ``edgeMod``.
    var edgeUnit: TimeUnit? { edge8 == 0 ? nil : TimeUnit(rawValue: edge8 / 4) }
    /// The mod of a period-edge acronym (`EOM`: `END`).
    var edgeMod: String? { edge8 == 0 ? nil : ["START", "MID", "END"][Int(edge8 % 4) - 1] }

    /// Whether the word can carry a date by itself (a month, a weekday, a unit, `hier`…): the
    /// grammar only looks near such words.
    var isCore: Bool {
        month > 0 || monthAbbreviation > 0 || weekday > 0 || weekdayAbbreviation > 0 || unit != nil
            || partOfDayCode != 0 || namedHour >= 0 || dayOffset != nil || discourseOffset != nil || seasonCode != 0
            || holiday >= 0 || referenceCode != 0 || modCode != 0 || edge8 != 0 || role == .seasonWord || role == .soonest || role == .hourMark || role == .oclock || role == .monthMark || role == .dayMark || role == .anteMeridiem || role == .postMeridiem
    }
    var this = false
    var role: TemporalRole?
    /// Role when the word carries an accent (`dès`).
    var accentedRole: TemporalRole?
    var tense: Tense?
    /// Tense cue only when written without accent (`a` but not `à`).
    var unaccentedTense: Tense?

    mutating func add(_ reading: TemporalWord) {
        switch reading {
        case let .number(n): number = n
        case let .ordinal(n): ordinal = n
        case let .approximateNumber(n): approximateNumber = n
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
        case let .periodEdge(m, u):
            guard let k = ["START", "MID", "END"].firstIndex(of: m) else { preconditionFailure("unknown period edge \(m) in a language table") }
            edge8 = u.rawValue * 4 + UInt8(k + 1)
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
    /// Whether an entry id starts a phrase, by id (a flat table read for every cell).
    let startsPhrase: [Bool]
    /// The phrases starting with each entry id (empty for a word that starts none), longest
    /// first: the word ids of the rest, and the phrase's entry id. A flat table, no hashing.
    let phrasesByStart: [[(rest: [UInt16], id: UInt16)]]
    /// By entry id, a bit (`id & 63`) for each word id that comes second in a phrase this word
    /// starts: a quick test before ``phrasesByStart`` is read.
    let phraseSecondWords: [UInt64]
    /// ``LexEntry/isCore`` by entry id (a flat table read for every cell).
    let isCore: [Bool]
    /// By entry id, whether a cell of the word may be core (``DateGrammar``'s `isCore`): a core
    /// word, or an ordinal word (core at the end of a sentence). Function words are not.
    let mayBeCore: [Bool]
    /// The fields of each entry the cell builder reads, by entry id (a flat table of 8-byte
    /// values instead of a copy of the entry for every word).
    let cellEntries: [CellEntry]
    /// ``DateGrammar/Features`` of each entry id (the sentence's features are their union).
    let features: [DateGrammar.Features]
    /// A bit per 16-bit hash prefix (the hash's low 16 bits), set for the words that can give a
    /// cell able to carry a date: core words and first words of core phrases. A sentence
    /// without such a word, number, ordinal, or word with a digit or hyphen holds no date
    /// (``mayStartDate(_:)``); other words can share a bit, which only costs a lookup.
    private let triggerBits: [UInt64]
    /// A bit per 16-bit hash prefix, as ``triggerBits``, for the words that can give a core cell
    /// without being triggers: ordinal words (core at the end of a sentence after a function
    /// word), first words of ordinal phrases, and in a twelve-hour language the number words
    /// 1–12 (`ten thirty`) (``mayHideCore(_:)``).
    private let hiddenCoreBits: [UInt64]
    /// ``triggerBits`` or'ed with ``hiddenCoreBits``: a plain word whose bit is clear here needs
    /// no look at all in ``DateCellBuilder/mayHoldDate(_:tokens:view:tokenView:range:)`` (one
    /// load instead of two on the path most words take).
    let attentionBits: [UInt64]
    /// Entry ids of the language's ``TemporalLanguage/attachedAnteMeridiem`` letters.
    let attachedAnteMeridiem: [UInt16]
    /// ``WordFolding`` hashes of the language's ``TemporalLanguage/uncountedWords``.
    let uncountedWords: Set<UInt64>
    /// By entry id, how a cell ending with the word may make a season's name right after it a
    /// season (``DateGrammar``'s `season(at:)` and `namedSeason(at:)`): bit 0, the word's role
    /// of article or preposition (`l'été`, `en été`), which a be-auxiliary does not count
    /// (`a été`); bit 1, anything else: a demonstrative or a relation (`cet été`, `last summer`),
    /// or a phrase ending with the word that may (``DateCellBuilder``'s filter reads it).
    let seasonDeterminers: [UInt8]
    /// By entry id, whether the word is a season's name always read as a cell of its own: it
    /// starts no phrase and continues none.
    let isLoneSeason: [Bool]

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
        // A one-letter abbreviation (`月` for Monday in Japanese) is too often something else.
        for (i, name) in shortWeekdays.enumerated() where strip(name).unicodeScalars.count >= 2 {
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
                // `valentine's` → `valentine` `'s` (an English possessive is its own token).
                if piece.count > 2, piece.hasSuffix("'s") {
                    words.append(String(piece.dropLast(2)))
                    words.append("'s")
                } else if language.splitsElisions, let a = piece.firstIndex(of: "'"), piece.index(after: a) != piece.endIndex {
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
            } else if let same = phrases[wordIds[0]]?.first(where: { $0.rest == Array(wordIds.dropFirst()) }) {
                // A phrase listed again with another reading: one entry, like a word.
                e = same.id
            } else {
                entries.append(LexEntry())
                e = UInt16(entries.count - 1)
                phrases[wordIds[0], default: []].append((Array(wordIds.dropFirst()), e))
            }
            entries[Int(e)].add(reading)
        }
        for k in phrases.keys {
            phrases[k]!.sort { $0.rest.count > $1.rest.count }
            entries[Int(k)].startsPhrase = true
        }
        for w in language.tense.exceptions { entries[Int(id(w))].tenseException = true }
        for w in language.tense.pastWithParticiple { entries[Int(id(w))].beAuxiliary = true }
        for w in language.unaccentedTenseWords { entries[Int(id(w))].unaccentedOnly = true }
        self.attachedAnteMeridiem = language.attachedAnteMeridiem.map(id)
        self.uncountedWords = Set(language.uncountedWords.map { WordFolding.fold($0).hash })
        for w in language.weekRelationWords { entries[Int(id(w))].weekRelation = true }
        var phrasesByStart = [[(rest: [UInt16], id: UInt16)]](repeating: [], count: entries.count)
        for (k, list) in phrases { phrasesByStart[Int(k)] = list }
        self.phrasesByStart = phrasesByStart
        self.phraseSecondWords = phrasesByStart.map { list in list.reduce(0) { $0 | (1 << UInt64($1.rest[0] & 63)) } }
        self.startsPhrase = entries.map(\.startsPhrase)
        self.isCore = entries.map(\.isCore)
        self.mayBeCore = entries.map { $0.isCore || $0.ordinal > 0 }
        self.cellEntries = entries.map(CellEntry.init(entry:))
        self.features = entries.map(DateGrammar.Features.init(entry:))
        let determinerRoles: [TemporalRole] = [.article, .in, .at, .of, .ofThe]
        func determinesSeason(_ e: LexEntry) -> UInt8 {
            if e.this || e.relation != 0 || e.discourseRelation != 0 { return 2 }
            return [e.role, e.accentedRole].contains { $0.map(determinerRoles.contains) ?? false } ? 1 : 0
        }
        var seasonDeterminers = entries.map(determinesSeason)
        var inPhrase = [Bool](repeating: false, count: entries.count)
        for list in phrasesByStart {
            for (rest, phrase) in list {
                for w in rest { inPhrase[Int(w)] = true }
                if let last = rest.last, determinesSeason(entries[Int(phrase)]) != 0 { seasonDeterminers[Int(last)] |= 2 }
            }
        }
        self.seasonDeterminers = seasonDeterminers
        self.isLoneSeason = entries.indices.map { entries[$0].season != nil && !entries[$0].startsPhrase && !inPhrase[$0] }
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
        var bits = [UInt64](repeating: 0, count: 1 << 10)
        for (h, i) in byHash {
            let e = entries[Int(i)]
            let corePhrase = phrases[i]?.contains { entries[Int($0.id)].isCore } ?? false
            guard e.isCore || corePhrase else { continue }
            let b = Int(truncatingIfNeeded: h) & 0xFFFF
            bits[b >> 6] |= 1 << UInt64(b & 63)
        }
        self.triggerBits = bits
        var hidden = [UInt64](repeating: 0, count: 1 << 10)
        for (h, i) in byHash {
            let e = entries[Int(i)]
            let ordinalPhrase = phrases[i]?.contains { entries[Int($0.id)].ordinal > 0 } ?? false
            guard e.ordinal > 0 || ordinalPhrase || (language.twelveHourClock && e.number >= 1 && e.number <= 12) else { continue }
            let b = Int(truncatingIfNeeded: h) & 0xFFFF
            hidden[b >> 6] |= 1 << UInt64(b & 63)
        }
        self.hiddenCoreBits = hidden
        self.attentionBits = zip(bits, hidden).map { $0 | $1 }
    }

    /// Whether the word of this folded hash may give a core cell that ``mayStartDate(_:)`` does
    /// not announce (false: it cannot).
    @inline(__always)
    func mayHideCore(_ hash: UInt64) -> Bool {
        let b = Int(truncatingIfNeeded: hash) & 0xFFFF
        return hiddenCoreBits[b >> 6] & (1 << UInt64(b & 63)) != 0
    }

    /// Whether the word of this folded hash may be a core word or begin a core phrase (false:
    /// it is neither; true: it may be).
    @inline(__always)
    func mayStartDate(_ hash: UInt64) -> Bool {
        let b = Int(truncatingIfNeeded: hash) & 0xFFFF
        return triggerBits[b >> 6] & (1 << UInt64(b & 63)) != 0
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

/// The fields of a ``LexEntry`` that ``DateCellBuilder`` copies into a cell, packed.
struct CellEntry: Sendable {
    /// ``LexEntry/number``, -1 for none.
    var number: Int16 = -1
    /// ``DateCell/Flags/pastCue`` or ``DateCell/Flags/futureCue`` from ``LexEntry/tense``.
    var tenseFlags: DateCell.Flags = []
    /// ``LexEntry/beAuxiliary`` (bit 0) and ``LexEntry/unaccentedOnly`` (bit 1).
    var auxiliary: UInt8 = 0
    /// ``LexEntry/role`` and ``LexEntry/accentedRole`` as cell roles (raw value + 1, 0: none).
    var role: UInt8 = 0
    var accentedRole: UInt8 = 0

    init(entry e: LexEntry) {
        number = Int16(truncatingIfNeeded: e.number)
        if e.tense == .past { tenseFlags.insert(.pastCue) }
        if e.tense == .future { tenseFlags.insert(.futureCue) }
        auxiliary = (e.beAuxiliary ? 1 : 0) | (e.unaccentedOnly ? 2 : 0)
        role = e.role.map { $0.rawValue + 1 } ?? 0
        accentedRole = e.accentedRole.map { $0.rawValue + 1 } ?? 0
    }
}
