import Foundation
import Testing
@testable import Gazette

@Suite("Output: SHA-256, JSON, records")
struct OutputTests {
    @Test("SHA-256 known answers", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256(_ input: String, _ digest: String) {
        #expect(SHA256.hex(of: Array(input.utf8)) == digest)
    }

    @Test("SHA-256 of a million bytes fed in odd pieces")
    func sha256Streaming() {
        var h = SHA256()
        let a = [UInt8](repeating: 0x61, count: 1_000_000)
        var i = 0
        while i < a.count {
            let n = min(a.count - i, 1 + (i % 97))
            a[i..<(i + n)].withUnsafeBufferPointer { h.update($0) }
            i += n
        }
        #expect(h.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("SHA-256 with and without the processor's SHA instructions agree", arguments: [0, 1, 63, 64, 65, 1000, 4096, 100_003])
    func sha256Paths(_ count: Int) {
        // Bytes from a small linear congruential generator: every value, no pattern per block.
        var x: UInt32 = 12345
        let bytes = (0..<count).map { _ in x = x &* 1_103_515_245 &+ 12345; return UInt8(truncatingIfNeeded: x >> 16) }
        func digest(hardware: Bool) -> String {
            var h = SHA256()
            h.usesHardware = hardware && SHA256.hardware
            bytes.withUnsafeBufferPointer { h.update($0) }
            return h.finalizeHex()
        }
        #expect(digest(hardware: true) == digest(hardware: false))
        if count == 0 { #expect(digest(hardware: true) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855") }
    }

    @Test("SHA-256 of a million bytes in one piece, both paths")
    func sha256Million() {
        let a = [UInt8](repeating: 0x61, count: 1_000_000)
        for hardware in [true, false] {
            var h = SHA256()
            h.usesHardware = hardware && SHA256.hardware
            a.withUnsafeBufferPointer { h.update($0) }
            #expect(h.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        }
    }

    @Test("JSON strings are escaped and parse back")
    func escaping() throws {
        var w = JSONWriter()
        let nasty = "quote \" backslash \\ newline \n tab \t nul \u{0} bell \u{7} del \u{7F} é 👍🏽 \u{2028}"
        w.beginObject(); w.field("s", nasty); w.key("n"); w.double(0.8); w.key("i"); w.int(-12); w.endObject()
        let parsed = try JSONSerialization.jsonObject(with: Data(w.bytes)) as! [String: Any]
        #expect(parsed["s"] as? String == nasty)
        #expect(parsed["n"] as? Double == 0.8)
        #expect(parsed["i"] as? Int == -12)
    }

    @Test("short strings (checked whole) and long ones (in runs) are escaped alike")
    func shortAndLongStrings() throws {
        for c in (0..<0x80).map({ String(Unicode.Scalar(UInt8($0))) }) + ["é", "\u{FEFF}", "👍"] {
            var short = JSONWriter(), long = JSONWriter()
            short.string("a" + c)
            long.string(String(repeating: "a", count: 40) + c)
            let escaped = String(decoding: short.bytes, as: UTF8.self)
            #expect(String(decoding: long.bytes, as: UTF8.self) == "\"" + String(repeating: "a", count: 39) + escaped.dropFirst(),
                    "U+\(String(c.unicodeScalars.first!.value, radix: 16))")
            #expect(try JSONSerialization.jsonObject(with: Data(short.bytes), options: .fragmentsAllowed) as? String == "a" + c)
        }
    }

    @Test("records have sorted keys at every level, and every span's text is the text at its offsets")
    func records() throws {
        var document = Document(id: "doc", text: "Le 17 novembre, M. Altman a été licencié.\n\nFin 👍🏽.", source: "a.txt")
        document.warnings = [Warning(code: "x", message: "m", stage: "decoder")]
        try Segmenter().process(&document)
        for pretty in [false, true] {
            let bytes = RecordWriter(include: [.tokens, .sentences], pretty: pretty).record(document, stages: ["segmenter@1"])
            let data = Data(bytes)
            try Self.checkSortedKeys(data)
            let record = try JSONSerialization.jsonObject(with: data) as! [String: Any]
            #expect(record["schema"] as? String == "gazette/1")
            let scalars = Array(document.text.string.unicodeScalars)
            for layer in ["tokens", "sentences"] {
                for item in record[layer] as! [[String: Any]] {
                    let start = item["start"] as! Int, end = item["end"] as! Int
                    #expect(item["text"] as? String == Fixture.scalars(scalars, start, end))
                }
            }
        }
    }

    /// Checks key order in the raw JSON, since parsed dictionaries lose it.
    static func checkSortedKeys(_ data: Data) throws {
        var parser = KeyOrderParser(bytes: Array(data))
        try parser.value()
        #expect(parser.unsorted.isEmpty, "keys out of order: \(parser.unsorted)")
    }
}

/// A minimal JSON reader that records object keys that are not in sorted order.
struct KeyOrderParser {
    struct Malformed: Error {}
    let bytes: [UInt8]
    var i = 0
    var unsorted: [String] = []

    mutating func skipSpace() { while i < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 } }

    mutating func value() throws {
        skipSpace()
        guard i < bytes.count else { throw Malformed() }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var previous: String?
            skipSpace()
            if bytes[i] == UInt8(ascii: "}") { i += 1; return }
            while true {
                skipSpace()
                let key = try string()
                if let previous, previous >= key { unsorted.append(key) }
                previous = key
                skipSpace(); i += 1 // :
                try value()
                skipSpace()
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                i += 1; return
            }
        case UInt8(ascii: "["):
            i += 1
            skipSpace()
            if bytes[i] == UInt8(ascii: "]") { i += 1; return }
            while true {
                try value()
                skipSpace()
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                i += 1; return
            }
        case UInt8(ascii: "\""):
            _ = try string()
        default:
            while i < bytes.count, !",]} \n".utf8.contains(bytes[i]) { i += 1 }
        }
    }

    mutating func string() throws -> String {
        guard bytes[i] == UInt8(ascii: "\"") else { throw Malformed() }
        i += 1
        let start = i
        while bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
        defer { i += 1 }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }
}
