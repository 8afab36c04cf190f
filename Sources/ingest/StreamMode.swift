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
    /// The longest line accepted; a longer line gets an error record and is skipped unread.
    var maxLineBytes: Int = DocumentReader.defaultMaxBytes
    /// Seconds allowed per line's document; nil: no limit.
    var timeout: Double?

    /// Processes standard input to the end; returns the number of lines that failed.
    func run() throws -> Int {
        let out = StandardOutput()
        let stageNames = pipeline.stages.map(\.qualifiedName)
        var reader = LineReader(fileDescriptor: 0, maxLineBytes: maxLineBytes)
        var failures = 0
        var lineNumber = 0
        while let line = try reader.next() {
            lineNumber += 1
            var bytes: [UInt8]
            do {
                guard case let .line(content) = line else {
                    throw StreamLine.Malformed(line: lineNumber, "longer than --max-bytes (\(maxLineBytes) bytes); skipped")
                }
                let started = Deadline.now()
                let input = try StreamLine(line: content, lineNumber: lineNumber)
                var document = Document(id: input.id ?? "line-\(lineNumber)", text: input.text, source: nil,
                                        sha256: SHA256.hex(of: Array(input.text.utf8)))
                if let timeout { document.deadline = Deadline(seconds: timeout, from: started) }
                if let language = input.language {
                    document.language = language
                    document.languageSource = .option
                }
                if let date = input.referenceDate ?? defaultReferenceDate {
                    document.referenceDate = ReferenceDate(value: date, source: .option)
                }
                try pipeline.process(&document)
                bytes = writer.record(document, stages: stageNames)
            } catch {
                failures += 1
                var id: String?
                if case let .line(content) = line { id = StreamLine.id(in: content) }
                bytes = StreamLine.errorRecord(line: lineNumber, id: id, message: "\(error)")
            }
            bytes.append(0x0A)
            try out.write(bytes)
        }
        return failures
    }
}

/// Reads lines from a file descriptor without ever holding more than `maxLineBytes` of one line.
struct LineReader {
    enum Line {
        /// A line's bytes, without its line feed (a final carriage return is kept: JSON ignores it).
        case line([UInt8])
        /// A line longer than the limit, skipped.
        case tooLong
    }

    let fd: Int32
    let maxLineBytes: Int
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0, end = 0
    private var atEnd = false

    init(fileDescriptor: Int32, maxLineBytes: Int) {
        fd = fileDescriptor
        self.maxLineBytes = maxLineBytes
    }

    /// The next line, or nil at the end of the input (a last line without a line feed counts).
    mutating func next() throws -> Line? {
        var line: [UInt8] = []
        var overflow = false
        while true {
            if start == end {
                if atEnd { return line.isEmpty && !overflow ? nil : (overflow ? .tooLong : .line(line)) }
                let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw StandardOutput.Failure(reason: "cannot read standard input: \(String(cString: strerror(errno)))")
                }
                if n == 0 { atEnd = true; continue }
                start = 0; end = n
            }
            // memchr: a skipped 100 MB line is scanned at memory speed, in debug builds too.
            let newline: Int? = buffer.withUnsafeBytes { raw in
                memchr(raw.baseAddress! + start, 0x0A, end - start).map { raw.baseAddress!.distance(to: UnsafeRawPointer($0)) }
            }
            let stop = newline ?? end
            if !overflow {
                if line.count + (stop - start) > maxLineBytes {
                    overflow = true
                    line = []
                } else {
                    line.append(contentsOf: buffer[start..<stop])
                }
            }
            if let newline {
                start = newline + 1
                return overflow ? .tooLong : .line(line)
            }
            start = end
        }
    }
}
