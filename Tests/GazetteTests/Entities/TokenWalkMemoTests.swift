import Testing
@testable import Gazette

@Suite struct TokenWalkMemoTests {
    /// The key words of every length, read in one load (room after the key) and byte by byte
    /// (the key at the end of the buffer), are the same little-endian bytes, zero past the length.
    @Test(arguments: 1...TokenWalkMemo.maxKeyBytes)
    func keyWords(length: Int) {
        let word = Array("abcdefghijklmnopqrstuvwxyz".utf8.prefix(length))
        var w0: UInt64 = 0, w1: UInt64 = 0
        for (k, b) in word.enumerated() {
            if k < 8 { w0 |= UInt64(b) << UInt64(8 * k) } else { w1 |= UInt64(b) << UInt64(8 * (k - 8)) }
        }
        let roomy = word + Array(repeating: UInt8(ascii: "z"), count: 20)
        let atEnd = Array(repeating: UInt8(ascii: "z"), count: 3) + word
        let fromRoomy = roomy.withUnsafeBufferPointer { TokenWalkMemo.key($0, from: 0, length: length) }
        let fromEnd = atEnd.withUnsafeBufferPointer { TokenWalkMemo.key($0, from: 3, length: length) }
        #expect(fromRoomy.0 == w0 && fromRoomy.1 == w1)
        #expect(fromEnd.0 == w0 && fromEnd.1 == w1)
    }

    /// Sizes are powers of two, small for small documents, capped for large ones, and slots
    /// stay within the table.
    @Test(arguments: [0, 10, 1_000, 100_000, 10_000_000])
    func sizes(tokens: Int) {
        let memo = TokenWalkMemo(tokenCount: tokens)
        let count = memo.slots.count
        #expect(count & (count - 1) == 0)
        #expect(count >= 64 && count <= TokenWalkMemo.maxSlots)
        #expect(count <= max(64, 2 * tokens))
        for h: UInt64 in [0, 1, 0xFFFF_FFFF_FFFF_FFFF, 0x1234_5678_9ABC_DEF0] {
            #expect((0..<count).contains(TokenWalkMemo.slot(h, shift: memo.shift)))
        }
    }

    /// A word met again (answered by the memo) matches as it did the first time, whatever
    /// follows it: a space and a word, punctuation, a paragraph break, the end of the text.
    @Test(arguments: [
        "Le Monde écrit que le monde change.",
        "le Rassemblement National, le RN, pas rn",
        "OpenAIs et OpenAI. Page, Pageé; GPT-4, GPT-45",
        "aux Etats-Unis\n\nà Tours",
        "le Nouveau Front Populaire et le nouveau front",
    ])
    func repeatedText(text: String) throws {
        let once = described(try recognize(text, gazetteer: fixtureGazetteer), in: text)
        let thrice = text + " " + text + "\n\n" + text
        let again = described(try recognize(thrice, gazetteer: fixtureGazetteer), in: thrice)
        #expect(!once.isEmpty)
        #expect(again == once + once + once)
    }
}
