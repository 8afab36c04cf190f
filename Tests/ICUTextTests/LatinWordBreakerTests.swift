@testable import ICUText
import Testing

/// The Latin fast path must give exactly ICU's word boundaries and statuses.
@Suite("Latin word breaker")
struct LatinWordBreakerTests {
    /// Word boundaries and statuses from ICU's engine alone.
    static func icu(_ locale: String, _ units: [UInt16]) throws -> [String] {
        try segments(BreakIterator(.word, locale: locale, fastPaths: false), units)
    }

    static func segments(_ iterator: BreakIterator, _ units: [UInt16]) throws -> [String] {
        var ends: [Int32] = [], statuses: [Int32] = []
        try units.withUnsafeBufferPointer { try iterator.segment($0, ends: &ends, statuses: &statuses) }
        return (0..<iterator.count).map { "\(ends[$0]):\(statuses[$0])" }
    }

    @Test("is used for French, English and Chinese word iterators", arguments: ["fr", "en", "zh"])
    func enabled(locale: String) throws {
        #expect(try BreakIterator(.word, locale: locale).latinWords != nil)
        #expect(try BreakIterator(.sentence, locale: locale).latinWords == nil)
    }

    @Test("classifies letters, digits and marks as ICU does", arguments: [
        ("d'OpenAI l’équipe GPT-4", "fr"), ("10 000,5 € 3.5 a.b.1 x@y.fr 1_a __ _", "fr"),
        ("mot\u{202F}; «\u{00A0}oui\u{00A0}» a·b 1:2 a:b", "fr"), ("a:b EU:s", "sv"),
        ("Ελλάδα Москва Հայաստան Việt", "fr"), ("a\r\nb\u{2028}c\u{85}d\u{0B}", "fr"),
    ])
    func cases(text: String, locale: String) throws {
        let fast = try BreakIterator(.word, locale: locale)
        try #require(fast.latinWords != nil)
        let units = Array(text.utf16)
        #expect(try Self.segments(fast, units) == Self.icu(locale, units))
    }

    @Test("sends ICU only the lines it refuses")
    func refusedLines() throws {
        let text = "Un été.\nDeux e\u{301}te\u{301}s.\r\nTrois 東京.\nQuatre.\n"
        let units = Array(text.utf16)
        let fast = try BreakIterator(.word, locale: "fr")
        var ends = [Int32](repeating: 0, count: units.count + 1), statuses = ends
        var refused: [Range<Int>] = []
        _ = units.withUnsafeBufferPointer { fast.latinWords!.segment($0, ends: &ends, statuses: &statuses) { line, count in refused.append(line); return count } }
        #expect(refused == [8..<22, 22..<32])
        #expect(try Self.segments(fast, units) == Self.icu("fr", units))
    }

    @Test("refuses text it does not classify, which then goes to ICU", arguments: [
        "e\u{301}té", "co\u{AD}opération", "東京 Tokyo", "שָׁלוֹם", "👍🏽 ok", "カタカナ", "🇫🇷",
    ])
    func fallback(text: String) throws {
        let fast = try BreakIterator(.word, locale: "fr")
        let units = Array(text.utf16)
        var ends = [Int32](repeating: 0, count: units.count + 1), statuses = ends
        var refused: [Range<Int>] = []
        let n = units.withUnsafeBufferPointer { fast.latinWords!.segment($0, ends: &ends, statuses: &statuses) { line, _ in refused.append(line); return nil } }
        #expect(n == nil && refused == [0..<units.count])
        #expect(try Self.segments(fast, units) == Self.icu("fr", units))
    }

    /// Random texts over every code point the breaker accepts, weighted toward letters,
    /// digits and the marks that join them, in short lines of which some hold a combining mark
    /// (refused), compared with ICU.
    @Test("agrees with ICU on random text over every accepted code point", arguments: ["fr", "en"])
    func random(locale: String) throws {
        let fast = try BreakIterator(.word, locale: locale)
        let accepted = LatinWordBreaker.ranges.flatMap { $0 }.filter {
            var units = [UInt16(truncatingIfNeeded: $0)], ends: [Int32] = [0, 0], statuses: [Int32] = [0, 0]
            return units.withUnsafeMutableBufferPointer {
                fast.latinWords!.segment(UnsafeBufferPointer($0), ends: &ends, statuses: &statuses) { _, _ in nil }
            } != nil
        }.map { UInt16($0) }
        #expect(accepted.count > 1500)
        let common = Array("aé1.,'’_:;- \u{202F}\u{A0}\n\n\n\u{301}".utf16)
        let reference = try BreakIterator(.word, locale: locale, fastPaths: false)
        var generator = SplitMix(seed: 29)
        for _ in 0..<200 {
            let units = (0..<2000).map { _ in
                generator.next() % 2 == 0 ? common[Int(generator.next() % UInt64(common.count))]
                    : accepted[Int(generator.next() % UInt64(accepted.count))]
            }
            let got = try Self.segments(fast, units), expected = try Self.segments(reference, units)
            #expect(got == expected)
            if got != expected { break }
        }
    }
}

/// A small deterministic generator, so failures repeat.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
