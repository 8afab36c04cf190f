import CICUShims

/// Unicode normalisation and case folding through ICU, on UTF-16 code units.
public enum Normalizer {
    /// A Unicode normal form.
    public enum Form: Sendable { case nfc, nfd, nfkc, nfkd }

    /// `text` in normal form `form`.
    public static func normalize(_ text: UnsafeBufferPointer<UInt16>, to form: Form) throws(ICUError) -> [UInt16] {
        let shimForm: gz_normal_form = switch form {
        case .nfc: GZ_NFC
        case .nfd: GZ_NFD
        case .nfkc: GZ_NFKC
        case .nfkd: GZ_NFKD
        }
        return try withGrowingBuffer(UInt16.self, initialCapacity: text.count * 2 + 1, operation: "normalize to \(form)") { out, cap, err, errCap in
            gz_normalize(shimForm, text.baseAddress, Int32(text.count), out, cap, err, errCap)
        }
    }

    /// `text` with full Unicode case folding (`ß` → `ss`, `É` → `é`).
    public static func foldCase(_ text: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [UInt16] {
        try withGrowingBuffer(UInt16.self, initialCapacity: text.count + 8, operation: "fold case") { out, cap, err, errCap in
            gz_fold_case(text.baseAddress, Int32(text.count), out, cap, err, errCap)
        }
    }

    /// String conveniences for small texts.
    public static func normalize(_ text: String, to form: Form) throws(ICUError) -> String {
        let units = Array(text.utf16)
        let out = try units.withUnsafeBufferPointer { (b) throws(ICUError) in try normalize(b, to: form) }
        return String(decoding: out, as: UTF16.self)
    }

    /// `text` case-folded.
    public static func foldCase(_ text: String) throws(ICUError) -> String {
        let units = Array(text.utf16)
        let out = try units.withUnsafeBufferPointer { (b) throws(ICUError) in try foldCase(b) }
        return String(decoding: out, as: UTF16.self)
    }

    /// ICU's script code (UScriptCode) of a scalar: 25 Latin, 17 Han, 8 Cyrillic…
    public static func scriptCode(of scalar: Unicode.Scalar) -> Int { Int(gz_script(scalar.value)) }
}
