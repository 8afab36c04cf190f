import ICUText

/// Identifies the language of a text from the scripts of its letters (ICU) and, for Latin
/// script, from the share of each ``LanguageProfile``'s function words among its words.
///
/// Deterministic and cheap: reads at most the first ``maxScalars`` scalars. Immutable and
/// thread-safe.
public struct LanguageIdentifier: Sendable {
    /// What the identifier decided.
    public struct Guess: Sendable, Equatable {
        /// A language code (`fr`, `en`, `zh`…) or `und`.
        public var language: String
        /// Between 0 and 1: the share of evidence for `language` (see ``identify(_:)``).
        public var confidence: Double
        /// Whether the text held enough evidence; false means `language` is the fallback.
        public var isConfident: Bool
    }

    /// The word profiles compared on Latin-script text.
    public let profiles: [LanguageProfile]
    /// Language when the text gives too little evidence (a few words, numbers only).
    public let fallback: String
    /// Scalars read from the start of the text.
    public let maxScalars: Int
    /// Each profile word and its weight per profile: 1 / the number of profiles listing it, so
    /// that words shared by several languages (`de`, `en`, `que`) count less than distinctive ones.
    private let weights: [String: [(profile: Int, weight: Double)]]

    /// An identifier comparing `profiles`, answering `fallback` when evidence is too thin.
    public init(profiles: [LanguageProfile] = LanguageProfile.standard, fallback: String = "fr", maxScalars: Int = 20_000) {
        self.profiles = profiles
        self.fallback = fallback
        self.maxScalars = maxScalars
        var lists: [String: [Int]] = [:]
        for (i, p) in profiles.enumerated() {
            for w in Set(p.words) { lists[w, default: []].append(i) }
        }
        weights = lists.mapValues { ps in ps.map { ($0, 1.0 / Double(ps.count)) } }
    }

    /// The language of a script (ICU `UScriptCode`) when the script alone decides it.
    static let languageOfScript: [Int: String] = [
        2: "ar", 3: "hy", 4: "bn", 8: "ru", 10: "hi", 11: "am", 12: "ka", 14: "el", 15: "gu", 16: "pa",
        17: "zh", 18: "ko", 19: "he", 20: "ja", 21: "kn", 22: "ja", 23: "km", 24: "lo", 26: "ml", 27: "mn",
        28: "my", 31: "or", 33: "si", 35: "ta", 36: "te", 38: "th", 39: "bo",
    ]
    static let latin = 25, han = 17, hiragana = 20, katakana = 22

    /// Identifies `text`.
    ///
    /// * The script with most letters decides for non-Latin text (Han with kana is Japanese);
    ///   the confidence is that script's share of the letters.
    /// * Latin text: each word is looked up in every profile; the profile with most hits wins
    ///   when it has at least 2 hits and 1.5 times the next one's. The confidence is its share
    ///   of the hits of the two best. When many words hit no profile (under 8% of them), the
    ///   language is `und`. Otherwise the fallback, not confident. A word listed by `n`
    ///   profiles counts `1/n` for each.
    public func identify(_ text: String) -> Guess {
        var scripts: [Int: Int] = [:]
        var letters = 0
        var hits = [Double](repeating: 0, count: profiles.count)
        var words = 0
        var word = ""
        var latinWord = true
        func flush(apostrophe: Bool) {
            defer { word = ""; latinWord = true }
            guard !word.isEmpty, latinWord else { return }
            words += 1
            let key = apostrophe && (word.unicodeScalars.count <= 2 || word == "qu") ? word + "'" : word
            for (i, w) in weights[key] ?? [] { hits[i] += w }
        }
        var count = 0, asciiLetters = 0
        for scalar in text.unicodeScalars {
            count += 1
            if count > maxScalars { break }
            // ASCII letters (most of Latin text): Latin script, lower-cased by a bit.
            let v = scalar.value
            if v < 0x80, (v | 0x20) >= 0x61, (v | 0x20) <= 0x7A {
                asciiLetters += 1
                word.unicodeScalars.append(Unicode.Scalar(UInt8(v | 0x20)))
                continue
            }
            let p = scalar.properties
            if v >= 0x80, p.isAlphabetic {
                let script = Normalizer.scriptCode(of: scalar)
                if script > 1 {
                    scripts[script, default: 0] += 1
                    letters += 1
                    if script != Self.latin { latinWord = false }
                }
                word += p.lowercaseMapping
            } else if (scalar == "'" || scalar == "\u{2019}") && !word.isEmpty {
                flush(apostrophe: true)
            } else {
                flush(apostrophe: false)
            }
        }
        flush(apostrophe: false)
        if asciiLetters > 0 { scripts[Self.latin, default: 0] += asciiLetters; letters += asciiLetters }
        guard letters > 0, let top = scripts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else {
            return Guess(language: fallback, confidence: 0, isConfident: false)
        }
        let share = Double(top.value) / Double(letters)
        if top.key != Self.latin {
            var language = Self.languageOfScript[top.key] ?? "und"
            let kana = (scripts[Self.hiragana] ?? 0) + (scripts[Self.katakana] ?? 0)
            var share = share
            if (top.key == Self.han && kana * 20 >= letters) || language == "ja" {
                language = "ja"
                share = Double((scripts[Self.han] ?? 0) + kana) / Double(letters)
            }
            return Guess(language: language, confidence: Self.round(share), isConfident: letters >= 2)
        }
        let order = hits.indices.sorted { hits[$0] > hits[$1] || (hits[$0] == hits[$1] && $0 < $1) }
        let best = hits[order[0]], second = order.count > 1 ? hits[order[1]] : 0
        let sparse = words >= 25 && best < Double(words) * 0.08
        if best >= 2 && best >= second * 1.5 && !sparse {
            return Guess(language: profiles[order[0]].code, confidence: Self.round(share * best / (best + second)), isConfident: true)
        }
        if sparse {
            return Guess(language: "und", confidence: Self.round(1 - best / Double(words)), isConfident: true)
        }
        return Guess(language: fallback, confidence: 0, isConfident: false)
    }

    private static func round(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
