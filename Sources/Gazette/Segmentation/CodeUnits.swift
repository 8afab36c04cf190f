/// Character classes on UTF-16 code units, for the segmentation hot paths.
enum CodeUnits {
    /// White space that separates tokens, including no-break and narrow no-break spaces.
    @inline(__always) static func isSpace(_ u: UInt16) -> Bool {
        switch u {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A,
             0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// A space that may separate thousands groups (`10 000`): space, no-break, narrow no-break, thin.
    @inline(__always) static func isThousandsSpace(_ u: UInt16) -> Bool {
        u == 0x20 || u == 0xA0 || u == 0x202F || u == 0x2009
    }

    /// The apostrophes of elision: `'` and `’` (and the modifier letter apostrophe).
    @inline(__always) static func isApostrophe(_ u: UInt16) -> Bool { u == 0x27 || u == 0x2019 || u == 0x02BC }

    /// Hyphens that join compounds: `-`, U+2010 hyphen, U+2011 non-breaking hyphen.
    @inline(__always) static func isHyphen(_ u: UInt16) -> Bool { u == 0x2D || u == 0x2010 || u == 0x2011 }

    @inline(__always) static func isDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }


    /// ASCII and Latin-1/Latin Extended upper-case letters (enough for the heuristics that use it).
    static func isUpper(_ u: UInt16) -> Bool {
        if u < 0x80 { return u >= 0x41 && u <= 0x5A }
        if u >= 0xC0 && u <= 0xFF { return u <= 0xDE && u != 0xD7 }
        guard let s = Unicode.Scalar(UInt32(u)) else { return false }
        return s.properties.isUppercase
    }

    static func isLower(_ u: UInt16) -> Bool {
        if u < 0x80 { return u >= 0x61 && u <= 0x7A }
        if u >= 0xC0 && u <= 0xFF { return u >= 0xDF && u != 0xF7 }
        guard let s = Unicode.Scalar(UInt32(u)) else { return false }
        return s.properties.isLowercase
    }

    static func isLetter(_ u: UInt16) -> Bool {
        if u < 0x80 { return (u | 0x20) >= 0x61 && (u | 0x20) <= 0x7A }
        guard let s = Unicode.Scalar(UInt32(u)) else { return false }
        return s.properties.isAlphabetic
    }

    /// Whether the unit starts a punctuation character (general category P*).
    static func isPunctuation(_ u: UInt16) -> Bool {
        if u < 0x80 {
            // ! " # % & ' ( ) * , - . / : ; ? @ [ \ ] _ { }
            switch u {
            case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: return true
            default: return false
            }
        }
        // U+2010–U+2027 (dashes, quotes, bullets, `…`) are all punctuation.
        if u >= 0x2010 && u <= 0x2027 { return true }
        guard let s = Unicode.Scalar(UInt32(u)) else { return false }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
