import Foundation

/// The content of one gazetteer, in memory, with the name used in error messages.
public struct GazetteerSource: Sendable {
    /// The two formats.
    public enum Format: String, Sendable {
        /// Tab-separated entries (``TSVGazetteerLoader``).
        case tsv
        /// spaCy EntityRuler patterns, JSON Lines (``EntityRulerLoader``).
        case entityRuler
    }

    /// A file name or a label (`default:people.tsv`), for messages.
    public var name: String
    /// The format of ``bytes``.
    public var format: Format
    /// The UTF-8 content.
    public var bytes: [UInt8]

    /// A source from bytes already in memory.
    public init(name: String, format: Format, bytes: [UInt8]) {
        self.name = name
        self.format = format
        self.bytes = bytes
    }

    /// Reads a file; `.jsonl` and `.json` are EntityRuler patterns, anything else TSV.
    public init(contentsOf path: String) throws(GazetteerError) {
        let format: Format = path.hasSuffix(".jsonl") || path.hasSuffix(".json") ? .entityRuler : .tsv
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw .unreadable(file: path, reason: exists ? "permission denied or not a file" : "no such file")
        }
        self.init(name: path, format: format, bytes: [UInt8](data))
    }

    /// Calls `body` with every entry, in order.
    public func forEachEntry(_ body: (GazetteerEntry) throws(GazetteerError) -> Void) throws(GazetteerError) {
        try bytes.withUnsafeBufferPointer { (b) throws(GazetteerError) in
            switch format {
            case .tsv: try TSVGazetteerLoader.forEachEntry(in: b, file: name, body)
            case .entityRuler: try EntityRulerLoader.forEachEntry(in: b, file: name, body)
            }
        }
    }
}
