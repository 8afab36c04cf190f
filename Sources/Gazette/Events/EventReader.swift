/// Reads the events of one document, sentence by sentence (see ``EventStage``).
///
/// One reader per document, used only inside ``DocumentText/withUTF8(_:)`` (it holds the
/// text's bytes). A class: its helpers are called for every sentence, and a struct would be
/// copied for each call from the mutating loop. A sentence with no trigger costs one pass
/// over its tokens' folded hashes (``EventStage/triggerFilter``); its clauses are read only
/// if it holds a date that a later event of the paragraph inherits.
final class EventReader {
    let stage: EventStage
    let context: EventContext
    let bytes: UnsafeBufferPointer<UInt8>
    /// The shared folded tokens: UTF-8 ranges, folded forms and their hashes.
    let folded: FoldedTokens
    /// The stage's word table, filters and participle ending (copied once per document).
    let words: FoldedWordTable<EventStage.WordInfo>
    let triggerFilter: FoldedHashFilter
    let wordFilter: FoldedHashFilter
    let participleSuffix: [UInt8]?
    /// The spans of the entities and of the timexes, by index.
    let entitySpans: [Span], timexSpans: [Span]
    /// Whether each timex can date an event (``isEventDate(kind:value:)``), by index.
    let timexDatesEvents: [Bool]
    /// The document's tokens (stored: reading them costs no reference count per access).
    let tokens: TokenLayer

    init(stage: EventStage, context: EventContext, bytes: UnsafeBufferPointer<UInt8>, folded: FoldedTokens) {
        self.stage = stage
        self.context = context
        self.bytes = bytes
        self.folded = folded
        words = stage.words
        triggerFilter = stage.triggerFilter
        wordFilter = stage.wordFilter
        participleSuffix = stage.participleSuffix
        // Field by field through the buffers: mapping the elements would copy each mention's and
        // timex's strings (retained and released) to read a span.
        entitySpans = context.entities.withUnsafeBufferPointer { e in e.indices.map { e[$0].span } }
        (timexSpans, timexDatesEvents) = context.timexes.withUnsafeBufferPointer { t in
            (t.indices.map { t[$0].span }, t.indices.map { Self.isEventDate(kind: t[$0].kind, value: t[$0].value) })
        }
        tokens = context.tokens
    }

    private typealias DateRef = ParagraphDates.DateRef

    func events() -> [Event] {
        var events: [Event] = []
        // Events are large (about 200 bytes): growing the array by doubling would copy them and
        // touch twice the memory. News text has about one event per four sentences; half the
        // sentence count holds them with room to spare, and the pages not written are never
        // touched.
        events.reserveCapacity(context.sentences.count / 2 + 16)
        var heading: DateRef?
        var paragraph = ParagraphDates()
        var words = SentenceWords(), spare = SentenceWords()
        var entity = 0, timex = 0
        var first = 0                     // the first token ending after the sentence's start
        var cursor = 0                    // every token before it ends before the sentence's start
        // Locals for the closures below.
        let sentences = context.sentences, timexes = context.timexes
        let timexSpans = timexSpans, entitySpans = entitySpans, tokens = tokens
        let timexDatesEvents = timexDatesEvents
        for (s, sentence) in sentences.enumerated() {
            // Sentences come in order: the search starts after the previous sentence's tokens.
            first = firstToken(endingAfter: sentence.start, from: cursor)
            let range = tokenRange(within: sentence, from: first)
            cursor = range.upperBound
            guard !range.isEmpty else { continue }
            while entity < entitySpans.count && entitySpans[entity].end <= sentence.start { entity += 1 }
            while timex < timexSpans.count && timexSpans[timex].end <= sentence.start { timex += 1 }
            // The sentence's event dates: those of these timexes that `isDate` (no array).
            let dates = timexRange(from: timex, before: sentence.end)
            /// Whether timex `t` dates events and lies in `span`.
            func isDate(_ t: Int, in span: Span) -> Bool { timexDatesEvents[t] && span.contains(timexSpans[t]) }
            if tokens.flags(at: range.lowerBound).contains(.paragraphStart) { paragraph.set(nil) }
            if isHeading(range, sentence: s) {
                heading = dates.first { isDate($0, in: sentence) }.map { ($0, timexes[$0].value) }
                paragraph.set(nil)
                continue
            }
            // Without a trigger, the sentence makes no event; its dates may date later ones.
            guard hasTrigger(range) else {
                if dates.contains(where: { isDate($0, in: sentence) }) { paragraph.pending.append((range, sentence, dates)) }
                continue
            }
            readWords(range, into: &words)
            findClauses(&words)
            // The entities from `entity` on that start before the sentence ends; those within it
            // are the sentence's.
            let sentenceEntities = Self.spans(from: entity, before: sentence.end, entitySpans)
            var following: (entities: Range<Int>, sentence: Span)?
            var sentenceDate: DateRef?
            for n in 0..<words.clauseCount {
                let clause = words.clause(n)
                let clauseSpan = Span(tokens.start(at: clause.lowerBound), tokens.end(at: clause.upperBound - 1))
                if let trigger = trigger(in: clause, words, entities: sentenceEntities) {
                    var date: Event.EventDate?
                    if let own = dates.first(where: { isDate($0, in: sentence) && clauseSpan.contains(timexSpans[$0]) }) {
                        date = .init(value: timexes[own].value, timex: own, inheritance: .own)
                    } else if let d = sentenceDate {
                        date = .init(value: d.value, timex: d.timex, inheritance: .sentence)
                    } else if let d = paragraphDate(&paragraph, spare: &spare) {
                        date = .init(value: d.value, timex: d.timex, inheritance: .previous)
                    } else if let d = heading {
                        date = .init(value: d.value, timex: d.timex, inheritance: .heading)
                    }
                    let next = following ?? followingEntities(sentence: s, from: range.upperBound, entity: entity)
                    following = next
                    events.append(event(trigger: trigger, clause: clause, words, sentence: sentence,
                                        entities: sentenceEntities, following: next, date: date))
                }
                // A participial or relative clause's date is its own: it does not date what follows.
                if !words.clauseIsSubordinate[n],
                   let last = dates.last(where: { isDate($0, in: sentence) && clauseSpan.contains(timexSpans[$0]) }) {
                    sentenceDate = (last, timexes[last].value)
                }
            }
            if let d = sentenceDate { paragraph.set(d) }
        }
        return events
    }

    /// The last date of the paragraph that dates a main clause: that of the latest pending
    /// sentence that has one (its clauses read now, in the `spare` buffers), else the
    /// paragraph's ``ParagraphDates/discourse``.
    private func paragraphDate(_ paragraph: inout ParagraphDates, spare: inout SentenceWords) -> DateRef? {
        while let (range, span, dates) = paragraph.pending.popLast() {
            if let date = mainClauseDate(range, span: span, dates: dates, &spare) {
                paragraph.set(date)
                break
            }
        }
        return paragraph.discourse
    }

    /// The last of a sentence's event dates (those of the timexes `dates` that date events and
    /// lie in `span`) that lies in a main clause (not participial or relative), if any: the date
    /// the sentence leaves to the next ones.
    ///
    /// Only the sentence's tokens up to the one after the last date's last token are read: the
    /// clause starts up to that last token are those of the whole sentence (a start depends
    /// on the token before it and the one after it), and a clause start after it holds no date.
    private func mainClauseDate(_ range: Range<Int>, span: Span, dates: Range<Int>, _ words: inout SentenceWords) -> DateRef? {
        let timexSpans = timexSpans, timexDatesEvents = timexDatesEvents
        var datesEnd = span.start
        for t in dates where timexDatesEvents[t] && span.contains(timexSpans[t]) { datesEnd = max(datesEnd, timexSpans[t].end) }
        let last = firstToken(endingAfter: datesEnd - 1, from: range.lowerBound)
        readWords(range.lowerBound..<min(range.upperBound, last + 2), into: &words)
        findClauses(&words)
        var found: DateRef?
        for n in 0..<words.clauseCount where !words.clauseIsSubordinate[n] {
            let clause = words.clause(n)
            let clauseSpan = Span(tokens.start(at: clause.lowerBound), tokens.end(at: clause.upperBound - 1))
            if let last = dates.last(where: {
                timexDatesEvents[$0] && span.contains(timexSpans[$0]) && clauseSpan.contains(timexSpans[$0])
            }) {
                found = (last, context.timexes[last].value)
            }
        }
        return found
    }

    /// The entities of the next sentence of the paragraph, which may name who a participant-less
    /// event is about; none when the paragraph ends with sentence `s`. `first`: a token before
    /// which every token ends before the next sentence starts (the end of sentence `s`'s tokens).
    /// Returned as the entities from `entity` on that start before the next sentence ends, of
    /// which those within `sentence` count (no array).
    private func followingEntities(sentence s: Int, from first: Int, entity: Int) -> (entities: Range<Int>, sentence: Span) {
        let sentences = context.sentences
        let none = (entities: 0..<0, sentence: Span(0, 0))
        guard s + 1 < sentences.count else { return none }
        let next = firstToken(endingAfter: sentences[s + 1].start, from: first)
        guard next < tokens.count && !tokens.flags(at: next).contains(.paragraphStart) else { return none }
        return (Self.spans(from: entity, before: sentences[s + 1].end, entitySpans), sentences[s + 1])
    }

    /// The first token at or after `cursor` that ends after `offset` (every token before
    /// `cursor` must end at or before `offset`): a galloping search forward from `cursor`, as
    /// sentences come in order and token ends grow with their index.
    @inline(__always)
    private func firstToken(endingAfter offset: Int, from cursor: Int) -> Int {
        let tokens = tokens
        return tokens.withPacked { packed in
            /// Whether token `i` ends at or before `offset` (the packed length, unless too long).
            func endsBefore(_ i: Int) -> Bool {
                let p = packed[i]
                return (p.length == UInt16.max ? tokens.end(at: i) : Int(p.start) + Int(p.length)) <= offset
            }
            var lo = cursor, hi = cursor, step = 1
            while hi < packed.count && endsBefore(hi) {
                lo = hi + 1
                hi += step
                step *= 2
            }
            hi = min(hi, packed.count)
            while lo < hi {
                let mid = (lo + hi) / 2
                if endsBefore(mid) { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
    }

    /// The tokens that lie within `span` (as ``TokenLayer/indices(within:)``), from the first
    /// token ending after its start. The end by a galloping search (``firstToken(endingAfter:from:)``):
    /// a few token reads for a sentence of 30 tokens instead of 30.
    private func tokenRange(within span: Span, from first: Int) -> Range<Int> {
        var i = first
        while i < tokens.count && tokens.start(at: i) < span.start { i += 1 }
        // Token ends grow with their index: the first token from `i` ending after the span. A
        // sentence has about a token per 5 or 6 scalars (words and their spaces): when the
        // token a seventh of its length on ends within it, the search starts there (one read
        // saves three or four); else from `i`.
        let guess = i + span.length / 7
        if guess > i && guess <= tokens.count && tokens.end(at: guess - 1) <= span.end {
            return i..<firstToken(endingAfter: span.end, from: guess)
        }
        return i..<firstToken(endingAfter: span.end, from: i)
    }

    /// Whether a timex can date an event: a date or time, not a duration, a set or a vague
    /// reference to the past, present or future.
    private static func isEventDate(kind: Timex.Kind, value: String) -> Bool {
        guard kind == .date || kind == .time else { return false }
        // String's `hasSuffix` and `hasPrefix` compare characters (some fifty instructions
        // each): they run only when the last or first byte can end or start the affix (`F` and
        // `P` have no other spelling).
        let utf8 = value.utf8
        let ends = utf8.withContiguousStorageIfAvailable { ($0.first, $0.last) } ?? (utf8.first, utf8.last)
        if ends.1 == UInt8(ascii: "F") && value.hasSuffix("_REF") { return false }
        if ends.0 == UInt8(ascii: "P") && value.hasPrefix("P") { return false }
        return true
    }

    /// The timexes from index `first` on that start before `end`: a sentence's event dates are
    /// those of them that can date an event and lie within it (filtered where read: no array
    /// per sentence).
    private func timexRange(from first: Int, before end: Int) -> Range<Int> {
        Self.spans(from: first, before: end, timexSpans)
    }

    /// The `spans` from index `first` on that start before `end`.
    private static func spans(from first: Int, before end: Int, _ spans: [Span]) -> Range<Int> {
        var i = first
        while i < spans.count && spans[i].start < end { i += 1 }
        return first..<max(first, i)
    }

    /// A line of its own without final punctuation, short: `Vendredi 17 novembre, heure locale`.
    private func isHeading(_ range: Range<Int>, sentence s: Int) -> Bool {
        guard range.count <= 16, tokens[range.lowerBound].flags.contains(.lineStart) else { return false }
        if s + 1 < context.sentences.count {
            let next = firstToken(endingAfter: context.sentences[s + 1].start, from: range.upperBound)
            guard next < tokens.count, tokens[next].flags.contains(.lineStart) else { return false }
        }
        var last = range.upperBound - 1
        while last > range.lowerBound && tokens[last].kind == .quote { last -= 1 }
        let r = byteRange(last)
        let end = bytes[r.upperBound - 1]
        // . ! ? and … (E2 80 A6) end sentences, not headings.
        return !(end == 0x2E || end == 0x21 || end == 0x3F || (end == 0xA6 && r.count >= 3))
    }

    // MARK: - Triggers and events

    /// The clause's trigger: its first verb trigger, else its first noun trigger. A trigger is
    /// in lower case (or opens the sentence) and is not part of an entity's name.
    /// Returns the trigger's token and its sense's index in ``EventStage/senses`` (the sense
    /// itself, four strings, is read where needed, not copied).
    /// `entities`: the entities that may hold the clause's words (``insideEntity(_:among:)``).
    private func trigger(in clause: Range<Int>, _ words: SentenceWords, entities: Range<Int>) -> (index: Int, sense: Int)? {
        let senses = stage.senses, first = words.range.lowerBound
        // Most words are no trigger: their sense index is read through a buffer pointer (no
        // bounds check per token).
        return words.infos.withUnsafeBufferPointer { infos in
            var noun: (index: Int, sense: Int)?
            for i in clause {
                let index = infos[i - first].senseIndex
                guard index >= 0, tokens.kind(at: i) == .word,
                      tokens.flags(at: i).contains(.lowercase) || i == first,
                      !insideEntity(tokens[i].span, among: entities) else { continue }
                if senses[Int(index)].isVerb { return (i, Int(index)) }
                if noun == nil { noun = (i, Int(index)) }
            }
            return noun
        }
    }

    /// Whether `span` lies in one of the entities `among` (a range of ``entitySpans`` that holds
    /// every entity that may contain it: those of its sentence).
    private func insideEntity(_ span: Span, among range: Range<Int>) -> Bool {
        // A binary search over the entities' spans (not the mentions: each probe would copy
        // a mention's strings).
        let entities = entitySpans
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if entities[mid].end <= span.start { lo = mid + 1 } else { hi = mid }
        }
        return lo < range.upperBound && entities[lo].contains(span)
    }

    /// The event of a clause. When the sentence names no person or organisation, those of the
    /// `following` sentence of the paragraph are taken as its context (`En octobre, les conflits
    /// se sont intensifiés. Des sources … Altman … Sutskever`), with the role `context`.
    /// `entities`: those of them within `sentence` are the sentence's; likewise `following`'s.
    private func event(trigger: (index: Int, sense: Int), clause: Range<Int>, _ words: SentenceWords, sentence: Span,
                       entities: Range<Int>, following: (entities: Range<Int>, sentence: Span),
                       date: Event.EventDate?) -> Event {
        let sense = stage.senses[trigger.sense]
        let entitySpans = entitySpans
        let triggerSpan = tokens[trigger.index].span
        var lastToken = clause.upperBound - 1
        while lastToken > clause.lowerBound && isMark(lastToken, 0x2C) { lastToken -= 1 }
        let clauseSpan = Span(tokens[clause.lowerBound].start, tokens[lastToken].end)
        let passive = sense.isParticiple && sense.hasPassive && (max(clause.lowerBound, trigger.index - 3)..<trigger.index).contains {
            words.info($0).roles.contains(.passiveAuxiliary)
        }
        var participants: [Event.Participant] = []
        // At most one per entity of the two sentences: one allocation, no growth.
        participants.reserveCapacity(entities.count + following.entities.count)
        // Facts about the participants kept as they are added, from the mentions' types (not by
        // comparing the participants' strings afterwards). `location` is tested with
        // `hasLocation`: `location == nil` would compare through `Equatable`, copying it.
        var location: Event.Participant?
        var hasLocation = false, hasActor = false, hasCoreRole = false
        var firstPlace: Int?                     // the first participant of type LOC
        for e in entities where sentence.contains(entitySpans[e]) {
            let mention = context.entities[e]
            let role = self.role(of: mention, clause: clause, words, clauseSpan: clauseSpan, trigger: triggerSpan,
                                 passive: passive, type: sense.type)
            let p = Event.Participant(span: mention.span, id: mention.id, name: mention.name, type: mention.type.description, role: role)
            if mention.type == .location, !hasLocation, clauseSpan.contains(mention.span) { location = p; hasLocation = true }
            // A role of rank 3 is kept, by this participant or by an earlier one of the same id.
            if Self.rank(role) == 3 { hasCoreRole = true }
            if let k = participants.firstIndex(where: { $0.id == p.id }) {
                if Self.rank(p.role) > Self.rank(participants[k].role) { participants[k].role = p.role }
            } else {
                if mention.type == .location && firstPlace == nil { firstPlace = participants.count }
                if Self.isActor(mention.type) { hasActor = true }
                participants.append(p)
            }
        }
        if !hasLocation, let place = firstPlace { location = participants[place] }
        var borrowed = false
        if !hasActor {
            for e in following.entities where following.sentence.contains(entitySpans[e]) {
                let mention = context.entities[e]
                guard Self.isActor(mention.type), !participants.contains(where: { $0.id == mention.id }) else { continue }
                participants.append(Event.Participant(span: mention.span, id: mention.id, name: mention.name,
                                                      type: mention.type.description, role: "context"))
                borrowed = true
            }
        }
        var type = sense.type
        if let required = sense.requiredType, let fallback = sense.fallbackType, !entities.contains(where: {
            sentence.contains(entitySpans[$0]) && clauseSpan.contains(entitySpans[$0])
                && context.entities[$0].type.description == required
        }) {
            type = fallback
        }
        var confidence = 0.4
        if sense.isVerb { confidence += 0.2 }
        if let date { confidence += date.inheritance == .own || date.inheritance == .sentence ? 0.1 : 0.05 }
        if hasCoreRole { confidence += 0.15 }
        if !participants.isEmpty && !borrowed { confidence += 0.05 }
        if borrowed { confidence -= 0.1 }
        return Event(type: type, trigger: triggerSpan, lemma: sense.lemma, date: date, participants: participants,
                     location: location, evidence: clauseSpan, confidence: min(confidence, 0.9))
    }

    /// The role of a mention: by position in the clause and voice; `related` outside it.
    private func role(of mention: EntityMention, clause: Range<Int>, _ words: SentenceWords, clauseSpan: Span,
                      trigger: Span, passive: Bool, type: String) -> String {
        if mention.type == .location { return "place" }
        if mention.type == .product { return "artifact" }
        guard clauseSpan.contains(mention.span), mention.type == .person || mention.type == .organization else { return "related" }
        if mention.span.end <= trigger.start { return passive ? "patient" : "agent" }
        if type == "Statement" || type.hasPrefix("Movement") { return "related" }
        if passive {
            // `par` right before the mention, or before its article: `par le conseil`.
            let first = tokens.firstIndex(endingAfter: mention.span.start)
            for back in 1...2 where first - back >= words.range.lowerBound {
                let i = first - back
                let roles = words.info(i).roles
                if roles.contains(.agentPreposition) { return "agent" }
                if !roles.contains(.determiner) { break }
            }
        }
        return "patient"
    }

    /// Whether an entity of this type can act: a person or an organisation (`PER`, `ORG`).
    private static func isActor(_ type: EntityType) -> Bool { type == .person || type == .organization }

    private static func rank(_ role: String) -> Int {
        switch role {
        case "agent", "patient": 3
        case "place", "artifact": 2
        default: 1
        }
    }
}
