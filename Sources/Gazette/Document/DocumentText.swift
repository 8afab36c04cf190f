/// The immutable text of a document with its offset maps, built once.
///
/// Offsets are Unicode scalars (the project's one unit). The text keeps every scalar as
/// decoded: no newline or whitespace normalisation. Conversions to UTF-8, UTF-16 and
/// `String.Index` go through checkpoints taken every ``checkpointStride`` scalars, so each is
/// O(stride) at worst and O(1) when the text is ASCII (UTF-8) or has no supplementary-plane
/// scalars (UTF-16). Thread-safe: immutable after init.
public final class DocumentText: Sendable {
    /// Scalars between two checkpoints.
    public static let checkpointStride = 64

    /// The text.
    public let string: String
    /// The number of Unicode scalars.
    public let scalarCount: Int
    /// The number of UTF-8 bytes.
    public let utf8Count: Int
    /// The number of UTF-16 code units.
    public let utf16Count: Int

    // checkpoints[i] = (utf8 offset, utf16 offset) of scalar i * stride
    private let utf8Checkpoints: [Int32]
    private let utf16Checkpoints: [Int32]

    /// Builds the maps of `string`: from checkpoint to checkpoint, eight bytes at a time
    /// (a block holds as many scalar starts as bytes that are not continuation bytes,
    /// `10xxxxxx`); UTF-16 offsets add one unit per four-byte scalar (lead byte `11110xxx`).
    public init(_ string: String) {
        var string = string
        string.makeContiguousUTF8()
        self.string = string
        let stride = Self.checkpointStride
        var u8: [Int32] = [], u16: [Int32] = []
        var scalars = 0, utf16 = 0, utf8 = 0
        string.utf8.withContiguousStorageIfAvailable { bytes in
            let n = bytes.count
            u8.reserveCapacity(n / stride + 2)
            u16.reserveCapacity(n / stride + 2)
            let raw = UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!)
            let high: UInt64 = 0x8080_8080_8080_8080
            var byte = 0
            while byte < n {
                u8.append(Int32(truncatingIfNeeded: byte))
                u16.append(Int32(truncatingIfNeeded: utf16))
                var remaining = stride, astral = 0
                // While eight scalars or more remain, a block starts no more than are left.
                while remaining >= 8 && byte + 8 <= n {
                    let w = raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
                    remaining -= 8 - Self.countTopBits(w & ~(w << 1) & high)
                    astral += Self.countTopBits(w & (w << 1) & (w << 2) & (w << 3) & high)
                    byte += 8
                }
                // The rest scalar by scalar (a block may have ended inside one).
                while byte < n && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                while remaining > 0 && byte < n {
                    if bytes[byte] >= 0xF0 { astral += 1 }
                    byte += 1
                    remaining -= 1
                    while byte < n && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                }
                let counted = stride - remaining
                scalars += counted
                utf16 += counted + astral
            }
            utf8 = n
        }
        u8.append(Int32(truncatingIfNeeded: utf8))
        u16.append(Int32(truncatingIfNeeded: utf16))
        scalarCount = scalars
        utf8Count = utf8
        utf16Count = utf16
        utf8Checkpoints = u8
        utf16Checkpoints = u16
    }

    /// Whether every scalar is ASCII, so that scalar and UTF-8 offsets coincide.
    public var isASCII: Bool { utf8Count == scalarCount }
    /// Whether no scalar needs a surrogate pair, so that scalar and UTF-16 offsets coincide.
    public var isBMP: Bool { utf16Count == scalarCount }

    /// The UTF-8 offset of scalar offset `scalar` (`0...scalarCount`).
    public func utf8Offset(ofScalar scalar: Int) -> Int {
        precondition(scalar >= 0 && scalar <= scalarCount, "scalar offset \(scalar) outside 0...\(scalarCount)")
        if isASCII { return scalar }
        if scalar == scalarCount { return utf8Count }
        let c = scalar / Self.checkpointStride
        let checkpoint = Int(utf8Checkpoints[c])
        return string.utf8.withContiguousStorageIfAvailable { bytes in
            Self.advance(bytes, from: checkpoint, scalars: scalar - c * Self.checkpointStride)
        }!
    }

    /// The number of bytes of `mask` (only their top bits set) whose top bit is set: their sum
    /// by one multiplication, as the baseline x86-64 target has no population count
    /// instruction (`nonzeroBitCount` takes a dozen instructions there).
    @inline(__always)
    static func countTopBits(_ mask: UInt64) -> Int {
        Int(truncatingIfNeeded: ((mask >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }

    /// The byte offset `count` scalars after byte `from` (the first byte of a scalar) of the
    /// valid UTF-8 `bytes`. Eight bytes at a time while at least eight scalars remain: a block
    /// starts as many scalars as it has bytes that are not continuation bytes (`10xxxxxx`).
    @inline(__always)
    static func advance(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, scalars count: Int) -> Int {
        var byte = from, remaining = count
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        while remaining >= 8 && byte + 8 <= bytes.count {
            let w = raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
            remaining -= 8 - countTopBits(w & ~(w << 1) & 0x8080_8080_8080_8080)
            byte += 8
        }
        // A block may end inside a scalar: skip its continuation bytes, then whole scalars.
        while true {
            while byte < bytes.count && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
            if remaining == 0 { return byte }
            byte += 1
            remaining -= 1
        }
    }

    /// The UTF-16 offset of scalar offset `scalar` (`0...scalarCount`).
    public func utf16Offset(ofScalar scalar: Int) -> Int {
        precondition(scalar >= 0 && scalar <= scalarCount, "scalar offset \(scalar) outside 0...\(scalarCount)")
        if isBMP { return scalar }
        if scalar == scalarCount { return utf16Count }
        let c = scalar / Self.checkpointStride
        var offset = Int(utf16Checkpoints[c])
        var byte = Int(utf8Checkpoints[c])
        var remaining = scalar - c * Self.checkpointStride
        string.utf8.withContiguousStorageIfAvailable { bytes in
            while remaining > 0 {
                let b = bytes[byte]
                byte += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                offset += b >= 0xF0 ? 2 : 1
                remaining -= 1
            }
        }
        return offset
    }

    /// The scalar offset at UTF-8 offset `utf8` (which must start a scalar or be the end).
    public func scalarOffset(ofUTF8 utf8: Int) -> Int {
        precondition(utf8 >= 0 && utf8 <= utf8Count, "UTF-8 offset \(utf8) outside 0...\(utf8Count)")
        if isASCII { return utf8 }
        // Last checkpoint at or before utf8.
        var lo = 0, hi = utf8Checkpoints.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(utf8Checkpoints[mid]) <= utf8 { lo = mid } else { hi = mid - 1 }
        }
        if lo == utf8Checkpoints.count - 1 { return scalarCount }
        var scalar = lo * Self.checkpointStride
        var byte = Int(utf8Checkpoints[lo])
        string.utf8.withContiguousStorageIfAvailable { bytes in
            while byte < utf8 {
                let b = bytes[byte]
                byte += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                scalar += 1
            }
        }
        return scalar
    }

    /// The `String.Index` of scalar offset `scalar`.
    public func index(ofScalar scalar: Int) -> String.Index {
        let utf8 = string.utf8
        return utf8.index(utf8.startIndex, offsetBy: utf8Offset(ofScalar: scalar))
    }

    /// The scalar offset of a `String.Index` of this text (rounded down to its scalar).
    public func scalarOffset(of index: String.Index) -> Int {
        let utf8 = string.utf8
        return scalarOffset(ofUTF8: utf8.distance(from: utf8.startIndex, to: index))
    }

    /// The text covered by `span`.
    public subscript(span: Span) -> Substring {
        string[index(ofScalar: span.start)..<index(ofScalar: span.end)]
    }

    /// Calls `body` with the UTF-8 bytes of `span`: its start through the checkpoints, its end
    /// walked from there (spans are short), no `String.Index`.
    func withUTF8<R>(of span: Span, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = utf8Offset(ofScalar: span.start)
        return try withUTF8 { bytes in
            let end = isASCII ? span.end : Self.advance(bytes, from: start, scalars: span.length)
            return try body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }

    /// Calls `body` with the UTF-8 bytes of the text.
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var copy = string
        return try copy.withUTF8(body)
    }
}
