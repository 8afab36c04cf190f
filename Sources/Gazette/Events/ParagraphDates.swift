/// The dates a paragraph leaves to its later events, as ``EventReader`` reads it: the last
/// known date and the sentences since then that hold dates but no trigger.
///
/// A value kept in a local of ``EventReader/events()`` (no run-time exclusivity check per
/// access, see ``SentenceWords``).
struct ParagraphDates {
    /// A date that events can take: index in the timex layer and value.
    typealias DateRef = (timex: Int, value: String)

    /// The last date of the paragraph, as far as it is known (see ``pending``).
    var discourse: DateRef?
    /// The sentences of the paragraph since ``discourse`` was set that hold dates but no
    /// trigger, in text order: their clauses are read only when an event needs the date they
    /// leave (``EventReader``'s `paragraphDate`). `dates`: the range of timex indices the
    /// sentence's event dates lie in (``EventReader``'s `eventDates`), with the sentence's span.
    var pending: [(tokens: Range<Int>, span: Span, dates: Range<Int>)] = []

    /// Sets the paragraph's last date (nil: a new paragraph or a heading), forgetting the
    /// sentences before.
    @inline(__always)
    mutating func set(_ date: DateRef?) {
        discourse = date
        if !pending.isEmpty { pending.removeAll(keepingCapacity: true) }
    }
}
