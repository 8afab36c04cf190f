import Foundation
import Gazette

/// `ingest --stream`: JSON Lines in (`{"id", "text", "referenceDate"?}`), exactly one JSON
/// line out per line in, in order, flushed per record. A line that cannot be used gives an
/// error record for that line, never a crash: the contract of Spark's `RDD.pipe` and Hadoop
/// Streaming.
struct StreamMode {
    let pipeline: Pipeline
    let writer: RecordWriter
    let defaultReferenceDate: String?

    /// Processes standard input to the end; returns the number of lines that failed.
    func run() throws -> Int {
        let out = StandardOutput()
        let stageNames = pipeline.stages.map(\.qualifiedName)
        var failures = 0
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            var bytes: [UInt8]
            do {
                let input = try StreamInput(line: line, lineNumber: lineNumber)
                var document = Document(id: input.id ?? "line-\(lineNumber)", text: input.text, source: nil,
                                        sha256: SHA256.hex(of: Array(input.text.utf8)))
                if let date = input.referenceDate ?? defaultReferenceDate {
                    document.referenceDate = ReferenceDate(value: date, source: .option)
                }
                try pipeline.process(&document)
                bytes = writer.record(document, stages: stageNames)
            } catch {
                failures += 1
                bytes = StreamInput.errorRecord(line: lineNumber, id: (try? StreamInput.id(in: line)) ?? nil, message: "\(error)")
            }
            bytes.append(0x0A)
            try out.write(bytes)
        }
        return failures
    }
}

/// One line of stream input.
struct StreamInput {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    var id: String?
    var text: String
    var referenceDate: String?

    init(line: String, lineNumber: Int) throws {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw Malformed(description: "line \(lineNumber): not a JSON object")
        }
        guard let text = object["text"] as? String else {
            throw Malformed(description: "line \(lineNumber): no \"text\" string")
        }
        if let id = object["id"], !(id is String) { throw Malformed(description: "line \(lineNumber): \"id\" is not a string") }
        self.id = object["id"] as? String
        self.text = text
        if let date = object["referenceDate"] {
            guard let value = date as? String, ReferenceDateOption.isValid(value) else {
                throw Malformed(description: "line \(lineNumber): \"referenceDate\" is not an ISO 8601 date or local date-time")
            }
            referenceDate = value
        }
    }

    /// The id of a line, if it is a JSON object with a string id.
    static func id(in line: String) throws -> String? {
        (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
    }

    /// The record written for a line that could not be processed.
    static func errorRecord(line: Int, id: String?, message: String) -> [UInt8] {
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
