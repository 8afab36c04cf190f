/// Writes JSON straight into a byte buffer: no intermediate values, escaping done right
/// (RFC 8259: `"` `\` and control characters escaped, everything else as UTF-8).
///
/// The caller writes object keys in the order it wants; record writers write them sorted,
/// so that output is byte-for-byte deterministic.
public struct JSONWriter {
    /// The bytes written so far.
    public var bytes: [UInt8] { out.array }
    /// The number of bytes written so far.
    public var count: Int { out.count }
    /// Where the bytes go; copied before a write when another writer shares it.
    private var out: ByteBuffer
    private var needsComma = false
    private let pretty: Bool
    private var depth = 0

    /// A writer; `pretty` indents with two spaces.
    public init(pretty: Bool = false, capacity: Int = 4096) {
        self.pretty = pretty
        out = ByteBuffer(capacity: capacity)
    }

    /// Clears the buffer, keeping its capacity.
    public mutating func reset() {
        unique()
        out.removeAll()
        needsComma = false
        pendingValue = false
        depth = 0
    }

    /// Gives this writer a buffer of its own before it writes (value semantics).
    @inline(__always)
    private mutating func unique() {
        if _slowPath(!isKnownUniquelyReferenced(&out)) { out = out.copy() }
    }

    public mutating func beginObject() { separate(); out.append(UInt8(ascii: "{")); depth += 1; needsComma = false }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { separate(); out.append(UInt8(ascii: "[")); depth += 1; needsComma = false }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes an object key; the value must follow.
    public mutating func key(_ k: String) {
        separate()
        writeString(k)
        out.append(UInt8(ascii: ":"))
        if pretty { out.append(UInt8(ascii: " ")) }
        needsComma = false
        pendingValue = true
    }

    public mutating func string(_ s: String) { separate(); writeString(s) }
    public mutating func string(_ s: Substring) { separate(); writeString(s) }
    /// Writes the text of `span` (``DocumentText/withUTF8(of:_:)``), without a `Substring`.
    mutating func string(_ span: Span, in text: DocumentText) {
        separate()
        out.append(UInt8(ascii: "\""))
        text.withUTF8(of: span) { appendEscaped($0) }
        out.append(UInt8(ascii: "\""))
    }
    public mutating func int(_ v: Int) { separate(); appendDecimal(v) }
    public mutating func bool(_ v: Bool) { separate(); out.append(contentsOf: (v ? "true" : "false").utf8) }
    public mutating func null() { separate(); out.append(contentsOf: "null".utf8) }

    /// A number with up to `digits` decimals, trailing zeros removed (`0.8`, `1`).
    public mutating func double(_ v: Double, digits: Int = 4) {
        separate()
        guard v.isFinite else { out.append(contentsOf: "null".utf8); return }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(v) * scale).rounded()
        if v < 0 && scaled > 0 { out.append(UInt8(ascii: "-")) }
        let whole = Int(scaled / scale)
        var frac = Int(scaled - Double(whole) * scale)
        appendDecimal(whole)
        if frac > 0 {
            var width = digits
            while frac % 10 == 0 { frac /= 10; width -= 1 }
            out.append(UInt8(ascii: "."))
            var s = Array(String(frac).utf8)
            while s.count < width { s.insert(UInt8(ascii: "0"), at: 0) }
            out.append(contentsOf: s)
        }
    }

    /// Convenience: `"key": "value"`.
    public mutating func field(_ k: String, _ v: String) { key(k); string(v) }
    /// Convenience: `"key": 12`.
    public mutating func field(_ k: String, _ v: Int) { key(k); int(v) }
    /// Convenience: `"key": "value"` or `"key": null`.
    public mutating func field(_ k: String, _ v: String?) { key(k); if let v { string(v) } else { null() } }

    // MARK: - Internals

    private var pendingValue = false

    private mutating func separate() {
        unique()
        if pendingValue { pendingValue = false; needsComma = true; return }
        if needsComma { out.append(UInt8(ascii: ",")) }
        if pretty && depth > 0 { newline() }
        needsComma = true
    }

    private mutating func close(_ c: UInt8) {
        unique()
        depth -= 1
        if pretty && needsComma { newline() }
        out.append(c)
        needsComma = true
    }

    /// A line break and 16 levels of indentation, copied in one piece (a constant: no
    /// lazy global to check).
    private static let indentation: StaticString = "\n                                "

    private mutating func newline() {
        let levels = min(depth, (Self.indentation.utf8CodeUnitCount - 1) / 2)
        out.append(UnsafeBufferPointer(start: Self.indentation.utf8Start, count: 1 + 2 * levels))
        for _ in levels..<depth { out.append(UInt8(ascii: " ")); out.append(UInt8(ascii: " ")) }
    }

    private mutating func appendDecimal(_ v: Int) {
        if v < 0 { out.append(UInt8(ascii: "-")) }
        var m = v.magnitude
        if m == 0 { out.append(UInt8(ascii: "0")); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while m > 0 { d[n] = UInt8(ascii: "0") + UInt8(m % 10); m /= 10; n += 1 }
            while n > 0 { n -= 1; out.append(d[n]) }
        }
    }

    private mutating func writeString<S: StringProtocol>(_ s: S) {
        out.append(UInt8(ascii: "\""))
        if s.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            var copy = String(s)
            copy.withUTF8 { appendEscaped($0) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// ``isPlain(_:)`` of every byte value, for long strings.
    private static let plainBytes: [Bool] = (0..<256).map { isPlain(UInt8($0)) }

    /// Whether byte `b` goes into a JSON string as it is (not a control character, `"`, `\`,
    /// DEL, or `EF`, the first byte of U+FEFF): by arithmetic, for short strings (no table to
    /// load).
    @inline(__always)
    private static func isPlain(_ b: UInt8) -> Bool {
        if b >= 0x80 { return b != 0xEF }
        let bits: UInt64 = b < 0x40 ? 0xFFFF_FFFB_0000_0000 : 0x7FFF_FFFF_EFFF_FFFF
        return (bits >> UInt64(b & 63)) & 1 != 0
    }

    /// Appends UTF-8 `u` escaped for a JSON string: runs that need no escape are copied whole.
    private mutating func appendEscaped(_ u: UnsafeBufferPointer<UInt8>) {
        // Short strings (keys, codes, identifiers) are nearly always plain: checked, then copied.
        if u.count <= 32 {
            var plain = true
            for b in u where !Self.isPlain(b) { plain = false; break }
            if plain { out.append(u); return }
        }
        var run = 0, i = 0
        while i < u.count {
            i = Self.plainBytes.withUnsafeBufferPointer { plain in
                var k = i
                while k < u.count && plain[Int(u[k])] { k += 1 }
                return k
            }
            if i == u.count { break }
            let b = u[i]
            out.append(UnsafeBufferPointer(rebasing: u[run..<i]))
            i += 1
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(b)
            case 0x0A: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
            case 0xEF where i + 1 < u.count && u[i] == 0xBB && u[i + 1] == 0xBF:
                // U+FEFF escaped: swift-corelibs-foundation's JSON parser drops it raw at the
                // start of a string (`"\u{FEFF}…"`), and a reader may take it for a BOM.
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "f"), UInt8(ascii: "e"),
                                          UInt8(ascii: "f"), UInt8(ascii: "f")])
                i += 2
            case 0xEF: out.append(b)
            default:
                // Other control characters and DEL.
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                          hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            }
            run = i
        }
        out.append(UnsafeBufferPointer(rebasing: u[run..<i]))
    }
}
