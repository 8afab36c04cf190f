import CICUShims

/// The parts of a text that ICU's sentence iterator must read: a window around each sentence
/// terminator.
///
/// Under UAX #29 a sentence boundary can only follow a terminator (`.`, `!`, `?`…, with the
/// closing marks and spaces after it) or a paragraph separator, and the rules that decide it
/// look at one character before the terminator and ahead to the next letter; ICU's
/// abbreviation suppressions (`fr@ss=standard`) look back and ahead at most the length of the
/// longest abbreviation. So ICU reads each window alone, from a neutral point (a space after a
/// letter) at least that far before the terminator, to a neutral point that far after it, and
/// gives the boundaries it would give on the whole text, without reading the rest. A line's
/// last window runs to the end of the line (a line without terminators is one window).
/// `BreakIterator` keeps the windows only if they give ICU's boundaries on ``sample``.
///
/// A line with a combining or format character, or a code unit at or above U+3000 (surrogates
/// included), is read whole. Every unit is looked at once: the main scan and the windows'
/// forward scans cover the text between them. Offsets are UTF-16 units.
struct SentenceWindows: Sendable {
    /// What the windowing needs to know of every UTF-16 unit, from its Sentence_Break property.
    private let flags: [UInt8]
    /// How far a window reaches on each side of a terminator, in UTF-16 units.
    let margin: Int

    /// Terminators in the contexts the windows must get right: abbreviations of several
    /// languages (with spaces, hyphens, initials), numbers, quotes and brackets after a
    /// terminator, terminators in a row, lower case after a period, paragraph separators.
    static let sample = """
        M. Dupont arrive. Mme Durand aussi ! Né en 52 av. J.-C. à Rome ? Oui… non. Le P.-D. G. \
        parle. Prof. Martin et Dr. Who. Mr. Smith met Ph.D. students at 3 p.m. in the U.S.A. \
        today. He said: "Stop." Then (quietly.) left. « Viens ! » dit-il. Puis : « Non. » Fin. \
        Vol. 3, no. 5. etc. etc.. e.g. this. i.e. that.\n\nTitre sans point\nLigne. suite en \
        minuscule. 1. Premier point. 2) Second.\r\nFin?!  Encore...   Après.\u{2029}Dernier mot
        """

    /// Windows closer than this (UTF-16 units) are read as one.
    private static let mergeGap = 48

    private static let terminator: UInt8 = 1, separator: UInt8 = 2, refused: UInt8 = 4
    private static let space: UInt8 = 8, letter: UInt8 = 16, close: UInt8 = 32

    init(locale: String) {
        var properties = [UInt8](repeating: 0, count: 0x3000)
        properties.withUnsafeMutableBufferPointer { gz_sentence_break_properties($0.baseAddress, Int32($0.count)) }
        // ICU's USentenceBreak numbering; units from U+3000 on (CJK, surrogates) are refused.
        flags = properties.map { property -> UInt8 in
            switch property {
            case 1, 9: Self.terminator          // ATerm, STerm
            case 7, 11, 13: Self.separator      // Sep, CR, LF
            case 3, 12: Self.refused            // Format, Extend
            case 8: Self.space                  // Sp
            case 4, 6, 10: Self.letter          // Lower, OLetter, Upper
            case 2: Self.close                  // Close
            default: 0
            }
        } + [UInt8](repeating: Self.refused, count: 0x10000 - 0x3000)
        margin = Int(gz_sentence_exceptions_max_length(locale)) + 2
    }

    /// Appends to `windows` the start and end of each window of `text`, ascending and
    /// disjoint, the end negated when it is not a boundary; false for an empty text.
    func windows(_ text: UnsafeBufferPointer<UInt16>, into windows: inout [Int32]) -> Bool {
        windows.removeAll(keepingCapacity: true)
        return flags.withUnsafeBufferPointer { table in
            let n = text.count
            guard n > 0 else { return false }
            @inline(__always) func flags(_ i: Int) -> UInt8 { table[Int(text[i])] }
            /// After a space that follows a letter: no rule reaches across.
            @inline(__always) func isNeutral(_ i: Int) -> Bool {
                i >= 2 && flags(i - 1) == Self.space && flags(i - 2) == Self.letter
            }
            /// Adds a window, merged with the last one when they are less than `mergeGap` apart
            /// (ICU reads a few units faster than it starts a text). A window that does not
            /// end at a paragraph separator or the end of the text has its end negated: that
            /// end is not a boundary.
            @inline(__always) func add(_ start: Int, _ end: Int, endsLine: Bool) {
                let stored = Int32(endsLine || end == n ? end : -end)
                if let last = windows.last, abs(Int(last)) + Self.mergeGap >= start {
                    windows[windows.count - 1] = stored
                } else {
                    windows.append(Int32(start))
                    windows.append(stored)
                }
            }
            /// Where the line holding `i` ends, after its separator (CR LF is one).
            func lineEnd(after i: Int) -> Int {
                var end = i
                while end < n && flags(end) != Self.separator { end += 1 }
                guard end < n else { return n }
                return text[end] == 0x0D && end + 1 < n && text[end + 1] == 0x0A ? end + 2 : end + 1
            }
            var i = 0, lineStart = 0
            /// A line with a refused unit at `i` is read whole: its windows make way for one.
            func refuseLine(at i: Int) -> Int {
                while windows.count >= 2 && Int(windows[windows.count - 2]) >= lineStart { windows.removeLast(2) }
                let end = lineEnd(after: i)
                add(lineStart, end, endsLine: true)
                lineStart = end
                return end
            }
            while i < n {
                let f = flags(i)
                if f & (Self.terminator | Self.separator | Self.refused) == 0 {
                    i += 1
                    continue
                }
                if f == Self.refused {
                    i = refuseLine(at: i)
                    continue
                }
                if f == Self.separator {
                    // The line's last window runs to its end (CR LF is one separator), whose
                    // boundary's status tells whether the line ends with a terminator; a line
                    // without one is read whole.
                    let lineEnd = text[i] == 0x0D && i + 1 < n && text[i + 1] == 0x0A ? i + 2 : i + 1
                    add(max(windows.last.map { abs(Int($0)) } ?? 0, lineStart), lineEnd, endsLine: true)
                    i = lineEnd
                    lineStart = lineEnd
                    continue
                }
                var start = max(lineStart, i - margin)
                while start > lineStart && !isNeutral(start) { start -= 1 }
                // Past the terminators, closing marks and spaces, `margin` more, then on to a
                // neutral point or a separator; a terminator met on the way extends the window.
                var end = i + 1, refused = false
                scan: while true {
                    while end < n, flags(end) & (Self.terminator | Self.close | Self.space) != 0 { end += 1 }
                    let stop = min(n, end + margin)
                    while end < n {
                        let g = flags(end)
                        if g == Self.refused { refused = true; break scan }
                        if g == Self.separator { break scan }
                        if g == Self.terminator { end += 1; continue scan }
                        if end >= stop && isNeutral(end) { break scan }
                        end += 1
                    }
                    break
                }
                add(start, end, endsLine: false)
                i = refused ? refuseLine(at: end) : end
            }
            if lineStart < n { add(max(windows.last.map { abs(Int($0)) } ?? 0, lineStart), n, endsLine: true) }
            return true
        }
    }
}
