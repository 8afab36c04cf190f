import CICUShims

/// ICU's word boundaries and rule statuses for text written in Latin, Greek, Cyrillic or
/// Armenian letters, digits, spaces and common punctuation, computed without ICU's rule engine.
///
/// For such text ICU's word rules reduce to UAX #29 rules WB3 to WB13b over ten character
/// classes, and running ICU's generic engine costs several times more than these rules do.
/// Nothing is taken on trust from the rules' text:
/// - every code unit the breaker accepts is classified by running ICU's own iterator over it in
///   a few contexts (`aXa`, `1X1`, `XX`…), so ICU's choices (`@` is a letter) and locale
///   tailorings (Swedish `:` joins letters) are honoured;
/// - the breaker is then run next to ICU on every sequence of four classes; if one boundary
///   or status differs, it is not used (``init(checkingAgainst:)`` returns nil).
///
/// A line holding any other code unit (combining marks, soft hyphens, emoji, other scripts) is
/// refused and goes to ICU. Offsets are UTF-16 units, as ICU's.
struct LatinWordBreaker: Sendable {
    /// Word-break classes (UAX #29) as ICU's iterator showed them.
    enum Class: UInt8, CaseIterable {
        // The three classes that always hold together come first (see `segment`).
        case letter, numeric, extendNumLet, midLetter, midNum, midNumLet, space, cr, lf, other
        /// Left to ICU.
        case unsupported
    }

    /// The class of every UTF-16 code unit.
    private let classes: [Class]

    /// The code points classified; everything else is left to ICU.
    static let ranges: [ClosedRange<UInt32>] = [0x0000...0x058F, 0x1E00...0x1EFF, 0x2000...0x206F, 0x20A0...0x20CF]

    /// Classifies the code points of ``ranges`` with `icu` and checks the rules against it.
    /// Nil when ICU disagrees with the breaker anywhere in the check.
    init?(checkingAgainst icu: (UnsafeBufferPointer<UInt16>) -> [(end: Int, status: Int32)]) {
        var classes = [Class](repeating: .unsupported, count: 0x10000)
        var candidates: [UInt16] = []
        for range in Self.ranges {
            for point in range {
                switch gz_word_break_property(point) {
                case 8: classes[Int(point)] = .cr
                case 10: classes[Int(point)] = .lf
                // Format, Katakana, Extend, Regional_Indicator, Hebrew_Letter, emoji, ZWJ:
                // their rules look across other characters.
                case 2, 3, 9, 13, 14, 17...21: break
                default: candidates.append(UInt16(point))
                }
            }
        }
        for (unit, found) in zip(candidates, Self.probe(candidates, with: icu)) { classes[Int(unit)] = found }
        self.classes = classes
        let sample = Self.sample(classes)
        let expected = sample.withUnsafeBufferPointer(icu)
        var ends = [Int32](repeating: 0, count: sample.count + 1), statuses = ends
        let count = sample.withUnsafeBufferPointer { text in
            ends.withUnsafeMutableBufferPointer { e in
                statuses.withUnsafeMutableBufferPointer { s in
                    segment(text, ends: e.baseAddress!, statuses: s.baseAddress!) { _, _ in nil }
                }
            }
        }
        guard let count, count == expected.count,
              (0..<count).allSatisfy({ Int(ends[$0]) == expected[$0].end && statuses[$0] == expected[$0].status })
        else { return nil }
    }

    /// What each probe context shows of a code unit X: the status of X alone, then whether
    /// `XX`, `aXa`, `1X1`, `aX`, `1X` and ` X` stay one segment.
    private struct Signature: Hashable {
        var status: Int32
        var joined: [Bool]
    }

    private static let contexts: [[UInt16]] = [[0], [0, 0], [0x61, 0, 0x61], [0x31, 0, 0x31], [0x61, 0], [0x31, 0], [0x20, 0]]

    private static let signatures: [Signature: Class] = [
        Signature(status: 200, joined: [true, true, true, true, true, false]): .letter,
        Signature(status: 100, joined: [true, true, true, true, true, false]): .numeric,
        Signature(status: 0, joined: [false, true, false, false, false, false]): .midLetter,
        Signature(status: 0, joined: [false, false, true, false, false, false]): .midNum,
        Signature(status: 0, joined: [false, true, true, false, false, false]): .midNumLet,
        Signature(status: 0, joined: [true, true, true, true, true, false]): .extendNumLet,
        Signature(status: 0, joined: [true, false, false, false, false, true]): .space,
        Signature(status: 0, joined: [false, false, false, false, false, false]): .other,
    ]

    /// Runs every unit through ``contexts`` (separated by line feeds, which always break) in
    /// one ICU pass and names its class; a unit whose signature is none of the classes' is
    /// unsupported.
    private static func probe(_ units: [UInt16], with icu: (UnsafeBufferPointer<UInt16>) -> [(end: Int, status: Int32)]) -> [Class] {
        var text: [UInt16] = [], starts: [Int] = []
        text.reserveCapacity(units.count * 24)
        for unit in units {
            for context in contexts {
                starts.append(text.count)
                for c in context { text.append(c == 0 ? unit : c) }
                text.append(0x0A)
            }
        }
        var statusAt = [Int32?](repeating: nil, count: text.count + 1)
        for boundary in text.withUnsafeBufferPointer(icu) { statusAt[boundary.end] = boundary.status }
        var found: [Class] = []
        for (k, _) in units.enumerated() {
            var signature = Signature(status: -1, joined: [])
            for (c, context) in contexts.enumerated() {
                let start = starts[k * contexts.count + c], end = start + context.count
                if c == 0 { signature.status = statusAt[end] ?? -1 } else {
                    var joined = true
                    for i in start + 1..<end where statusAt[i] != nil { joined = false }
                    signature.joined.append(joined)
                }
            }
            found.append(signatures[signature] ?? .unsupported)
        }
        return found
    }

    /// A de Bruijn sequence over the supported classes: every sequence of four classes occurs
    /// once, each class written with the first unit found in it.
    private static func sample(_ classes: [Class]) -> [UInt16] {
        var representatives: [UInt16] = []
        for kind in Class.allCases where kind != .unsupported {
            if let unit = classes.firstIndex(of: kind) { representatives.append(UInt16(unit)) }
        }
        let k = representatives.count, order = 4
        var text: [UInt16] = [], digits = [Int](repeating: 0, count: order + 1)
        // The FKM algorithm: concatenate the Lyndon words whose length divides `order`.
        func build(_ t: Int, _ p: Int) {
            if t > order {
                if order % p == 0 { for d in digits[1...p] { text.append(representatives[d]) } }
                return
            }
            digits[t] = digits[t - p]
            build(t + 1, p)
            for d in (digits[t - p] + 1)..<max(k, digits[t - p] + 1) {
                digits[t] = d
                build(t + 1, t)
            }
        }
        build(1, 1)
        // The sequence is cyclic: repeat its head so the windows that wrap around occur too.
        return text + text.prefix(order - 1)
    }

    /// Writes the end and rule status of every word segment of `text`, as ICU's iterator would,
    /// and returns their number. A line (up to and with its line feed or carriage return, where
    /// ICU always breaks) that holds a unit the breaker leaves to ICU is handed to `refused`
    /// with the number of segments written so far; it writes the line's segments from there
    /// and returns the new number, or nil to give up (then so does this function, with the
    /// buffers partly written). The buffers hold at least `text.count` entries.
    func segment(_ text: UnsafeBufferPointer<UInt16>, ends: UnsafeMutablePointer<Int32>, statuses: UnsafeMutablePointer<Int32>,
                 refused: (_ line: Range<Int>, _ count: Int) -> Int?) -> Int? {
        classes.withUnsafeBufferPointer { table -> Int? in
            let n = text.count
            @inline(__always) func kind(_ i: Int) -> Class { table[Int(text[i])] }
            var count = 0, i = 0
            // Where the current line starts, and the number of segments before it.
            var lineStart = 0, lineCount = 0
            while i < n {
                let first = kind(i)
                var j = i + 1
                var status: Int32 = 0
                switch first {
                case .unsupported:
                    while j < n, kind(j) != .lf, kind(j) != .cr { j += 1 }
                    if j < n { j += text[j] == 0x0D && j + 1 < n && text[j + 1] == 0x0A ? 2 : 1 }
                    guard let total = refused(lineStart..<j, lineCount) else { return nil }
                    (count, i, lineStart, lineCount) = (total, j, j, total)
                    continue
                case .space:
                    while j < n, kind(j) == .space { j += 1 }
                case .lf:
                    (lineStart, lineCount) = (j, count + 1)
                case .cr:
                    if j < n, kind(j) == .lf { j += 1 }
                    (lineStart, lineCount) = (j, count + 1)
                case .letter, .numeric, .extendNumLet:
                    // WB5, WB8–WB10, WB13a/b: letters, digits and connectors all hold together;
                    // WB6/7 and WB11/12: a middle mark between two letters or two digits.
                    scan: while j < n {
                        let next = kind(j)
                        if next.rawValue <= Class.extendNumLet.rawValue {
                            j += 1
                            continue
                        }
                        switch next {
                        case .midLetter, .midNum, .midNumLet:
                            guard j + 1 < n else { break scan }
                            let before = kind(j - 1), after = kind(j + 1)
                            guard before == after,
                                  before == .letter ? next != .midNum : before == .numeric && next != .midLetter
                            else { break scan }
                            j += 2
                        default:
                            break scan
                        }
                    }
                    // ICU's status is the tag of the last rule applied: a letter or a digit
                    // ends as itself; a connector ends as what it follows, a connector counting
                    // as a letter; a lone connector is no word.
                    status = switch kind(j - 1) {
                    case .letter: 200
                    case .numeric: 100
                    default: j - i == 1 ? 0 : kind(j - 2) == .numeric ? 100 : 200
                    }
                default:
                    break
                }
                ends[count] = Int32(j)
                statuses[count] = status
                count += 1
                i = j
            }
            return count
        }
    }
}
