import Foundation
import Gazette

/// Invariants every processed document must satisfy, whatever the stages.
enum DocumentChecks {
    /// Tokens, sentences and entities: inside the text, non-empty, ordered, not overlapping,
    /// `text[span]` equal to the scalars between the offsets (counted here independently);
    /// for inputs up to `recordLimit` scalars, the record is valid JSON whose every span's
    /// `text` is the text between its offsets (parsing the record is the slow part).
    static func verify(_ document: Document, stages: [String], recordLimit: Int = 2048) {
        let n = document.text.scalarCount
        let scalars = Array(document.text.string.unicodeScalars)
        check(scalars.count == n, "scalarCount \(n) but \(scalars.count) scalars")
        check(document.text.utf8Count == document.text.string.utf8.count, "utf8Count")
        func same(_ span: Span) -> Bool {
            let part = document[span].unicodeScalars
            return part.count == span.end - span.start && part.elementsEqual(scalars[span.start..<span.end])
        }
        if let tokens = document.tokens {
            var last = 0
            for t in tokens {
                check(t.start >= last && t.start < t.end && t.end <= n, "token \(t.start)..<\(t.end) after \(last), length \(n)")
                check(same(t.span), "text[token \(t.span)] is not the scalars between its offsets")
                last = t.end
            }
        }
        if let sentences = document.sentences {
            var last = 0
            for s in sentences {
                check(s.start >= last && s.start < s.end && s.end <= n, "sentence \(s.start)..<\(s.end) after \(last), length \(n)")
                check(same(s), "text[sentence \(s)] is not the scalars between its offsets")
                last = s.end
            }
        }
        if let entities = document.entities {
            var last = 0
            for m in entities {
                check(m.span.start >= last && m.span.start < m.span.end && m.span.end <= n, "entity \(m.span) after \(last)")
                check(same(m.span), "text[entity \(m.span)] is not the scalars between its offsets")
                last = m.span.end
            }
        }
        guard n <= recordLimit else { return }
        let record = RecordWriter(include: [.tokens, .sentences]).record(document, stages: stages)
        guard let object = try? JSONSerialization.jsonObject(with: Data(record)) else {
            check(false, "the record is not valid JSON")
            return
        }
        walk(object, scalars)
    }

    private static func walk(_ value: Any, _ scalars: [Unicode.Scalar]) {
        if let list = value as? [Any] {
            for item in list { walk(item, scalars) }
        } else if let object = value as? [String: Any] {
            if let start = object["start"] as? Int, let end = object["end"] as? Int, let text = object["text"] as? String {
                check(0 <= start && start <= end && end <= scalars.count, "span \(start)..<\(end) of \(scalars.count)")
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: scalars[start..<end])
                check(String(expected) == text, "text of \(start)..<\(end) differs from the record's")
            }
            for (_, item) in object { walk(item, scalars) }
        }
    }

    /// The text of fuzz bytes: UTF-8 with bad sequences replaced.
    static func text(_ bytes: some Collection<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
}
