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
    /// Each profile word's weight per profile, by the FNV-1a 64 hash of its UTF-8: 1 / the
    /// number of profiles listing it, so that words shared by several languages (`de`, `en`,
    /// `que`) count less than distinctive ones. A slot lists the words of that hash with their
    /// bytes, compared on a hit.
    private let weights: [UInt64: [(word: [UInt8], weights: [(profile: Int, weight: Double)])]]
    /// The longest profile word, in bytes: longer words are not looked up.
    private let longestWord: Int

    /// An identifier comparing `profiles`, answering `fallback` when evidence is too thin.
    public init(profiles: [LanguageProfile] = LanguageProfile.standard, fallback: String = "fr", maxScalars: Int = 20_000) {
        self.profiles = profiles
        self.fallback = fallback
        self.maxScalars = maxScalars
        var lists: [String: [Int]] = [:]
        for (i, p) in profiles.enumerated() {
            for w in Set(p.words) { lists[w, default: []].append(i) }
        }
        var weights: [UInt64: [(word: [UInt8], weights: [(profile: Int, weight: Double)])]] = [:]
        for (word, ps) in lists.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(word.utf8)
            weights[bytes.withUnsafeBufferPointer(FoldedTokens.hash), default: []].append((bytes, ps.map { ($0, 1.0 / Double(ps.count)) }))
        }
        self.weights = weights
        longestWord = lists.keys.map(\.utf8.count).max() ?? 0
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
        var text = text
        return text.withUTF8 { identify(utf8: $0) }
    }

    /// What ``identify(_:)`` needs of a scalar beyond ASCII.
    private struct ScalarInfo {
        var isAlphabetic: Bool
        var script: Int
        /// The UTF-8 of its lower-case mapping, and its number of scalars.
        var lowercase: [UInt8]
        var lowercaseScalars: Int
    }

    /// The words read so far: the current one, lower-cased (its bytes kept while it may still
    /// be a profile word), and the hits of the finished ones per profile.
    private struct Tally {
        var hits: [Double]
        var words = 0
        /// The current word's first bytes (room for the longest profile word and an apostrophe).
        var word: [UInt8]
        var length = 0, scalars = 0
        var isLatin = true

        init(profiles: Int, longestWord: Int) {
            hits = [Double](repeating: 0, count: profiles)
            word = [UInt8](repeating: 0, count: longestWord + 1)
        }

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            if length < word.count { word[length] = byte }
            length += 1
        }

        /// Ends the current word (before an apostrophe when `apostrophe`) and counts its hits.
        mutating func flush(apostrophe: Bool, in weights: [UInt64: [(word: [UInt8], weights: [(profile: Int, weight: Double)])]]) {
            defer { length = 0; scalars = 0; isLatin = true }
            guard length > 0, isLatin else { return }
            words += 1
            // `l'`, `d’`, `qu'`: an elided word is listed with its apostrophe.
            if apostrophe && (scalars <= 2 || (length == 2 && word[0] == 0x71 && word[1] == 0x75)) { append(0x27) }
            let length = self.length
            guard length < word.count,
                  let slot = weights[word.withUnsafeBufferPointer { FoldedTokens.hash(UnsafeBufferPointer(rebasing: $0[..<length])) }]
            else { return }
            for entry in slot where entry.word.elementsEqual(word[..<length]) {
                for (i, w) in entry.weights { hits[i] += w }
            }
        }
    }

    /// Identifies the text whose UTF-8 is `utf8` (see ``identify(_:)``): one pass over the
    /// bytes, each word lower-cased into a byte buffer and looked up by hash; the Unicode
    /// properties of a scalar beyond ASCII are read once per text.
    public func identify(utf8: UnsafeBufferPointer<UInt8>) -> Guess {
        var scripts = [Int: Int](minimumCapacity: 8)
        var letters = 0
        var tally = Tally(profiles: profiles.count, longestWord: longestWord)
        var known = [UInt32: ScalarInfo](minimumCapacity: 64)
        var count = 0, asciiLetters = 0, i = 0
        let n = utf8.count
        while i < n {
            count += 1
            if count > maxScalars { break }
            let b0 = utf8[i]
            // ASCII letters (most of Latin text): Latin script, lower-cased by a bit.
            if b0 < 0x80 {
                i += 1
                let lower = b0 | 0x20
                if lower >= 0x61 && lower <= 0x7A {
                    asciiLetters += 1
                    tally.append(lower)
                    tally.scalars += 1
                } else {
                    tally.flush(apostrophe: b0 == 0x27 && tally.length > 0, in: weights)
                }
                continue
            }
            let value: UInt32
            if b0 < 0xE0 {
                value = UInt32(b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F); i += 2
            } else if b0 < 0xF0 {
                value = UInt32(b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F); i += 3
            } else {
                value = UInt32(b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                    | UInt32(utf8[i + 3] & 0x3F); i += 4
            }
            let info: ScalarInfo
            if let seen = known[value] {
                info = seen
            } else {
                let scalar = Unicode.Scalar(value)!, p = scalar.properties
                let lower = p.isAlphabetic ? p.lowercaseMapping : ""
                info = ScalarInfo(isAlphabetic: p.isAlphabetic, script: p.isAlphabetic ? Normalizer.scriptCode(of: scalar) : 0,
                                  lowercase: Array(lower.utf8), lowercaseScalars: lower.unicodeScalars.count)
                known[value] = info
            }
            if info.isAlphabetic {
                if info.script > 1 {
                    scripts[info.script, default: 0] += 1
                    letters += 1
                    if info.script != Self.latin { tally.isLatin = false }
                }
                for b in info.lowercase { tally.append(b) }
                tally.scalars += info.lowercaseScalars
            } else {
                tally.flush(apostrophe: value == 0x2019 && tally.length > 0, in: weights)
            }
        }
        tally.flush(apostrophe: false, in: weights)
        let hits = tally.hits, words = tally.words
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
