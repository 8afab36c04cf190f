/// Reads the scalars of a document text by scalar offset, moving a cursor over its UTF-8.
///
/// Look-ups near the previous one (the common case when rules walk a text in order) cost the
/// distance between them; far jumps go through the text's checkpoints. Valid only inside the
/// `DocumentText.withUTF8` call that provided `bytes`.
struct ScalarCursor {
    let text: DocumentText
    let bytes: UnsafeBufferPointer<UInt8>
    private var scalar = 0
    private var byte = 0

    init(text: DocumentText, bytes: UnsafeBufferPointer<UInt8>) {
        self.text = text
        self.bytes = bytes
    }

    /// The scalar at `offset`, or nil outside the text.
    mutating func scalar(at offset: Int) -> Unicode.Scalar? {
        guard offset >= 0 && offset < text.scalarCount else { return nil }
        move(to: offset)
        let b0 = bytes[byte]
        let value: UInt32
        if b0 < 0x80 {
            value = UInt32(b0)
        } else if b0 < 0xE0 {
            value = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[byte + 1] & 0x3F)
        } else if b0 < 0xF0 {
            value = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[byte + 1] & 0x3F) << 6 | UInt32(bytes[byte + 2] & 0x3F)
        } else {
            value = UInt32(b0 & 0x07) << 18 | UInt32(bytes[byte + 1] & 0x3F) << 12
                | UInt32(bytes[byte + 2] & 0x3F) << 6 | UInt32(bytes[byte + 3] & 0x3F)
        }
        return Unicode.Scalar(value)
    }

    /// The text of `span`.
    mutating func string(_ span: Span) -> String {
        move(to: span.start)
        let start = byte
        move(to: span.end)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<byte]), as: UTF8.self)
    }

    private mutating func move(to offset: Int) {
        if text.isASCII { scalar = offset; byte = offset; return }
        if offset < scalar || offset - scalar > 2 * DocumentText.checkpointStride {
            scalar = offset
            byte = text.utf8Offset(ofScalar: offset)
            return
        }
        byte = DocumentText.advance(bytes, from: byte, scalars: offset - scalar)
        scalar = offset
    }
}
