import CICUShims

/// An ICU break iterator (words, sentences, lines or characters) for one locale.
///
/// Open it once and reuse it for every text: opening costs 0.1–0.3 ms (the first word
/// iterator of a locale in the process takes a few milliseconds more, to build and check the
/// Latin fast path against ICU). One call segments a whole buffer.
/// Boundaries are UTF-16 offsets into the buffer passed in. Word boundaries of a text in
/// Latin, Greek, Cyrillic or Armenian letters, digits and common punctuation are computed by
/// `LatinWordBreaker`, which gives ICU's results several times faster; any other text goes
/// to ICU.
/// Not thread-safe: use one instance per thread or worker.
public final class BreakIterator {
    /// What the iterator segments.
    public enum Kind: Sendable {
        case word, sentence, line, character

        var shimValue: gz_break_kind {
            switch self {
            case .word: GZ_BREAK_WORD
            case .sentence: GZ_BREAK_SENTENCE
            case .line: GZ_BREAK_LINE
            case .character: GZ_BREAK_CHARACTER
            }
        }
    }

    /// The kind this iterator was opened with.
    public let kind: Kind
    /// The ICU locale identifier it was opened with, e.g. `fr@ss=standard`.
    public let locale: String
    private let handle: OpaquePointer

    /// Opens an iterator. Throws when ICU has no rules for the kind (an unknown locale falls
    /// back to the root rules, as ICU does). With `fastPaths` false every text goes through
    /// ICU's engine whole (for comparisons; the results are the same).
    public init(_ kind: Kind, locale: String, fastPaths: Bool = true) throws(ICUError) {
        var err = ErrorBuffer()
        guard let handle = err.withPointer({ gz_breaker_open(kind.shimValue, locale, $0, $1) }) else {
            throw ICUError(operation: "open \(kind) break iterator for \(locale)", code: err.message)
        }
        self.kind = kind
        self.locale = locale
        self.handle = handle
        guard fastPaths else { return }
        if kind == .sentence {
            sentenceWindows = Self.sentenceCache.value(for: locale) {
                // Kept only if it finds ICU's boundaries on a sample of the cases it must get right.
                sentenceWindows = SentenceWindows(locale: locale)
                let sample = Array(SentenceWindows.sample.utf16)
                var ends: [Int32] = [], statuses: [Int32] = [], icuEnds: [Int32] = [], icuStatuses: [Int32] = []
                let agrees = sample.withUnsafeBufferPointer { text in
                    guard (try? segment(text, ends: &ends, statuses: &statuses)) != nil else { return false }
                    let n = count
                    guard (try? segmentWithICU(text, ends: &icuEnds, statuses: &icuStatuses)) != nil, count == n else { return false }
                    return ends.prefix(n) == icuEnds.prefix(n) && statuses.prefix(n) == icuStatuses.prefix(n)
                }
                return agrees ? sentenceWindows : nil
            }
        }
        if kind == .word {
            latinWords = Self.latinCache.value(for: locale) {
                LatinWordBreaker { text in
                    var ends: [Int32] = [], statuses: [Int32] = []
                    guard (try? self.segmentWithICU(text, ends: &ends, statuses: &statuses)) != nil else { return [] }
                    return (0..<self.count).map { (Int(ends[$0]), statuses[$0]) }
                }
            }
        }
    }

    /// The checked fast paths, built once per locale in the process (nil: the check failed).
    private static let latinCache = SharedInstances<LatinWordBreaker?>()
    private static let sentenceCache = SharedInstances<SentenceWindows?>()

    /// Word boundaries of Latin, Greek and Cyrillic text without ICU's rule engine, when it
    /// agreed with ICU at init (see `LatinWordBreaker`); lines it refuses go to ICU. Nil for
    /// other kinds.
    private(set) var latinWords: LatinWordBreaker?
    /// For sentences: the parts of a text ICU must read (see `SentenceWindows`). Nil for other kinds.
    private(set) var sentenceWindows: SentenceWindows?
    private var windows: [Int32] = []

    deinit { gz_breaker_close(handle) }

    /// Segments `text` and appends, for every segment, its end offset to `ends` and its ICU
    /// rule status to `statuses` (see ``WordStatus``). The first segment starts at 0; each
    /// next one starts at the previous end. Existing contents of the arrays are replaced.
    public func segment(_ text: UnsafeBufferPointer<UInt16>, ends: inout [Int32], statuses: inout [Int32]) throws(ICUError) {
        let capacity = Self.reserve(text, &ends, &statuses)
        // The fast paths; an ICU error in them sends the text to ICU whole, which reports it.
        if let latinWords, let n = ends.withUnsafeMutableBufferPointer({ e in
            statuses.withUnsafeMutableBufferPointer { s in
                latinWords.segment(text, ends: e.baseAddress!, statuses: s.baseAddress!) { line, count in
                    // A line the breaker refuses goes to ICU alone.
                    let window = [Int32(line.lowerBound), Int32(line.upperBound)]
                    return segmentWindows(text, window, ends: e.baseAddress! + count, statuses: s.baseAddress! + count,
                                          capacity: capacity - count).map { count + $0 }
                }
            }
        }) {
            count = n
            return
        }
        if let sentenceWindows, sentenceWindows.windows(text, into: &windows), let n = ends.withUnsafeMutableBufferPointer({ e in
            statuses.withUnsafeMutableBufferPointer { s in
                segmentWindows(text, windows, ends: e.baseAddress!, statuses: s.baseAddress!, capacity: capacity)
            }
        }) {
            count = n
            return
        }
        try segmentWithICU(text, ends: &ends, statuses: &statuses)
    }

    private func segmentWithICU(_ text: UnsafeBufferPointer<UInt16>, ends: inout [Int32], statuses: inout [Int32]) throws(ICUError) {
        let capacity = Self.reserve(text, &ends, &statuses)
        var err = ErrorBuffer()
        let n = ends.withUnsafeMutableBufferPointer { e in
            statuses.withUnsafeMutableBufferPointer { s in
                err.withPointer {
                    gz_breaker_segment(handle, text.baseAddress, Int32(text.count),
                                       e.baseAddress, s.baseAddress, Int32(capacity), $0, $1)
                }
            }
        }
        guard n >= 0 else { throw ICUError(operation: "segment text with \(locale) \(kind) breaks", code: err.message) }
        count = Int(n)
    }

    /// Makes `ends` and `statuses` hold a boundary per unit of `text` plus one; returns that size.
    private static func reserve(_ text: UnsafeBufferPointer<UInt16>, _ ends: inout [Int32], _ statuses: inout [Int32]) -> Int {
        let capacity = text.count + 1
        if ends.count < capacity { ends = [Int32](repeating: 0, count: capacity) }
        if statuses.count < capacity { statuses = [Int32](repeating: 0, count: capacity) }
        return capacity
    }

    /// ICU's boundaries inside `windows` of `text` (start and end pairs, see
    /// `gz_breaker_segment_windows`), written from `ends` and `statuses` on; their number, or
    /// nil on an ICU error.
    private func segmentWindows(_ text: UnsafeBufferPointer<UInt16>, _ windows: [Int32], ends: UnsafeMutablePointer<Int32>,
                                statuses: UnsafeMutablePointer<Int32>, capacity: Int) -> Int? {
        var err = ErrorBuffer()
        let n = windows.withUnsafeBufferPointer { w in
            err.withPointer {
                gz_breaker_segment_windows(handle, text.baseAddress, Int32(text.count), w.baseAddress, Int32(w.count / 2),
                                           ends, statuses, Int32(capacity), $0, $1)
            }
        }
        return n >= 0 ? Int(n) : nil
    }

    /// The number of segments found by the last call to ``segment(_:ends:statuses:)``.
    public private(set) var count = 0

    /// Convenience: segment ends of a string's UTF-16 form (tests, small texts).
    public func boundaries(of text: String) throws(ICUError) -> [Int] {
        let units = Array(text.utf16)
        var ends: [Int32] = [], statuses: [Int32] = []
        try units.withUnsafeBufferPointer { (buf) throws(ICUError) in try segment(buf, ends: &ends, statuses: &statuses) }
        return ends.prefix(count).map(Int.init)
    }
}

/// ICU's word-break rule status ranges: what kind of segment a word boundary closes.
public enum WordStatus {
    /// Spaces, punctuation, symbols: `0..<100`.
    public static let none: Range<Int32> = 0..<100
    /// Numbers: `100..<200`.
    public static let number: Range<Int32> = 100..<200
    /// Letters: `200..<300`.
    public static let letter: Range<Int32> = 200..<300
    /// Kana: `300..<400`.
    public static let kana: Range<Int32> = 300..<400
    /// Ideographs: `400..<500`.
    public static let ideographic: Range<Int32> = 400..<500
}
