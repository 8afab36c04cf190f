import Foundation

/// One line of stream input (`ingest --stream`): a JSON object
/// `{"id": "…", "text": "…", "referenceDate": "2023-11-21", "language": "fr"}`; all but `text`
/// optional.
///
/// Parsing never traps: a line that cannot be used throws ``Malformed`` naming the line, and
/// ``errorRecord(line:id:message:)`` gives the record written in its place.
public struct StreamLine: Sendable {
    /// Why a line cannot be used; the description names the line.
    public struct Malformed: Error, CustomStringConvertible, Equatable {
        /// `line N: what is wrong`.
        public let description: String
        /// A problem with line `lineNumber`.
        public init(line lineNumber: Int, _ reason: String) { description = "line \(lineNumber): \(reason)" }
    }

    /// The document id, if the line gives one.
    public var id: String?
    /// The document text.
    public var text: String
    /// The reference date, if the line gives one (already checked).
    public var referenceDate: String?
    /// The document's language (`"language": "en"`), which chooses its pipeline, if given.
    public var language: String?

    /// Parses one line (its bytes without the line feed); `lineNumber` (from 1) is named in errors.
    public init(line: [UInt8], lineNumber: Int) throws(Malformed) {
        guard let object = Self.object(line) else {
            throw Malformed(line: lineNumber, "not a JSON object (or not UTF-8)")
        }
        guard let text = object["text"] as? String else {
            throw Malformed(line: lineNumber, "no \"text\" string")
        }
        if let id = object["id"], !(id is String) { throw Malformed(line: lineNumber, "\"id\" is not a string") }
        self.id = object["id"] as? String
        self.text = text
        if let language = object["language"] {
            guard let code = language as? String, !code.isEmpty,
                  code.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0 == "-" || $0 == "_") }) else {
                throw Malformed(line: lineNumber, "\"language\" is not a language code")
            }
            self.language = code
        }
        if let date = object["referenceDate"] {
            guard let value = date as? String, ReferenceDate.isValid(value) else {
                throw Malformed(line: lineNumber, "\"referenceDate\" is not an ISO 8601 date or local date-time")
            }
            referenceDate = value
        }
    }

    /// The id of a line, if it is a JSON object with a string id.
    public static func id(in line: [UInt8]) -> String? {
        object(line)?["id"] as? String
    }

    private static func object(_ line: [UInt8]) -> [String: Any]? {
        JSONLine.object(line)
    }

    /// The record written for a line that could not be processed: `document.id` (or null),
    /// `document.line`, `error.code` `input-failed` and the message.
    public static func errorRecord(line: Int, id: String?, message: String) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.key("document")
        w.beginObject()
        w.field("id", id)
        w.field("line", line)
        w.endObject()
        w.key("error")
        w.beginObject()
        w.field("code", "input-failed")
        w.field("message", message)
        w.endObject()
        w.field("schema", RecordWriter.schema)
        w.endObject()
        return w.bytes
    }
}

extension ReferenceDate {
    /// Whether `value` is a reference date Gazette accepts: `YYYY-MM-DD` with a real month and
    /// day, optionally followed by `THH:MM` or `THH:MM:SS`.
    public static func isValid(_ value: String) -> Bool {
        let parts = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let date = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard date.count == 3, date[0].utf8.count == 4, date[1].utf8.count == 2, date[2].utf8.count == 2,
              date.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
              let y = Int(date[0]), let m = Int(date[1]), let d = Int(date[2]),
              (1...12).contains(m), d >= 1, d <= CalendarMath.daysInMonth(year: y, month: m) else { return false }
        guard parts.count == 2 else { return true }
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 2 || time.count == 3,
              time.allSatisfy({ $0.utf8.count == 2 && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) else { return false }
        return Int(time[0])! < 24 && Int(time[1])! < 60 && (time.count == 2 || Int(time[2])! < 60)
    }
}
