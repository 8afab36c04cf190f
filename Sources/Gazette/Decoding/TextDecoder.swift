import ICUText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns input bytes into document text.
///
/// * UTF-8, with a leading BOM dropped (it is not part of the text);
/// * UTF-16 LE/BE and UTF-32 LE/BE with a BOM;
/// * otherwise bytes that are not valid UTF-8 go through ICU's charset detection: French in
///   Windows-1252 or ISO-8859-1/15 is decoded, with a warning that names the charset; text
///   that is UTF-8 but for a few bad bytes keeps its UTF-8 and gets U+FFFD for each bad
///   sequence, with a warning giving the first byte offset; anything else is an error.
/// * NUL bytes (in any encoding) mean binary content: an error.
///
/// Line breaks are kept as they are (CR LF stays CR LF).
public struct TextDecoder: Sendable {
    /// The lowest detector confidence (0–100) accepted for a legacy charset.
    public var minimumConfidence = 25

    public init() {}

    /// The decoded text, the charset it was read from, and any warnings.
    public struct Result: Sendable {
        public var text: String
        public var encoding: String
        public var warnings: [Warning]
    }

    /// The offset of the first NUL byte of `bytes` (`memchr`: a plain loop costs about 5
    /// instructions a byte, a tenth of the segmentation's budget).
    static func firstNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let hit = memchr(base, 0, bytes.count) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    /// Decodes `bytes` read from `file` (named in errors and warnings).
    public func decode(_ bytes: [UInt8], file: String) throws(GazetteError) -> Result {
        try bytes.withUnsafeBufferPointer { (b) throws(GazetteError) in try decode(b, file: file) }
    }

    /// Decodes `bytes` read from `file` (named in errors and warnings).
    public func decode(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(GazetteError) -> Result {
        if let bom = ByteOrderMark(bytes) {
            let body = UnsafeBufferPointer(rebasing: bytes[bom.length...])
            if bom.charset == "UTF-8" { return try decodeUTF8(body, file: file, encoding: "UTF-8") }
            return try decodeWithICU(body, charset: bom.charset, file: file, warnings: [])
        }
        return try decodeUTF8(bytes, file: file, encoding: "UTF-8")
    }

    private func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, file: String, encoding: String) throws(GazetteError) -> Result {
        if let nul = Self.firstNUL(bytes) { throw .binary(file: file, offset: nul) }
        if let text = UTF8Text.string(bytes) {
            return Result(text: text, encoding: encoding, warnings: [])
        }
        let survey = UTF8Survey(bytes)
        // UTF-8 with damaged bytes: keep UTF-8, replace the bad sequences. Text in a legacy
        // charset almost never forms valid multi-byte UTF-8 sequences (é is one byte there).
        if survey.validMultibyte > 0 && survey.validMultibyte >= survey.invalid {
            let warning = Warning(code: "invalid-utf8",
                                  message: "\(file): \(survey.invalid) invalid UTF-8 sequence(s), the first at byte \(survey.firstInvalid); replaced by U+FFFD",
                                  stage: "decoder")
            return Result(text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8", warnings: [warning])
        }
        let matches: [Charset.Match]
        do { matches = try Charset.detect(bytes) } catch { throw .undecodable(file: file, reason: error.description) }
        // Only single-byte Latin charsets are plausible here: the bytes are not UTF-8, and
        // UTF-16/32 without a BOM would contain NUL bytes.
        let legacy = matches.first { match in
            ["ISO-8859-1", "ISO-8859-15", "windows-1252", "ISO-8859-2", "windows-1250"].contains(match.name)
        }
        guard let best = legacy, best.confidence >= minimumConfidence, survey.controls * 100 <= bytes.count else {
            let seen = matches.prefix(3).map { "\($0.name) \($0.confidence)%" }.joined(separator: ", ")
            throw .undecodable(file: file, reason: "invalid UTF-8 at byte \(survey.firstInvalid); charset detection: \(seen.isEmpty ? "no match" : seen)")
        }
        let charset = best.name.hasPrefix("ISO-8859-1") || best.name == "windows-1252" ? Self.latinCharset(bytes) : best.name
        let warning = Warning(code: "legacy-charset",
                              message: "\(file): not UTF-8; decoded as \(charset) (ICU detection: \(best.name), confidence \(best.confidence)%)",
                              stage: "decoder")
        return try decodeWithICU(bytes, charset: charset, file: file, warnings: [warning])
    }

    /// Tells the Latin charsets apart, which ICU's detector reports as one: bytes 0x80–0x9F
    /// are letters and punctuation only in Windows-1252; `œ` `Œ` `€` `Ÿ` next to letters
    /// (0xBD 0xBC 0xA4 0xBE, fractions and `¤` in Latin-1) mean ISO-8859-15.
    static func latinCharset(_ b: UnsafeBufferPointer<UInt8>) -> String {
        var latin9 = 0
        for i in 0..<b.count {
            let c = b[i]
            if c >= 0x80 && c <= 0x9F { return "windows-1252" }
            if c == 0xBD || c == 0xBC || c == 0xBE || c == 0xA4 {
                let before = i > 0 ? b[i - 1] : 0x20, after = i + 1 < b.count ? b[i + 1] : 0x20
                func isLetter(_ x: UInt8) -> Bool { (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A || x >= 0xC0 }
                if isLetter(before) || isLetter(after) || c == 0xA4 { latin9 += 1 }
            }
        }
        return latin9 > 0 ? "ISO-8859-15" : "ISO-8859-1"
    }

    private func decodeWithICU(_ bytes: UnsafeBufferPointer<UInt8>, charset: String, file: String,
                               warnings: [Warning]) throws(GazetteError) -> Result {
        let units: [UInt16]
        do { units = try Charset.toUTF16(bytes, from: charset, strict: true) } catch {
            throw .undecodable(file: file, reason: "bytes are not valid \(charset) (\(error.code))")
        }
        if let nul = units.firstIndex(of: 0) { throw .binary(file: file, offset: nul) }
        return Result(text: String(decoding: units, as: UTF16.self), encoding: charset, warnings: warnings)
    }
}

/// A byte order mark at the start of the input.
struct ByteOrderMark {
    let charset: String
    let length: Int

    init?(_ b: UnsafeBufferPointer<UInt8>) {
        func starts(_ prefix: [UInt8]) -> Bool { b.count >= prefix.count && zip(b, prefix).allSatisfy { $0 == $1 } }
        if starts([0xEF, 0xBB, 0xBF]) { (charset, length) = ("UTF-8", 3) }
        else if starts([0xFF, 0xFE, 0, 0]) { (charset, length) = ("UTF-32LE", 4) }
        else if starts([0, 0, 0xFE, 0xFF]) { (charset, length) = ("UTF-32BE", 4) }
        else if starts([0xFF, 0xFE]) { (charset, length) = ("UTF-16LE", 2) }
        else if starts([0xFE, 0xFF]) { (charset, length) = ("UTF-16BE", 2) }
        else { return nil }
    }
}

/// Counts of valid and invalid UTF-8 sequences, to tell damaged UTF-8 from another charset.
struct UTF8Survey {
    var validMultibyte = 0
    var invalid = 0
    var firstInvalid = -1
    /// C0 control bytes other than tab, line feed, form feed and carriage return.
    var controls = 0

    init(_ b: UnsafeBufferPointer<UInt8>) {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                if c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D { controls += 1 }
                i += 1
                continue
            }
            let width = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0
            var ok = width > 0 && i + width <= b.count
            if ok { for k in 1..<width where b[i + k] & 0xC0 != 0x80 { ok = false } }
            if ok, let s = String(validating: UnsafeBufferPointer(rebasing: b[i..<(i + width)]), as: UTF8.self), !s.isEmpty {
                validMultibyte += 1
                i += width
            } else {
                if firstInvalid < 0 { firstInvalid = i }
                invalid += 1
                i += 1
            }
        }
    }
}
