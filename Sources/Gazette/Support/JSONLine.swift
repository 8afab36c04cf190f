import Foundation

/// Parses one JSON text (a stream line, an EntityRuler line) with Foundation, working around
/// a swift-corelibs-foundation bug: a string value that begins with a raw U+FEFF loses it
/// (`"\u{FEFF}abc"` parses as `"abc"`), while the escape `\uFEFF` survives. A leading BOM
/// before the value is dropped (as RFC 8259 allows); every other raw U+FEFF, which valid
/// JSON can only hold inside a string, is given to the parser as `\ufeff`.
enum JSONLine {
    /// The parsed value, or nil when `bytes` are not one JSON text.
    static func value(_ bytes: some Collection<UInt8>) -> Any? {
        var input = Array(bytes)
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input.removeFirst(3) }
        if input.count >= 3, input.contains(0xEF) {
            var escaped: [UInt8] = []
            escaped.reserveCapacity(input.count + 16)
            var i = 0
            while i < input.count {
                if input[i] == 0xEF && i + 2 < input.count && input[i + 1] == 0xBB && input[i + 2] == 0xBF {
                    escaped.append(contentsOf: Array(#"\ufeff"#.utf8))
                    i += 3
                } else {
                    escaped.append(input[i])
                    i += 1
                }
            }
            input = escaped
        }
        return try? JSONSerialization.jsonObject(with: Data(input))
    }

    /// The parsed value if it is an object.
    static func object(_ bytes: some Collection<UInt8>) -> [String: Any]? {
        value(bytes) as? [String: Any]
    }
}
