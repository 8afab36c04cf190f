/// The matching view of a document: the full folding (``TextFolder``) of every token, laid
/// end to end, with an offset map from tokens to the view.
///
/// Between two tokens the view holds one space when the text has white space between them,
/// nothing when they touch (`AT` `&` `T` → `at&t`), and a NUL byte (which no name contains)
/// at a paragraph break (two or more line breaks), so that no match crosses paragraphs.
/// Token `k` is `bytes[starts[k] ..< ends[k]]`; the map back to the text goes through the
/// token layer, whose spans are in Unicode scalars.
struct FoldedTokens {
    let bytes: [UInt8]
    let starts: [Int32]
    let ends: [Int32]

    init(text: DocumentText, tokens: TokenLayer, folder: TextFolder = .shared) {
        let n = tokens.count
        var starts = [Int32](repeating: 0, count: n)
        var ends = [Int32](repeating: 0, count: n)
        // Each scalar folds to at most maxFoldedBytes bytes, plus one separator per token; the
        // buffer is trimmed to what was written (untouched pages cost no memory).
        let capacity = text.scalarCount * TextFolder.maxFoldedBytes / 4 + text.utf8Count + n + TextFolder.maxFoldedBytes
        var written = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { out, initialized in
            text.withUTF8 { utf8 in
            starts.withUnsafeMutableBufferPointer { starts in
            ends.withUnsafeMutableBufferPointer { ends in
                let p = out.baseAddress!
                var at = 0
                var byte = 0, scalar = 0
                var previousEnd = -1
                for k in 0..<n {
                    let token = tokens[k]
                    var newlines = 0
                    let gap = scalar < token.start
                    while scalar < token.start {
                        if utf8[byte] == 0x0A { newlines += 1 }
                        let b = utf8[byte]
                        byte += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                        scalar += 1
                    }
                    if previousEnd >= 0 {
                        if newlines >= 2 { p[at] = 0; at += 1 } else if gap { p[at] = 0x20; at += 1 }
                    }
                    starts[k] = Int32(at)
                    while scalar < token.end {
                        // Stay within capacity even for pathological expansions.
                        if at + TextFolder.maxFoldedBytes >= capacity { break }
                        let b0 = UInt32(utf8[byte])
                        let value: UInt32
                        if b0 < 0x80 {
                            value = b0; byte += 1
                        } else if b0 < 0xE0 {
                            value = (b0 & 0x1F) << 6 | UInt32(utf8[byte + 1] & 0x3F); byte += 2
                        } else if b0 < 0xF0 {
                            value = (b0 & 0x0F) << 12 | UInt32(utf8[byte + 1] & 0x3F) << 6 | UInt32(utf8[byte + 2] & 0x3F); byte += 3
                        } else {
                            value = (b0 & 0x07) << 18 | UInt32(utf8[byte + 1] & 0x3F) << 12 | UInt32(utf8[byte + 2] & 0x3F) << 6
                                | UInt32(utf8[byte + 3] & 0x3F); byte += 4
                        }
                        scalar += 1
                        folder.writeFull(value, to: p, at: &at)
                    }
                    while scalar < token.end {   // only after a capacity break
                        let b = utf8[byte]
                        byte += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                        scalar += 1
                    }
                    ends[k] = Int32(at)
                    previousEnd = token.end
                }
                written = at
            }}}
            initialized = written
        }
        self.bytes = bytes
        self.starts = starts
        self.ends = ends
    }
}
