import CICUShims

/// ICU's charset detection and conversion to UTF-16.
public enum Charset {
    /// One guess of the charset detector.
    public struct Match: Sendable, Equatable {
        /// ICU's charset name, e.g. `ISO-8859-1`, `windows-1252`, `UTF-16LE`.
        public let name: String
        /// Confidence from 0 to 100.
        public let confidence: Int
    }

    /// The detector's guesses for `bytes`, most confident first (empty when nothing fits).
    public static func detect(_ bytes: UnsafeBufferPointer<UInt8>, maxMatches: Int = 8) throws(ICUError) -> [Match] {
        var names = [CChar](repeating: 0, count: 64 * maxMatches)
        var confidences = [Int32](repeating: 0, count: maxMatches)
        var err = ErrorBuffer()
        let n = bytes.withMemoryRebound(to: CChar.self) { raw in
            names.withUnsafeMutableBufferPointer { nb in
                confidences.withUnsafeMutableBufferPointer { cb in
                    err.withPointer {
                        gz_detect_charsets(raw.baseAddress, Int32(min(raw.count, Int(Int32.max))), nb.baseAddress, cb.baseAddress, Int32(maxMatches), $0, $1)
                    }
                }
            }
        }
        guard n >= 0 else { throw ICUError(operation: "detect charset", code: err.message) }
        return (0..<Int(n)).map { i in
            let slice = names[(i * 64)..<(i * 64 + 64)]
            let end = slice.firstIndex(of: 0) ?? slice.endIndex
            let name = String(decoding: slice[slice.startIndex..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return Match(name: name, confidence: Int(confidences[i]))
        }
    }

    /// Converts `bytes` from `charset` to UTF-16. With `strict`, a byte sequence that is
    /// illegal in the charset is an error instead of a substitution character.
    public static func toUTF16(_ bytes: UnsafeBufferPointer<UInt8>, from charset: String, strict: Bool = true) throws(ICUError) -> [UInt16] {
        try bytes.withMemoryRebound(to: CChar.self) { (raw) throws(ICUError) in
            try withGrowingBuffer(UInt16.self, initialCapacity: raw.count + 1, operation: "convert from \(charset)") { out, cap, err, errCap in
                gz_convert_to_utf16(charset, raw.baseAddress, Int32(raw.count), out, cap, strict ? 1 : 0, err, errCap)
            }
        }
    }
}
