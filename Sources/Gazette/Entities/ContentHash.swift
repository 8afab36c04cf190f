/// A fast 128-bit content hash (two independent 64-bit multiply-xorshift lanes over 8-byte
/// words) for naming cache files. Not cryptographic: it tells apart contents that differ,
/// which is all a cache key needs.
public struct ContentHash: Sendable {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0

    /// An empty hash.
    public init() {}

    @inline(__always)
    private static func mix(_ h: UInt64, _ w: UInt64, _ k: UInt64) -> UInt64 {
        var x = (h ^ w) &* k
        x ^= x >> 29
        return x
    }

    /// Adds `bytes` (then their length, so that concatenations differ).
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            let w = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            a = Self.mix(a, w, 0xFF51_AFD7_ED55_8CCD)
            b = Self.mix(b, w &+ 0x1234_5678, 0xC4CE_B9FE_1A85_EC53)
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n { tail |= UInt64(bytes[i]) << shift; shift += 8; i += 1 }
        a = Self.mix(a, tail ^ UInt64(n), 0xFF51_AFD7_ED55_8CCD)
        b = Self.mix(b, tail &+ UInt64(n), 0xC4CE_B9FE_1A85_EC53)
        length &+= UInt64(n)
    }

    /// Adds the UTF-8 of `string`.
    public mutating func update(_ string: String) {
        var s = string
        s.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }

    /// The hash as 32 lowercase hex digits.
    public var hex: String {
        let fa = Self.mix(a, length, 0x9E37_79B9_7F4A_7C15), fb = Self.mix(b, length, 0xD6E8_FEB8_6659_FD93)
        func h(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return h(fa) + h(fb)
    }

    /// A 64-bit hash of a string (for id tables).
    public static func hash64(_ string: String) -> UInt64 {
        var h = ContentHash()
        h.update(string)
        return Self.mix(h.a, h.b, 0x9E37_79B9_7F4A_7C15)
    }
}
