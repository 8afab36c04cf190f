import Testing
@testable import Gazette

@Suite("UTF-16 chunks")
struct UTF16ChunkTests {
    /// Texts whose non-ASCII scalars (2, 3 and 4 UTF-8 bytes) fall at every position of an
    /// 8-byte block, after ASCII runs of every length, with line breaks among them.
    static let texts: [String] = {
        var texts = ["", "ASCII seulement, sans accent.\n", String(repeating: "abcdefgé日本👍 x\n", count: 40)]
        for ascii in 0..<10 {
            for scalar in ["é", "€", "👍🏽", "\u{301}"] {
                let line = String(repeating: "a", count: ascii) + scalar + "bcdefghij klm\r\n"
                texts.append(String(repeating: line, count: 30))
            }
        }
        return texts
    }()

    @Test("chunks hold the text's UTF-16 and map each unit to its scalar", arguments: texts)
    func units(_ string: String) {
        let text = DocumentText(string)
        var chunk = UTF16Chunk()
        var units: [UInt16] = [], scalarOfUnit: [Int] = []
        text.withUTF8 { bytes in
            var position = 0, scalar = 0
            while position < bytes.count {
                (position, scalar) = chunk.fill(from: bytes, position: position, scalar: scalar)
                chunk.withUnits { u, mapping in
                    units += u
                    for i in 0..<u.count { scalarOfUnit.append(mapping.scalar(at: i)) }
                }
            }
        }
        #expect(units == Array(string.utf16))
        var expected: [Int] = []
        for (i, s) in string.unicodeScalars.enumerated() { expected += [Int](repeating: i, count: String(s).utf16.count) }
        #expect(scalarOfUnit == expected)
    }
}

@Suite("Word sets")
struct WordSetTests {
    @Test("look-ups fold case and apostrophes; mayStart rejects only impossible first units")
    func lookups() {
        let set = WordSet(["lorsqu", "d", "aujourd'hui"], folded: true)
        let word = Array("Aujourd’hui".utf16)
        word.withUnsafeBufferPointer { u in
            #expect(set.contains(u, 0..<u.count))
            #expect(!set.contains(u, 0..<7))
        }
        for c in "lLdDaA".utf16 { #expect(set.mayStart(with: c)) }
        for c in "xyzé".utf16 { #expect(!set.mayStart(with: c)) }
    }
}
