import ICUText

/// Folds text into the matching view of gazetteer names: one scalar at a time, into UTF-8.
///
/// Folding (``Mode/full``) makes these equal:
/// * canonical equivalents (NFC = NFD: decomposed and precomposed `É`), by decomposing with
///   ICU and dropping nonspacing marks, which also removes diacritics (`Mélenchon` =
///   `Melenchon`, `États` = `Etats`);
/// * letter case (`É` → `e`);
/// * ligatures (`œ` → `oe`, `æ` → `ae`, `ß` → `ss`, `ﬁ` → `fi`) and letters without
///   decomposition (`ø` → `o`, `ł` → `l`, `đ` → `d`);
/// * apostrophes (`’`, `‘`, `ʼ`, `′`, `´` → `'`) and dashes (U+2010–2015, `−` → `-`);
/// * white space (no-break space U+00A0, narrow no-break space U+202F, thin spaces, line
///   breaks → one space); zero-width characters and the soft hyphen disappear.
///
/// ``Mode/keepCase`` does all of that except lowercasing; it decides the `sensitive` case
/// policy. Immutable after init and thread-safe; ``shared`` is built once (one batched ICU
/// call, about a millisecond).
public final class TextFolder: Sendable {
    /// How much to fold.
    public enum Mode: Sendable {
        /// Everything, letter case included.
        case full
        /// Everything but letter case.
        case keepCase
    }

    /// The folder of the library.
    public static let shared = TextFolder()

    static let tableLimit: UInt32 = 0x3000
    private let fullOffsets: [UInt32]
    private let fullBytes: [UInt8]
    private let caseOffsets: [UInt32]
    private let caseBytes: [UInt8]

    private init() {
        let limit = Int(Self.tableLimit)
        // NFD of every scalar below the limit, in one ICU call, separated by NULs.
        var units: [UInt16] = []
        units.reserveCapacity(limit * 2)
        for v in 1..<limit { units.append(UInt16(v)); units.append(0) }
        let nfd = (try? units.withUnsafeBufferPointer { try Normalizer.normalize($0, to: .nfd) }) ?? units
        // The decompositions end to end (`decomposed[starts[v] ..< starts[v + 1]]` is scalar
        // `v`'s; NUL's is a space), decoded from UTF-16 here (as `String(decoding:as:)` would: a
        // lone surrogate is U+FFFD) without a String or an array per scalar.
        var decomposed: [Unicode.Scalar] = [" "]
        var starts: [Int] = [0, 1]
        decomposed.reserveCapacity(nfd.count)
        starts.reserveCapacity(limit + 1)
        var k = 0
        while k < nfd.count {
            let u = nfd[k]
            k += 1
            if u == 0 {
                starts.append(decomposed.count)
            } else if u & 0xFC00 == 0xD800, k < nfd.count, nfd[k] & 0xFC00 == 0xDC00 {
                decomposed.append(Unicode.Scalar(0x10000 + ((UInt32(u) & 0x3FF) << 10 | (UInt32(nfd[k]) & 0x3FF)))!)
                k += 1
            } else {
                decomposed.append(Unicode.Scalar(UInt32(u)) ?? "\u{FFFD}")
            }
        }
        var fo: [UInt32] = [0], fb: [UInt8] = [], co: [UInt32] = [0], cb: [UInt8] = []
        fo.reserveCapacity(limit + 1); co.reserveCapacity(limit + 1)
        for v in 0..<limit {
            let scalar = Unicode.Scalar(UInt32(v))!
            if v + 1 < starts.count {
                Self.appendFoldings(of: scalar, decomposition: decomposed[starts[v]..<starts[v + 1]], keep: &cb, full: &fb)
            } else {
                Self.appendFoldings(of: scalar, decomposition: [scalar], keep: &cb, full: &fb)
            }
            co.append(UInt32(cb.count))
            fo.append(UInt32(fb.count))
        }
        fullOffsets = fo; fullBytes = fb; caseOffsets = co; caseBytes = cb
    }

    /// Appends the keep-case folding of one scalar to `keep` and its full folding to `full`,
    /// in UTF-8; `decomposition` is its NFD.
    static func appendFoldings(of scalar: Unicode.Scalar, decomposition: ArraySlice<Unicode.Scalar>,
                               keep: inout [UInt8], full: inout [UInt8]) {
        if let special = special(scalar) {
            keep.append(contentsOf: special.utf8)
            full.append(contentsOf: special.lowercased().utf8)
            return
        }
        let p = scalar.properties
        let category = p.generalCategory
        // White space is only ever a control or a separator (Unicode's White_Space property):
        // for other scalars its look-up is skipped.
        let separator = category == .spaceSeparator || category == .lineSeparator || category == .paragraphSeparator
        if category == .control || (separator && p.isWhitespace) {
            keep.append(0x20)
            full.append(0x20)
            return
        }
        if category == .nonspacingMark || category == .enclosingMark { return }
        // `scalar` is no mark (above), nor is any scalar kept: neither is looked up again.
        for s in decomposition where s == scalar || !isMark(s) {
            UTF8.encode(s) { keep.append($0) }
            for l in s.properties.lowercaseMapping.unicodeScalars where l == s || !isMark(l) {
                UTF8.encode(l) { full.append($0) }
            }
        }
    }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        let c = s.properties.generalCategory
        return c == .nonspacingMark || c == .enclosingMark
    }

    /// Foldings that decomposition does not give; keep-case form (the full form is its
    /// lowercase).
    static func special(_ s: Unicode.Scalar) -> String? {
        switch s.value {
        case 0x2019, 0x2018, 0x201B, 0x02BC, 0x2032, 0x00B4, 0x02B9, 0xFF07: return "'"
        case 0x2010...0x2015, 0x2212, 0x2043, 0xFE58, 0xFE63, 0xFF0D: return "-"
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return ""
        case 0x0153: return "oe"
        case 0x0152: return "OE"
        case 0x00E6: return "ae"
        case 0x00C6: return "AE"
        case 0x00DF: return "ss"
        case 0x1E9E: return "SS"
        case 0x00F8: return "o"
        case 0x00D8: return "O"
        case 0x0142: return "l"
        case 0x0141: return "L"
        case 0x0111: return "d"
        case 0x0110: return "D"
        case 0x0131: return "i"
        case 0xFB00: return "ff"
        case 0xFB01: return "fi"
        case 0xFB02: return "fl"
        case 0xFB03: return "ffi"
        case 0xFB04: return "ffl"
        case 0xFB05, 0xFB06: return "st"
        case 0x3000: return " "
        default: return nil
        }
    }

    /// Appends the folding of the scalar `value` to `out`.
    @inline(__always)
    public func append(_ value: UInt32, mode: Mode, to out: inout [UInt8]) {
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: out.append(UInt8(value) | (mode == .full ? 0x20 : 0))
            case 0x09...0x0D, 0: out.append(0x20)
            default: out.append(UInt8(value))
            }
        } else if value < Self.tableLimit {
            let i = Int(value)
            if mode == .full {
                for k in Int(fullOffsets[i])..<Int(fullOffsets[i + 1]) { out.append(fullBytes[k]) }
            } else {
                for k in Int(caseOffsets[i])..<Int(caseOffsets[i + 1]) { out.append(caseBytes[k]) }
            }
        } else {
            appendRare(value, mode: mode, to: &out)
        }
    }

    /// Calls `body` with the full folding's table: the folding of scalar `v` below
    /// ``tableLimit`` is `bytes[offsets[v] ..< offsets[v + 1]]` (what ``writeFull(_:to:at:)``
    /// writes for it).
    @inline(__always)
    func withFullTable<R>(_ body: (UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try fullOffsets.withUnsafeBufferPointer { offsets in try fullBytes.withUnsafeBufferPointer { try body(offsets, $0) } }
    }

    /// The largest number of bytes the full folding of one scalar takes.
    public static let maxFoldedBytes = 16

    /// Writes the full folding of the scalar `value` at `out[at...]` and advances `at`; `out`
    /// must have room for ``maxFoldedBytes`` bytes there.
    @inline(__always)
    public func writeFull(_ value: UInt32, to out: UnsafeMutablePointer<UInt8>, at: inout Int) {
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: out[at] = UInt8(value) | 0x20
            case 0x09...0x0D, 0: out[at] = 0x20
            default: out[at] = UInt8(value)
            }
            at += 1
        } else if value < Self.tableLimit {
            let i = Int(value)
            fullOffsets.withUnsafeBufferPointer { o in
                fullBytes.withUnsafeBufferPointer { b in
                    for k in Int(o[i])..<Int(o[i + 1]) { out[at] = b[k]; at += 1 }
                }
            }
        } else if let scalar = Unicode.Scalar(value), Self.special(scalar) == nil, !scalar.properties.changesWhenLowercased {
            // Ideographs and most other scalars above the table: themselves, in UTF-8.
            if value < 0x10000 {
                out[at] = UInt8(0xE0 | (value >> 12)); out[at + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                out[at + 2] = UInt8(0x80 | (value & 0x3F)); at += 3
            } else {
                out[at] = UInt8(0xF0 | (value >> 18)); out[at + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                out[at + 2] = UInt8(0x80 | ((value >> 6) & 0x3F)); out[at + 3] = UInt8(0x80 | (value & 0x3F)); at += 4
            }
        } else {
            var tmp: [UInt8] = []
            appendRare(value, mode: .full, to: &tmp)
            for b in tmp.prefix(Self.maxFoldedBytes) { out[at] = b; at += 1 }
        }
    }

    private func appendRare(_ value: UInt32, mode: Mode, to out: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        if let special = Self.special(scalar) {
            out.append(contentsOf: (mode == .full ? special.lowercased() : special).utf8)
        } else if mode == .full && scalar.properties.changesWhenLowercased {
            out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        } else {
            out.append(contentsOf: String(scalar).utf8)
        }
    }

    /// The folding of `text`, with runs of white space collapsed to one space and no space
    /// at either end.
    public func fold(_ text: some StringProtocol, mode: Mode = .full) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity(text.utf8.count + 4)
        for s in text.unicodeScalars { append(s.value, mode: mode, to: &raw) }
        return Self.collapsingSpaces(raw)
    }

    /// `bytes` with runs of spaces collapsed to one and no space at either end.
    static func collapsingSpaces(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for b in bytes {
            if b == 0x20 { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
        }
        return out
    }
}
