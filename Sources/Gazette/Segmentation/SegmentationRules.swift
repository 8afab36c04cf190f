import ICUText

/// The language data that the tokenizer and sentence splitter apply on top of ICU.
///
/// A language is a value of this type (see `SegmentationRules.french`); the code that applies
/// it is shared. Word lists are compared case-insensitively unless stated otherwise; an empty
/// list switches its rule off, so ``icuOnly(locale:)`` is ICU's segmentation as is.
public struct SegmentationRules: Sendable {
    /// ICU locale for word breaking, e.g. `fr`.
    public var wordLocale: String
    /// ICU locale for sentence breaking, e.g. `fr`.
    public var sentenceLocale: String
    /// Words that are split off before an apostrophe (`l` in `l'équipe`), lowercase.
    public var elisionPrefixes: Set<String> = []
    /// Words with an apostrophe that stay whole (`aujourd'hui`), lowercase, straight apostrophe.
    public var lexicalisedApostropheWords: Set<String> = []
    /// Contractions split off the end of a word, apostrophe included (`n't` in `don't`, `'s`
    /// in `John's`), lowercase, straight apostrophe.
    public var contractionSuffixes: Set<String> = []
    /// Inverted clitics split off a hyphenated word with their hyphen (`-t-il`), lowercase,
    /// without the leading hyphen (`t-il`).
    public var clitics: Set<String> = []
    /// Clitics that are also common inside place names (`-le`, `-les`, `-en`): split only
    /// when the word before them is not capitalised.
    public var cliticsNotAfterCapital: Set<String> = []
    /// Hyphenated words that end like a clitic but stay whole (`rendez-vous`), lowercase.
    public var lexicalisedHyphenWords: Set<String> = []
    /// Abbreviations that keep their period (`M`, `etc`, `av`), as written (case-sensitive).
    public var abbreviations: Set<String> = []
    /// Abbreviations after which a sentence never ends (titles, `art.`, `p.`), as written.
    public var nonFinalAbbreviations: Set<String> = []
    /// Suffixes that make a number an ordinal (`er`, `e`, `ème`), as written.
    public var ordinalSuffixes: Set<String> = []
    /// Capitalised words that start a sentence even without punctuation before them, when a
    /// lower-case word follows (`Il`, `Elles`, `C'`), as written, straight apostrophe.
    public var sentenceStarters: Set<String> = []
    /// Capitalised function words that start a sentence after `;` (`Selon`, `À`, `Le`), as
    /// written; a capitalised name after `;` does not.
    public var functionWords: Set<String> = []
    /// Words split off a number they are glued to (`pm` in `3pm` → `3` `pm`), lowercase.
    public var numberSuffixes: Set<String> = []
    /// Letters that split a clock time (`h` in `20h45` → `20` `h` `45`), lowercase.
    public var clockSeparators: Set<String> = []
    /// Month abbreviations that keep their period before a number (`sept. 2014`), lower case;
    /// elsewhere the period may end a sentence (`Ils étaient sept.`).
    public var monthAbbreviations: Set<String> = []
    /// Month names, lowercase: a day number with a period before one is an ordinal date, not
    /// a sentence end (`am 17. November`).
    public var monthNames: Set<String> = []
    /// Emoticons kept as one token when they stand alone (`:)`, `;-)`), as written.
    public var emoticons: Set<String> = []

    /// Rules with no tables: ICU's segmentation for `wordLocale` and `sentenceLocale`.
    public init(wordLocale: String, sentenceLocale: String) {
        self.wordLocale = wordLocale
        self.sentenceLocale = sentenceLocale
    }

    /// ICU alone, for a locale with no rules of its own, plus its month names from ICU.
    public static func icuOnly(locale: String) -> SegmentationRules {
        var rules = SegmentationRules(wordLocale: locale, sentenceLocale: "\(locale)@ss=standard")
        for kind in [LocaleData.DateSymbols.months, .standaloneMonths] {
            for name in (try? LocaleData.dateSymbols(kind, locale: locale)) ?? [] { rules.monthNames.insert(name.lowercased()) }
        }
        return rules
    }
}
