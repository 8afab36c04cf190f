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
    /// Each profile word's weight per profile: 1 / the number of profiles listing it, so that
    /// words shared by several languages (`de`, `en`, `que`) count less than distinctive ones.
    private let weights: FoldedWordTable<[(profile: Int, weight: Double)]>
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
        weights = FoldedWordTable(lists.sorted(by: { $0.key < $1.key }).map { word, ps in (word, ps.map { ($0, 1.0 / Double(ps.count)) }) })
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

    /// What ``identify(_:)`` needs of a scalar beyond ASCII: whether it is a letter, its script
    /// (ICU `UScriptCode`), and its lower-case mapping's UTF-8 (little-endian) and number of
    /// scalars. `scalar` is the scalar it describes (`UInt32.max`: none yet).
    private struct ScalarInfo {
        var scalar: UInt32 = UInt32.max
        var isAlphabetic = false
        var script: Int32 = 0
        var lowercase: UInt64 = 0
        var lowercaseBytes: UInt8 = 0
        var lowercaseScalars: UInt8 = 0

        init() {}

        /// The facts of scalar `value`. (The longest lower-case mapping of one scalar is 3 bytes,
        /// U+0130's.)
        init(_ value: UInt32) {
            let scalar = Unicode.Scalar(value)!, p = scalar.properties
            let lower = p.isAlphabetic ? Array(p.lowercaseMapping.utf8.prefix(8)) : []
            self.scalar = value
            isAlphabetic = p.isAlphabetic
            script = p.isAlphabetic ? Int32(Normalizer.scriptCode(of: scalar)) : 0
            for (k, b) in lower.enumerated() { lowercase |= UInt64(b) << UInt64(8 * k) }
            lowercaseBytes = UInt8(lower.count)
            lowercaseScalars = UInt8(p.isAlphabetic ? p.lowercaseMapping.unicodeScalars.count : 0)
        }
    }

    /// Scripts counted in an array (ICU's script codes are below this); others in a dictionary.
    private static let scriptSlots = 256
    /// Scalars whose properties a call remembers, by their low bits (direct-mapped).
    private static let knownSlots = 512

    /// Identifies the text whose UTF-8 is `utf8` (see ``identify(_:)``): one pass over the
    /// bytes, each word lower-cased into a byte buffer and looked up by hash; the Unicode
    /// properties of a scalar beyond ASCII are read once per text (or when another scalar with
    /// the same low bits took its place).
    public func identify(utf8: UnsafeBufferPointer<UInt8>) -> Guess {
        var scriptCounts = [Int](repeating: 0, count: Self.scriptSlots)
        var otherScripts: [Int: Int] = [:]
        var known = [ScalarInfo](repeating: ScalarInfo(), count: Self.knownSlots)
        var hits = [Double](repeating: 0, count: profiles.count)
        var wordBuffer = [UInt8](repeating: 0, count: longestWord + 1)
        var letters = 0, words = 0
        wordBuffer.withUnsafeMutableBufferPointer { word in
        hits.withUnsafeMutableBufferPointer { hits in
        known.withUnsafeMutableBufferPointer { known in
        scriptCounts.withUnsafeMutableBufferPointer { scriptCounts in
            // The current word: its first bytes in `word`, its length (bytes past the buffer
            // not kept) and scalars, and whether all its letters are Latin.
            var length = 0, scalars = 0, isLatin = true
            @inline(__always) func append(_ byte: UInt8) {
                if length < word.count { word[length] = byte }
                length &+= 1
            }
            /// Ends the current word (before an apostrophe when `apostrophe`) and adds its weights to `hits`.
            func flush(apostrophe: Bool) {
                defer { length = 0; scalars = 0; isLatin = true }
                guard length > 0, isLatin else { return }
                words += 1
                // `l'`, `d’`, `qu'`: an elided word is listed with its apostrophe.
                if apostrophe && (scalars <= 2 || (length == 2 && word[0] == 0x71 && word[1] == 0x75)) { append(0x27) }
                guard length < word.count else { return }
                // The word is lower-cased already: its folding in the table's sense.
                let folded = UnsafeBufferPointer(rebasing: word[..<length])
                let slot = weights.slot(folded: folded, hash: FoldedTokens.hash(folded))
                guard slot >= 0 else { return }
                for (i, w) in weights.value(atSlot: slot) { hits[i] += w }
            }
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
                        append(lower)
                        scalars += 1
                    } else {
                        flush(apostrophe: b0 == 0x27 && length > 0)
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
                let slot = Int(value) & (Self.knownSlots - 1)
                var info = known[slot]
                if info.scalar != value {
                    info = ScalarInfo(value)
                    known[slot] = info
                }
                if info.isAlphabetic {
                    let script = Int(info.script)
                    if script > 1 {
                        if script < Self.scriptSlots { scriptCounts[script] += 1 } else { otherScripts[script, default: 0] += 1 }
                        letters += 1
                        if script != Self.latin { isLatin = false }
                    }
                    var bytes = info.lowercase
                    for _ in 0..<info.lowercaseBytes { append(UInt8(truncatingIfNeeded: bytes)); bytes >>= 8 }
                    scalars += Int(info.lowercaseScalars)
                } else {
                    flush(apostrophe: value == 0x2019 && length > 0)
                }
            }
            flush(apostrophe: false)
            scriptCounts[Self.latin] += asciiLetters
            letters += asciiLetters
        }
        }
        }
        }
        var scripts = otherScripts
        for (script, n) in scriptCounts.enumerated() where n > 0 { scripts[script] = n }
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

