/// Writes a processed document as the `gazette/1` record (see `docs/OUTPUT.md` and
/// `schema/gazette-1.schema.json`): keys sorted at every level, offsets in Unicode scalars.
public struct RecordWriter {
    /// The schema identifier written in every record.
    public static let schema = "gazette/1"

    /// Optional layers to include.
    public struct Include: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Every token with its kind and text.
        public static let tokens = Include(rawValue: 1)
        /// Every sentence with its text.
        public static let sentences = Include(rawValue: 2)
    }

    /// Which optional layers to write.
    public var include: Include
    /// Indent the output (for one record per file); JSON Lines uses compact output.
    public var pretty: Bool

    public init(include: Include = [], pretty: Bool = false) {
        self.include = include
        self.pretty = pretty
    }

    /// The record of `document` after the pipeline's `stages` ran, as UTF-8 JSON without a
    /// trailing newline.
    public func record(_ document: Document, stages: [String]) -> [UInt8] {
        var w = JSONWriter(pretty: pretty, capacity: 1024 + document.text.utf8Count / 2)
        w.beginObject()
        writeDocument(document, stages: stages, &w)
        writeEntities(document, &w)
        Self.writeEvents(document, &w)
        w.field("schema", Self.schema)
        if include.contains(.sentences) {
            w.key("sentences")
            w.beginArray()
            for span in document.sentences ?? [] { writeSpan(span, document, &w) }
            w.endArray()
        }
        w.key("timexes")
        w.beginArray()
        for t in document.timexes ?? [] { Self.writeTimex(t, document, &w) }
        w.endArray()
        if include.contains(.tokens) {
            w.key("tokens")
            w.beginArray()
            for token in document.tokens ?? TokenLayer() {
                w.beginObject()
                w.field("end", token.end)
                w.field("kind", token.kind.description)
                w.field("start", token.start)
                w.key("text"); w.string(document[token.span])
                w.endObject()
            }
            w.endArray()
        }
        w.key("warnings")
        w.beginArray()
        for warning in document.warnings { Self.writeWarning(warning, &w) }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    private func writeDocument(_ d: Document, stages: [String], _ w: inout JSONWriter) {
        w.key("document")
        w.beginObject()
        w.field("encoding", d.encoding)
        w.field("id", d.id)
        w.field("language", d.language)
        if let confidence = d.languageConfidence { w.key("languageConfidence"); w.double(confidence, digits: 2) }
        w.field("languageSource", d.languageSource.rawValue)
        w.field("length", d.text.scalarCount)
        w.key("referenceDate")
        w.beginObject()
        w.field("source", d.referenceDate.source.rawValue)
        w.field("value", d.referenceDate.value)
        w.endObject()
        w.field("sha256", d.sha256)
        w.field("source", d.source)
        w.key("stages")
        w.beginArray()
        for s in d.stageNames ?? stages { w.string(s) }
        w.endArray()
        w.endObject()
    }

    /// `entities`: `{end, id, match, name, start, text, type, wikidata}` per mention, in text
    /// order; `wikidata` is null when unknown.
    private func writeEntities(_ d: Document, _ w: inout JSONWriter) {
        w.key("entities")
        w.beginArray()
        for m in d.entities ?? [] {
            w.beginObject()
            w.field("end", m.span.end)
            w.field("id", m.id)
            w.field("match", m.match.rawValue)
            w.field("name", m.name)
            w.field("start", m.span.start)
            w.key("text"); w.string(m.span, in: d.text)
            w.field("type", m.type.description)
            w.field("wikidata", m.wikidata)
            w.endObject()
        }
        w.endArray()
    }

    private func writeSpan(_ span: Span, _ d: Document, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("end", span.end)
        w.field("start", span.start)
        w.key("text"); w.string(span, in: d.text)
        w.endObject()
    }

    /// A timex as `{"anchor", "end", "mod"?, "start", "text", "type", "value"}`.
    public static func writeTimex(_ t: Timex, _ d: Document, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("anchor", t.anchor.rawValue)
        w.field("end", t.span.end)
        if let mod = t.mod { w.field("mod", mod) }
        w.field("start", t.span.start)
        w.key("text"); w.string(t.span, in: d.text)
        w.field("type", t.kind.rawValue)
        w.field("value", t.value)
        w.endObject()
    }

    /// A warning as `{"code", "message", "stage"}`.
    public static func writeWarning(_ warning: Warning, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("code", warning.code)
        w.field("message", warning.message)
        w.field("stage", warning.stage)
        w.endObject()
    }
}
