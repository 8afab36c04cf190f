import Testing
@testable import Gazette

@Suite("Decoding input bytes")
struct TextDecoderTests {
    let decoder = TextDecoder()

    static func latin1(_ s: String) -> [UInt8] { s.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } }
    static let french = "Le comité a décidé, à l'unanimité, que l'élève était très doué. Où est-il ? Déjà là, près du théâtre."

    @Test("UTF-8 is read as is; a BOM is dropped; CRLF is kept")
    func utf8() throws {
        let plain = try decoder.decode(Array("Été\r\nHiver".utf8), file: "a.txt")
        #expect(plain.text == "Été\r\nHiver" && plain.encoding == "UTF-8" && plain.warnings.isEmpty)
        let bom = try decoder.decode([0xEF, 0xBB, 0xBF] + Array("Été".utf8), file: "b.txt")
        #expect(bom.text == "Été" && bom.text.unicodeScalars.count == 3)
        #expect(try decoder.decode([], file: "empty.txt").text == "")
    }

    @Test("UTF-16 and UTF-32 with a BOM", arguments: [
        ([0xFF, 0xFE] as [UInt8], "UTF-16LE"), ([0xFE, 0xFF], "UTF-16BE"), ([0xFF, 0xFE, 0, 0], "UTF-32LE"),
    ])
    func utf16(_ bom: [UInt8], _ charset: String) throws {
        let text = "Noël à Zürich 👍🏽"
        var body: [UInt8] = []
        switch charset {
        case "UTF-16LE": for u in text.utf16 { body += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        case "UTF-16BE": for u in text.utf16 { body += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        default: for s in text.unicodeScalars { body += [UInt8(s.value & 0xFF), UInt8((s.value >> 8) & 0xFF), UInt8(s.value >> 16), 0] }
        }
        let result = try decoder.decode(bom + body, file: "u.txt")
        #expect(result.text == text)
        #expect(result.encoding == charset)
    }

    @Test("Latin-1, Windows-1252 and Latin-9 French are decoded with a warning naming the charset")
    func legacy() throws {
        let latin1 = try decoder.decode(Self.latin1(Self.french), file: "latin1.txt")
        #expect(latin1.text == Self.french)
        #expect(latin1.encoding == "ISO-8859-1")
        #expect(latin1.warnings.count == 1 && latin1.warnings[0].message.contains("latin1.txt")
            && latin1.warnings[0].message.contains("ISO-8859-1"))
        // œ is 0x9C and € 0x80 in Windows-1252.
        let cp1252 = try decoder.decode(Self.encode(Self.french + " Le cœur coûte 5 €.", ["œ": 0x9C, "€": 0x80]), file: "cp1252.txt")
        #expect(cp1252.text == Self.french + " Le cœur coûte 5 €.")
        #expect(cp1252.encoding == "windows-1252")
        // œ is 0xBD in ISO-8859-15.
        let latin9 = try decoder.decode(Self.encode(Self.french + " Un cœur, une œuvre.", ["œ": 0xBD]), file: "latin9.txt")
        #expect(latin9.text == Self.french + " Un cœur, une œuvre.")
        #expect(latin9.encoding == "ISO-8859-15")
    }

    /// Latin-1 bytes of `s`, with `special` bytes for the scalars outside Latin-1.
    static func encode(_ s: String, _ special: [Unicode.Scalar: UInt8]) -> [UInt8] {
        s.unicodeScalars.map { special[$0] ?? UInt8($0.value) }
    }

    @Test("a few bad bytes in UTF-8 text are replaced, with a warning giving the offset")
    func damagedUTF8() throws {
        let bytes = Array("Élan vital, à côté de l'été. ".utf8) + [0xFF] + Array(" Fin à l'été.".utf8)
        let result = try decoder.decode(bytes, file: "damaged.txt")
        #expect(result.text.contains("\u{FFFD}"))
        #expect(result.warnings.first?.message.contains("at byte 35") ?? false)
    }

    @Test("binary content and bytes no charset fits are errors naming the file")
    func errors() throws {
        #expect(throws: GazetteError.binary(file: "img.png", offset: 4)) {
            try decoder.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], file: "img.png")
        }
        // Control bytes everywhere: not text in any charset.
        var noise: [UInt8] = []
        for i in 0..<400 { noise.append(UInt8((i * 37 + 11) % 255 + 1)) }
        #expect {
            try decoder.decode(noise, file: "noise.bin")
        } throws: { error in
            guard case let GazetteError.undecodable(file, _) = error else { return false }
            return file == "noise.bin" && "\(error)".contains("noise.bin")
        }
        // A NUL in UTF-16 text is binary too.
        #expect(throws: GazetteError.self) { try decoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00], file: "n.txt") }
    }
}

