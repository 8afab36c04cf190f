extension RecordWriter {
    /// The `events` array: each event with its trigger, type, date (`null` when the text does
    /// not give one; `inherited` is `false` for the clause's own date, else where it comes
    /// from), participants, location, evidence and confidence. Keys sorted.
    static func writeEvents(_ d: Document, _ w: inout JSONWriter) {
        w.key("events")
        w.beginArray()
        for e in d.events ?? [] {
            w.beginObject()
            w.key("confidence"); w.double(e.confidence, digits: 2)
            w.key("date")
            if let date = e.date {
                w.beginObject()
                w.key("inherited")
                if date.inheritance == .own { w.bool(false) } else { w.string(date.inheritance.rawValue) }
                w.field("timex", date.timex)
                w.field("value", date.value)
                w.endObject()
            } else {
                w.null()
            }
            w.key("evidence")
            w.beginObject()
            w.field("end", e.evidence.end)
            w.field("start", e.evidence.start)
            w.key("text"); w.string(e.evidence, in: d.text)
            w.endObject()
            w.key("location")
            if let place = e.location { writeParticipant(place, d, &w, withRole: false) } else { w.null() }
            w.key("participants")
            w.beginArray()
            for p in e.participants { writeParticipant(p, d, &w, withRole: true) }
            w.endArray()
            w.key("trigger")
            w.beginObject()
            w.field("end", e.trigger.end)
            w.field("lemma", e.lemma)
            w.field("start", e.trigger.start)
            w.key("text"); w.string(e.trigger, in: d.text)
            w.endObject()
            w.field("type", e.type)
            w.endObject()
        }
        w.endArray()
    }

    private static func writeParticipant(_ p: Event.Participant, _ d: Document, _ w: inout JSONWriter, withRole: Bool) {
        w.beginObject()
        w.field("end", p.span.end)
        w.field("id", p.id)
        w.field("name", p.name)
        if withRole { w.field("role", p.role) }
        w.field("start", p.span.start)
        w.key("text"); w.string(p.span, in: d.text)
        w.field("type", p.type)
        w.endObject()
    }
}
