import CSHA256

/// SHA-256 (FIPS 180-4), for the `sha256` of input bytes in records and manifests.
///
/// Whole blocks go through the processor's SHA instructions when it has them (x86-64 SHA-NI,
/// `CSHA256`: about ten times faster, a few percent of `ingest`'s time on a large file), and
/// through the Swift rounds below otherwise.
public struct SHA256 {
    /// Whether the processor's SHA instructions are used.
    static let hardware = gz_sha256_hardware() != 0
    /// Whether this hash uses them (tests turn them off to compare both paths).
    var usesHardware = SHA256.hardware

    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
        (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
    private var buffer = [UInt8]()
    private var length: UInt64 = 0

    /// The round constants, from `CSHA256`.
    private static let k: [UInt32] = withUnsafeBytes(of: gz_sha256_k) { Array($0.bindMemory(to: UInt32.self)) }

    public init() { buffer.reserveCapacity(64) }

    /// The lowercase hex digest of `bytes`.
    public static func hex(of bytes: UnsafeBufferPointer<UInt8>) -> String {
        var h = SHA256()
        h.update(bytes)
        return h.finalizeHex()
    }

    /// The lowercase hex digest of `bytes`.
    public static func hex(of bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { hex(of: $0) }
    }

    /// Adds bytes to the message.
    public mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        length += UInt64(bytes.count)
        var i = 0
        if !buffer.isEmpty {
            while i < bytes.count && buffer.count < 64 { buffer.append(bytes[i]); i += 1 }
            if buffer.count == 64 {
                buffer.withUnsafeBufferPointer { compress($0.baseAddress!) }
                buffer.removeAll(keepingCapacity: true)
            }
        }
        let blocks = (bytes.count - i) / 64
        if usesHardware && blocks > 0 {
            withUnsafeMutableBytes(of: &state) { raw in
                gz_sha256_blocks(raw.baseAddress!.assumingMemoryBound(to: UInt32.self), bytes.baseAddress! + i, blocks)
            }
            i += 64 * blocks
        }
        while i + 64 <= bytes.count {
            compress(bytes.baseAddress! + i)
            i += 64
        }
        while i < bytes.count { buffer.append(bytes[i]); i += 1 }
    }

    /// Pads the message and returns the digest as lowercase hex.
    public mutating func finalizeHex() -> String {
        let bitLength = length &* 8
        var pad: [UInt8] = [0x80]
        let rem = (buffer.count + 1) % 64
        pad.append(contentsOf: repeatElement(0, count: rem <= 56 ? 56 - rem : 120 - rem))
        for s in stride(from: 56, through: 0, by: -8) { pad.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(s))) }
        let saved = length
        pad.withUnsafeBufferPointer { update($0) }
        length = saved
        let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for w in words {
            for s in stride(from: 28, through: 0, by: -4) { out.append(digits[Int((w >> UInt32(s)) & 0xF)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func compress(_ p: UnsafePointer<UInt8>) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            for t in 0..<16 {
                w[t] = UInt32(p[4 * t]) << 24 | UInt32(p[4 * t + 1]) << 16 | UInt32(p[4 * t + 2]) << 8 | UInt32(p[4 * t + 3])
            }
            for t in 16..<64 {
                let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = state
            Self.k.withUnsafeBufferPointer { k in
                for t in 0..<64 {
                    let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                    let ch = (e & f) ^ (~e & g)
                    let t1 = h &+ s1 &+ ch &+ k[t] &+ w[t]
                    let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                    let maj = (a & b) ^ (a & c) ^ (b & c)
                    let t2 = s0 &+ maj
                    h = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
                }
            }
            state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h)
        }
    }

    @inline(__always) private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
