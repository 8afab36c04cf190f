/// The matching view of a document: the full folding (``TextFolder``) of every token, laid
/// end to end, with an offset map from tokens to the view.
///
/// Between two tokens the view holds one space when the text has white space between them,
/// nothing when they touch (`AT` `&` `T` → `at&t`), and a NUL byte (which no name contains)
/// at a paragraph break (two or more line breaks), so that no match crosses paragraphs.
/// Token `k` is `bytes[starts[k] ..< ends[k]]`; the map back to the text goes through the
/// token layer, whose spans are in Unicode scalars.
struct FoldedTokens {
    var bytes: [UInt8] = []
    var starts: [Int32] = []
    var ends: [Int32] = []

    init(text: DocumentText, tokens: TokenLayer, folder: TextFolder = .shared) {
        let n = tokens.count
        starts.reserveCapacity(n)
        ends.reserveCapacity(n)
        bytes.reserveCapacity(text.utf8Count + n)
        text.withUTF8 { utf8 in
            var byte = 0, scalar = 0
            var previousEnd = -1
            @inline(__always) func next() -> UInt32 {
                let b0 = UInt32(utf8[byte])
                scalar += 1
                if b0 < 0x80 { byte += 1; return b0 }
                if b0 < 0xE0 {
                    defer { byte += 2 }
                    return (b0 & 0x1F) << 6 | UInt32(utf8[byte + 1] & 0x3F)
                }
                if b0 < 0xF0 {
                    defer { byte += 3 }
                    return (b0 & 0x0F) << 12 | UInt32(utf8[byte + 1] & 0x3F) << 6 | UInt32(utf8[byte + 2] & 0x3F)
                }
                defer { byte += 4 }
                return (b0 & 0x07) << 18 | UInt32(utf8[byte + 1] & 0x3F) << 12 | UInt32(utf8[byte + 2] & 0x3F) << 6
                    | UInt32(utf8[byte + 3] & 0x3F)
            }
            for k in 0..<n {
                let token = tokens[k]
                var newlines = 0
                let gap = scalar < token.start
                while scalar < token.start {
                    if next() == 0x0A { newlines += 1 }
                }
                if previousEnd >= 0 {
                    if newlines >= 2 { bytes.append(0) } else if gap { bytes.append(0x20) }
                }
                starts.append(Int32(bytes.count))
                while scalar < token.end { folder.append(next(), mode: .full, to: &bytes) }
                ends.append(Int32(bytes.count))
                previousEnd = token.end
            }
        }
    }
}
