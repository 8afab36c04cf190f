/// Turns file names from an input folder into names that are safe inside an output folder.
///
/// A name is a list of path components read from directories (never `.` or `..`). Each
/// component keeps ASCII letters, digits, space and `-_.+,=@~()[]{}#!&'`, and printable
/// non-ASCII characters of valid UTF-8; every other byte — `/`, `\`, `%`, control
/// characters, bytes of invalid UTF-8, bidirectional controls — becomes `%XX`. The mapping
/// is injective (`%` itself is escaped), deterministic, and a result never contains `/`,
/// so joined components can never climb out of the folder.
public enum OutputName {
    /// The escaped form of one path component given as raw bytes.
    public static func escape(component bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        func percent(_ b: UInt8) {
            let hex = Array("0123456789ABCDEF".utf8)
            out.append(UInt8(ascii: "%")); out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 0xF)])
        }
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                if isSafeASCII(b) { out.append(b) } else { percent(b) }
                i += 1
                continue
            }
            let width = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0
            if width > 0, i + width <= bytes.count,
               let s = String(validating: bytes[i..<(i + width)], as: UTF8.self),
               let scalar = s.unicodeScalars.first, s.unicodeScalars.count == 1, isPrintable(scalar) {
                out.append(contentsOf: bytes[i..<(i + width)])
                i += width
            } else {
                percent(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The escaped relative path for `components`, joined with `/`.
    public static func escape(components: [[UInt8]]) -> String {
        components.map(escape(component:)).joined(separator: "/")
    }

    /// `name` with a final `.txt` replaced by `.json` (else `.json` appended).
    public static func outputName(forInput name: String) -> String {
        (name.hasSuffix(".txt") ? String(name.dropLast(4)) : name) + ".json"
    }

    static func isSafeASCII(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array(" -_.+,=@~()[]{}#!&'".utf8).contains(b)
        }
    }

    static func isPrintable(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
            return false
        default:
            return true
        }
    }
}
