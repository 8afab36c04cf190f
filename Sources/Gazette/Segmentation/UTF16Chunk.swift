/// A piece of a document's text in UTF-16, as ICU wants it, with the way back to scalars.
///
/// Chunks end after a line break (or, in a line longer than ``hardLimit`` code units, after
/// a space), where ICU's word and sentence rules always break, so segmenting chunk by chunk
/// gives the same boundaries as segmenting the whole text while keeping buffers small.
/// The buffers are reused from one chunk to the next.
struct UTF16Chunk {
    /// Preferred chunk size in code units; a chunk ends at the first line break after it.
    static let targetSize = 1 << 14
    /// A line longer than this is cut after a space (or, failing that, anywhere).
    static let hardLimit = 1 << 18

    /// The code units of the chunk; only the first ``count`` are meaningful.
    private(set) var units: [UInt16] = []
    /// The number of code units in the chunk.
    private(set) var count = 0
    /// Scalar offset of the chunk's first code unit in the document.
    private(set) var scalarStart = 0
    /// For each code unit, its scalar offset within the chunk; filled only when the chunk has
    /// supplementary-plane scalars (surrogate pairs), otherwise code unit = scalar.
    private var scalarOfUnit: [Int32] = []
    private var hasSurrogates = false

    @inline(__always) subscript(unit: Int) -> UInt16 { units[unit] }

    /// Decodes the next chunk of `bytes` (valid UTF-8) starting at byte `position`, which is
    /// scalar `scalar`. Returns the byte and scalar positions after the chunk.
    mutating func fill(from bytes: UnsafeBufferPointer<UInt8>, position: Int, scalar: Int) -> (position: Int, scalar: Int) {
        let needed = Self.hardLimit * 2 + 2
        if units.count < needed {
            // Not zero-filled: only the first `count` units are read, all written first, and
            // untouched pages of the buffer then cost nothing (a short document uses a few).
            units = [UInt16](unsafeUninitializedCapacity: needed) { _, initialized in initialized = needed }
        }
        scalarStart = scalar
        hasSurrogates = false
        var i = position, n = 0, scalars = 0, cutAfterSpace = false, surrogates = false
        let end = bytes.count
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        units.withUnsafeMutableBufferPointer { out in
            while i < end {
                // Eight bytes at once (up to the first non-ASCII one), while the chunk is too
                // small to stop anyway.
                if n + 8 < Self.targetSize && i + 8 <= end {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let high = word & 0x8080_8080_8080_8080
                    // Each half's four bytes spread to four 16-bit units (all eight written,
                    // the buffer has room: n + 8 < targetSize).
                    let target = UnsafeMutableRawPointer(out.baseAddress! + n)
                    target.storeBytes(of: Self.widen(word & 0xFFFF_FFFF), as: UInt64.self)
                    target.storeBytes(of: Self.widen(word >> 32), toByteOffset: 8, as: UInt64.self)
                    if high == 0 {
                        i += 8; n += 8; scalars += 8
                        continue
                    }
                    // Keep the ASCII bytes before the first longer scalar, decoded below.
                    let ascii = high.trailingZeroBitCount >> 3
                    i += ascii; n += ascii; scalars += ascii
                }
                let b0 = bytes[i]
                var cp: UInt32
                if b0 < 0x80 {
                    cp = UInt32(b0); i += 1
                } else if b0 < 0xE0 {
                    cp = (UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F); i += 2
                } else if b0 < 0xF0 {
                    cp = (UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else {
                    cp = (UInt32(b0 & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
                        | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F); i += 4
                }
                if cp < 0x10000 {
                    out[n] = UInt16(cp); n += 1
                } else {
                    let v = cp - 0x10000
                    out[n] = UInt16(0xD800 + (v >> 10)); out[n + 1] = UInt16(0xDC00 + (v & 0x3FF)); n += 2
                    surrogates = true
                }
                scalars += 1
                // Stop after a line break (CR LF stays together), once the chunk is big enough.
                if cp == 0x0A || (cp == 0x0D && (i >= end || bytes[i] != 0x0A)) {
                    if n >= Self.targetSize { break }
                } else if n >= Self.hardLimit {
                    if cp == 0x20 || cp == 0x09 { cutAfterSpace = true }
                    if cutAfterSpace || n >= 2 * Self.hardLimit { break }
                }
            }
        }
        count = n
        hasSurrogates = surrogates
        if surrogates { buildScalarMap() }
        return (i, scalar + scalars)
    }

    /// The four bytes of `x` (below 2³²) as four 16-bit lanes, first byte lowest.
    @inline(__always)
    private static func widen(_ x: UInt64) -> UInt64 {
        let pairs = (x | x << 16) & 0x0000_FFFF_0000_FFFF
        return (pairs | pairs << 8) & 0x00FF_00FF_00FF_00FF
    }

    /// Fills `scalarOfUnit` for a chunk with surrogate pairs (rare: emoji, historic scripts).
    private mutating func buildScalarMap() {
        if scalarOfUnit.count < count + 1 { scalarOfUnit = [Int32](repeating: 0, count: count + 1) }
        var s: Int32 = 0, u = 0
        while u < count {
            scalarOfUnit[u] = s
            if units[u] & 0xFC00 == 0xD800, u + 1 < count {
                scalarOfUnit[u + 1] = s
                u += 2
            } else {
                u += 1
            }
            s += 1
        }
        scalarOfUnit[count] = s
    }

    /// Calls `body` with the chunk's code units and their mapping to document scalars.
    func withUnits<R>(_ body: (UnsafeBufferPointer<UInt16>, ScalarMapping) throws -> R) rethrows -> R {
        try units.withUnsafeBufferPointer { u in
            if hasSurrogates {
                return try scalarOfUnit.withUnsafeBufferPointer { map in
                    try body(UnsafeBufferPointer(rebasing: u[0..<count]), ScalarMapping(base: scalarStart, map: map))
                }
            }
            return try body(UnsafeBufferPointer(rebasing: u[0..<count]), ScalarMapping(base: scalarStart, map: nil))
        }
    }
}

/// Maps a chunk's UTF-16 offsets to document scalar offsets; valid inside
/// ``UTF16Chunk/withUnits(_:)`` only.
struct ScalarMapping {
    /// Scalar offset of the chunk's first code unit.
    let base: Int
    /// Scalar offset within the chunk of each code unit, when the chunk has surrogate pairs.
    let map: UnsafeBufferPointer<Int32>?

    @inline(__always) func scalar(at unit: Int) -> Int {
        if let map { return base &+ Int(map[unit]) }
        return base &+ unit
    }
}
