/// One unit the date grammar reads: a token, or a piece of one (`11h30-1h30` gives `11` `h`
/// `30` `-` `1` `h` `30`; `mi-décembre` gives `mi` `-` `décembre`), or a fixed phrase merged
/// into one (`il y a`). Offsets are Unicode scalars, half-open.
struct DateCell {
    enum Kind: UInt8 { case word, number, ordinal, punctuation, other }

    struct Flags: OptionSet {
        let rawValue: UInt16
        static let capitalized = Flags(rawValue: 1)
        static let accented = Flags(rawValue: 2)
        static let allCaps = Flags(rawValue: 4)
        /// A line break lies between this cell and the previous one (or it starts the text).
        static let lineStart = Flags(rawValue: 8)
        /// No space between this cell and the previous one.
        static let attached = Flags(rawValue: 16)
        /// A number with a decimal part (`3,5`, `49.3`).
        static let decimal = Flags(rawValue: 32)
        /// A number written with thousands groups (`10 000`).
        static let grouped = Flags(rawValue: 64)
        /// A word written with its abbreviation period (`juil.`).
        static let period = Flags(rawValue: 128)
        /// A verb form of the past.
        static let pastCue = Flags(rawValue: 256)
        /// A verb form of the future or conditional.
        static let futureCue = Flags(rawValue: 512)
        /// An auxiliary that makes a past with a participle (`est`, `sont`).
        static let beAuxiliary = Flags(rawValue: 2048)
    }

    // Compact storage (32 bytes): a sentence's cells are rebuilt for every sentence.
    private var start32: Int32
    private var end32: Int32
    private var value32: Int32 = -1
    private var wordNumber16: Int16 = -1
    private var digits8: UInt8 = 0

    /// Offset of the first scalar.
    var start: Int { get { Int(start32) } set { start32 = Int32(truncatingIfNeeded: newValue) } }
    /// Offset one past the last scalar.
    var end: Int { get { Int(end32) } set { end32 = Int32(truncatingIfNeeded: newValue) } }
    var kind: Kind
    var flags: Flags = []
    /// Entry id in the lexicon (0: none).
    var lex: UInt16 = 0
    /// Value of a number or ordinal written in digits (or roman numerals); -1 otherwise, and
    /// for a number past 32 bits.
    var value: Int { get { Int(value32) } set { value32 = Int32(exactly: newValue) ?? -1 } }
    /// Digits of a number written in digits (`03` has 2).
    var digits: Int { get { Int(digits8) } set { digits8 = UInt8(truncatingIfNeeded: min(newValue, 255)) } }
    /// A number of four digits from 1000 to 2999: a cell that may be a year (the grammar's
    /// ``DateGrammar/Features/year``).
    var readsAsYear: Bool { kind == .number && digits8 == 4 && value32 >= 1000 && value32 <= 2999 }
    /// Value of a number written in words (`dix-huit` 18); -1 otherwise.
    var wordNumber: Int { get { Int(wordNumber16) } set { wordNumber16 = Int16(truncatingIfNeeded: newValue) } }
    /// First byte of a punctuation mark (`-` for dashes), 0 otherwise.
    var mark: UInt8 = 0
    /// The grammatical role (``TemporalRole`` raw value + 1), 0 for none.
    var role: UInt8 = 0
    /// UTF-8 offsets of the cell in the text (for tense endings, read lazily).
    var byteStart: Int32 = 0
    var byteEnd: Int32 = 0

    init(start: Int, end: Int, kind: Kind) {
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        self.kind = kind
    }
}
