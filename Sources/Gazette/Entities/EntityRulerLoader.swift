import Foundation

/// Reads spaCy EntityRuler pattern files (JSON Lines), so that spaCy users bring their lists
/// unchanged.
///
/// One JSON object per line: `{"label": "ORG", "pattern": "OpenAI", "id": "openai"}`. Only
/// string patterns are supported; a token pattern (a list) is an error naming the line.
/// Lines that share an `id` become one entry: the first pattern is the canonical name, the
/// others are aliases (the compiled gazetteer merges entries by id). A line without `id`
/// gets `label:pattern` as its id. Labels map to types as ``EntityType/init(code:)`` says
/// (`PERSON`→PER, `GPE`→LOC…); other labels become MISC.
public enum EntityRulerLoader {
    /// Calls `body` with one entry per line of `bytes` (the content of `file`), in order.
    public static func forEachEntry(in bytes: UnsafeBufferPointer<UInt8>, file: String,
                                    _ body: (GazetteerEntry) throws(GazetteerError) -> Void) throws(GazetteerError) {
        var lineNumber = 0
        var lineStart = 0
        let n = bytes.count
        while lineStart < n {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd + 1
            defer { lineStart = next }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let object = JSONLine.object(line) else {
                throw .malformed(file: file, line: lineNumber, reason: "not a JSON object")
            }
            guard let label = object["label"] as? String, !label.isEmpty else {
                throw .malformed(file: file, line: lineNumber, reason: "no \"label\" string")
            }
            if object["pattern"] is [Any] {
                throw .malformed(file: file, line: lineNumber, reason: "token patterns (lists) are not supported; give \"pattern\" as a string")
            }
            guard let pattern = (object["pattern"] as? String)?.trimmed, !pattern.isEmpty else {
                throw .malformed(file: file, line: lineNumber, reason: "no \"pattern\" string")
            }
            let id: String
            switch object["id"] {
            case nil, is NSNull: id = "\(label):\(pattern)"
            case let s as String where !s.isEmpty: id = s
            default: throw .malformed(file: file, line: lineNumber, reason: "\"id\" is not a non-empty string")
            }
            try body(GazetteerEntry(id: id, type: EntityType(code: label) ?? .misc, name: pattern))
        }
    }
}
