import Testing
@testable import Gazette

/// `UTF8Text` accepts exactly what the standard library accepts, and makes the same string.
@Suite struct UTF8TextTests {
    func same(_ bytes: [UInt8]) -> Bool {
        let expected = String(validating: bytes, as: UTF8.self)
        let got = bytes.withUnsafeBufferPointer { UTF8Text.string($0) }
        guard got == expected else { return false }
        if let got { return Array(got.utf8) == bytes }
        return true
    }

    @Test func everyOneAndTwoByteSequence() {
        var mismatches = 0
        for a in 0...255 {
            if !same([UInt8(a)]) { mismatches += 1 }
            for b in 0...255 where !same([UInt8(a), UInt8(b)]) { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    @Test func everyLeadWithBoundaryContinuations() {
        // Each lead byte with second bytes at and around every boundary of table 3-7, and
        // sequences cut short, inside and after ASCII runs of every length up to 17.
        let seconds: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        var mismatches = 0
        for lead in 0x80...0xFF {
            for second in seconds {
                for tail: [UInt8] in [[], [0x80], [0x80, 0x80], [0xBF, 0xBF], [0x41], [0x80, 0x41]] {
                    let sequence = [UInt8(lead), second] + tail
                    for pad in 0...17 {
                        let ascii = [UInt8](repeating: 0x61, count: pad)
                        for bytes in [ascii + sequence, sequence + ascii, ascii + sequence + ascii] where !same(bytes) {
                            mismatches += 1
                        }
                    }
                }
            }
        }
        #expect(mismatches == 0)
    }

    @Test func randomMixes() {
        var state: UInt64 = 7
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let pieces: [[UInt8]] = [Array("é".utf8), Array("€".utf8), Array("𝄞".utf8), Array("abcdefgh".utf8), [0x20],
                                 [0xC3], [0xE2, 0x82], [0xF0, 0x9D, 0x84], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]
        var mismatches = 0
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(next() % 12) { bytes += pieces[Int(next() % UInt64(pieces.count))] }
            if !same(bytes) { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    @Test func asciiFlagAndEmpty() {
        #expect([UInt8]().withUnsafeBufferPointer { UTF8Text.check($0) } == true)
        #expect(Array("plain ASCII text, long enough".utf8).withUnsafeBufferPointer { UTF8Text.check($0) } == true)
        #expect(Array("déjà".utf8).withUnsafeBufferPointer { UTF8Text.check($0) } == false)
        #expect([UInt8]().withUnsafeBufferPointer { UTF8Text.string($0) } == "")
    }
}
