/// A language's word profile for identification: its most frequent function words, which
/// together make up a large share of any running text in the language and little of others.
///
/// Language data, not code: a new language for identification is a new value in
/// ``LanguageProfile/standard``.
public struct LanguageProfile: Sendable {
    /// ISO 639-1 code, e.g. `fr`.
    public var code: String
    /// Frequent function words, lower case, with their accents (`à`, `était`).
    public var words: [String]

    /// A profile for `code`.
    public init(code: String, words: [String]) {
        self.code = code
        self.words = words
    }

    /// The profiles the default identifier uses: French, English and the Latin-script
    /// languages most often met next to them (so that they are told apart from French and
    /// English and routed to the ICU floor with the right locale).
    public static let standard: [LanguageProfile] = [.french, .english, .german, .spanish, .italian, .portuguese, .dutch]

    /// German.
    public static let german = LanguageProfile(code: "de", words: [
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "dem", "den", "des", "mit", "sich",
        "auf", "für", "von", "zu", "im", "auch", "es", "wird", "wurde", "werden", "sind", "bei", "nach", "aus",
        "wie", "oder", "aber", "noch", "über", "hat", "haben", "einer", "dass", "zum", "zur", "vom", "er", "sie", "wir",
    ])
    /// Spanish.
    public static let spanish = LanguageProfile(code: "es", words: [
        "el", "los", "las", "del", "de", "la", "y", "que", "en", "un", "una", "por", "con", "para", "es", "se", "su", "sus",
        "al", "lo", "como", "más", "pero", "fue", "ha", "han", "este", "esta", "entre", "cuando", "muy", "sin",
        "sobre", "también", "hasta", "desde", "donde", "porque", "según", "era", "ya", "uno", "le", "les",
    ])
    /// Italian.
    public static let italian = LanguageProfile(code: "it", words: [
        "il", "lo", "gli", "della", "delle", "degli", "dei", "del", "e", "che", "di", "un", "una", "per", "con",
        "non", "sono", "è", "nel", "nella", "alla", "alle", "al", "anche", "come", "più", "ma", "ha", "hanno",
        "questo", "questa", "stato", "stata", "tra", "fra", "dopo", "già", "ancora", "sulla", "dal", "dalla",
    ])
    /// Portuguese.
    public static let portuguese = LanguageProfile(code: "pt", words: [
        "o", "os", "as", "do", "da", "dos", "das", "e", "que", "em", "um", "uma", "para", "com", "não", "no",
        "na", "nos", "nas", "por", "mais", "ao", "aos", "como", "mas", "foi", "ser", "são", "está", "também",
        "pelo", "pela", "seu", "sua", "ele", "ela", "já", "quando", "muito", "entre", "depois", "sobre",
    ])
    /// Dutch.
    public static let dutch = LanguageProfile(code: "nl", words: [
        "de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "voor", "met", "niet", "aan",
        "er", "die", "door", "ook", "als", "bij", "naar", "om", "maar", "uit", "werd", "worden", "wordt",
        "hij", "zij", "ze", "wij", "nog", "over", "tot", "dan", "heeft", "hebben", "kan", "geen", "dit",
    ])
}
