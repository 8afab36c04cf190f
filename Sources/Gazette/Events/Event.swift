/// An event: who did what, when, where, with the words that say so.
///
/// Every span is in Unicode scalars, half-open, into the document's text. A date that the
/// text does not give for the event is `nil`, never guessed.
public struct Event: Hashable, Sendable {
    /// Where the event's date comes from.
    public enum Inheritance: String, Sendable {
        /// A date expression in the event's own clause.
        case own
        /// A date expression earlier in the same sentence.
        case sentence
        /// A date expression in the previous sentence of the same paragraph.
        case previous
        /// The dated heading above the paragraph (`Vendredi 17 novembre, heure locale`).
        case heading
    }

    /// The event's date.
    public struct EventDate: Hashable, Sendable {
        /// TIMEX3 value, e.g. `2023-11-17`, `2023-11-17TEV`.
        public var value: String
        /// Index of the timex in the document's `timexes` layer.
        public var timex: Int
        /// Where it comes from.
        public var inheritance: Inheritance
    }

    /// An entity taking part in the event.
    public struct Participant: Hashable, Sendable {
        /// The mention, in the document.
        public var span: Span
        /// The gazetteer entry's id and canonical name, and the entity type (`PER`…).
        public var id: String
        public var name: String
        public var type: String
        /// `agent`, `patient`, `place`, `artifact`, `related` (named in the sentence, role unclear)
        /// or `context` (named in the next sentence, when the event's own sentence names no one).
        public var role: String
    }

    /// ACE-style type, e.g. `Personnel.EndPosition`.
    public var type: String
    /// The word that signals the event, and its lemma.
    public var trigger: Span
    public var lemma: String
    /// When, or nil when neither the clause nor its context dates it.
    public var date: EventDate?
    /// Entities of the sentence, each once, with their role.
    public var participants: [Participant]
    /// The first place named in the clause (else in the sentence), if any.
    public var location: Participant?
    /// The clause that states the event.
    public var evidence: Span
    /// How sure the stage is, from 0 to 1.
    public var confidence: Double
}

/// The event layer: one event per event-bearing clause, in text order.
public enum EventsLayer: LayerKey {
    public typealias Value = [Event]
    public static let name = "events"
}

extension Document {
    /// The events, once the `events` stage has run.
    public var events: [Event]? {
        get { layers[EventsLayer.self] }
        set { layers[EventsLayer.self] = newValue }
    }
}
