import Foundation

/// One line of `manifest.jsonl`: what became of one input.
///
/// ```json
/// {"counts":{"entities":0,…},"error":null,"input":"fr/a.txt","output":"fr/a.json",
///  "outputBytes":5120,"pipeline":{"fingerprint":"…","name":"fr-news","stages":["segmenter@1"]},
///  "sha256":"…","status":"ok","warnings":[]}
/// ```
///
/// Keys are sorted; no timestamps, so two runs over the same inputs write the same manifest.
public struct ManifestEntry: Sendable, Hashable {
    /// `ok` (the output file holds the record) or `failed` (no output; see ``error``).
    public enum Status: String, Sendable {
        /// The record was written.
        case ok
        /// The input could not be read, decoded or processed.
        case failed
    }

    /// The input's name relative to its folder (escaped, see ``OutputName``).
    public var input: String
    /// The output file relative to the output folder, when ``status`` is `ok`.
    public var output: String?
    /// Size of the output file in bytes, when ``status`` is `ok`.
    public var outputBytes: Int?
    /// SHA-256 of the input bytes, when they could be read.
    public var sha256: String?
    /// The outcome.
    public var status: Status
    /// What went wrong, when ``status`` is `failed`.
    public var error: String?
    /// Number of annotations per layer (`tokens`, `sentences`, `entities`, `timexes`,
    /// `events`) and `warnings`.
    public var counts: [String: Int]
    /// Fingerprint of everything that decides the record (pipeline, options, version).
    public var fingerprint: String
    /// The pipeline's name.
    public var pipelineName: String
    /// The pipeline's stages, `name@version`.
    public var stages: [String]
    /// The document's warnings (decoding in a legacy charset, damaged bytes…), as messages.
    public var warnings: [String]

    /// Creates an entry.
    public init(input: String, output: String?, outputBytes: Int?, sha256: String?, status: Status, error: String?,
                counts: [String: Int], fingerprint: String, pipelineName: String, stages: [String], warnings: [String] = []) {
        self.input = input
        self.output = output
        self.outputBytes = outputBytes
        self.sha256 = sha256
        self.status = status
        self.error = error
        self.counts = counts
        self.fingerprint = fingerprint
        self.pipelineName = pipelineName
        self.stages = stages
        self.warnings = warnings
    }

    /// The entry as one JSON line, with its newline.
    public var line: [UInt8] {
        var w = JSONWriter(capacity: 512)
        w.beginObject()
        w.key("counts")
        w.beginObject()
        for key in counts.keys.sorted() { w.field(key, counts[key]!) }
        w.endObject()
        w.field("error", error)
        w.field("input", input)
        w.field("output", output)
        w.key("outputBytes"); if let outputBytes { w.int(outputBytes) } else { w.null() }
        w.key("pipeline")
        w.beginObject()
        w.field("fingerprint", fingerprint)
        w.field("name", pipelineName)
        w.key("stages"); w.beginArray(); for s in stages { w.string(s) }; w.endArray()
        w.endObject()
        w.field("sha256", sha256)
        w.field("status", status.rawValue)
        w.key("warnings"); w.beginArray(); for message in warnings { w.string(message) }; w.endArray()
        w.endObject()
        return w.bytes + [0x0A]
    }

    /// Parses a manifest line; nil for anything that is not a complete entry (a line torn by
    /// a crash, a line from another tool).
    public init?(line: some Collection<UInt8>) {
        guard let raw = try? JSONDecoder().decode(Raw.self, from: Data(line)),
              let status = Status(rawValue: raw.status) else { return nil }
        self.init(input: raw.input, output: raw.output, outputBytes: raw.outputBytes, sha256: raw.sha256, status: status,
                  error: raw.error, counts: raw.counts ?? [:], fingerprint: raw.pipeline.fingerprint,
                  pipelineName: raw.pipeline.name, stages: raw.pipeline.stages ?? [], warnings: raw.warnings ?? [])
    }

    /// The line's shape, for decoding.
    private struct Raw: Decodable {
        struct Pipeline: Decodable {
            var fingerprint: String
            var name: String
            var stages: [String]?
        }
        var input: String
        var status: String
        var pipeline: Pipeline
        var output: String?
        var outputBytes: Int?
        var sha256: String?
        var error: String?
        var counts: [String: Int]?
        var warnings: [String]?
    }
}

/// The manifest of an output folder: one ``ManifestEntry`` per input, no duplicates.
///
/// During a run, entries are appended as inputs finish (in input order); when the run ends
/// the file is rewritten atomically with one line per input, sorted by input name. A run
/// that starts after a crash reads what is there, drops a torn last line, keeps the last
/// entry of each input and rewrites the file before appending.
public enum Manifest {
    /// The manifest's file name in the output folder.
    public static let fileName = "manifest.jsonl"

    /// Entries of `bytes` (a manifest file), the last per input; torn or foreign lines are skipped.
    public static func entries(in bytes: [UInt8]) -> [String: ManifestEntry] {
        lastLines(in: bytes).mapValues(\.entry)
    }

    /// The lines of `bytes` (a manifest file) whose input's last entry is `ok`, sorted by
    /// input name: each input's name and its line's range in `bytes` (without the newline);
    /// torn or foreign lines are skipped.
    public static func okLines(in bytes: [UInt8]) -> [(input: String, range: Range<Int>)] {
        lastLines(in: bytes).filter { $0.value.entry.status == .ok }.map { (input: $0.key, range: $0.value.range) }
            .sorted { $0.input.utf8.lexicographicallyPrecedes($1.input.utf8) }
    }

    /// The last entry of each input in `bytes` and its line's range (without the newline).
    private static func lastLines(in bytes: [UInt8]) -> [String: (entry: ManifestEntry, range: Range<Int>)] {
        var last: [String: (entry: ManifestEntry, range: Range<Int>)] = [:]
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            if let entry = ManifestEntry(line: bytes[start..<end]) { last[entry.input] = (entry, start..<end) }
            start = end + 1
        }
        return last
    }

    /// The manifest's bytes for `entries`, sorted by input name.
    public static func contents(of entries: some Sequence<ManifestEntry>) -> [UInt8] {
        var bytes: [UInt8] = []
        for entry in entries.sorted(by: { $0.input.utf8.lexicographicallyPrecedes($1.input.utf8) }) {
            bytes.append(contentsOf: entry.line)
        }
        return bytes
    }
}
