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
    /// Whether the suffix has no upper-case ASCII letter (it is then its own folding).
    let suffixIsFolded: Bool
    /// The spans of the entities and of the timexes, by index.
    let entitySpans: [Span], timexSpans: [Span]
    /// Whether each timex can date an event (``isEventDate(_:)``), by index.
    let timexDatesEvents: [Bool]
    /// The document's tokens (stored: reading them costs no reference count per access).
    let tokens: TokenLayer
    /// Word information of the current sentence's tokens (a buffer reused across sentences).
    var infos: [EventStage.WordInfo] = []
    /// Where the clauses of the current sentence start, and whether each is subordinate
    /// (buffers reused across sentences; see ``findClauses(_:)``).
    var clauseStarts: [Int] = []
    var clauseIsSubordinate: [Bool] = []
    /// The last date of the current paragraph, as far as it is known (see ``pendingDates``).
    private var discourse: DateRef?
    /// Buffers for reading pending sentences while a sentence's are in use.
    private var spareInfos: [EventStage.WordInfo] = []
    private var spareClauseStarts: [Int] = []
    private var spareClauseIsSubordinate: [Bool] = []
    /// The sentences of the paragraph since ``discourse`` was set that hold dates but no
    /// trigger, in text order: their clauses are read only when an event needs the date they
    /// leave (``paragraphDate()``).
    private var pendingDates: [(tokens: Range<Int>, dates: [Int])] = []

    init(stage: EventStage, context: EventContext, bytes: UnsafeBufferPointer<UInt8>, folded: FoldedTokens) {
        self.stage = stage
        self.context = context
        self.bytes = bytes
        self.folded = folded
        words = stage.words
        triggerFilter = stage.triggerFilter
        wordFilter = stage.wordFilter
        participleSuffix = stage.participleSuffix
        suffixIsFolded = !(stage.participleSuffix ?? []).contains { $0 >= 0x41 && $0 <= 0x5A }
        entitySpans = context.entities.map(\.span)
        timexSpans = context.timexes.map(\.span)
        timexDatesEvents = context.timexes.map(Self.isEventDate)
        tokens = context.tokens
    }

    /// A date that events can take: index in the timex layer and value.
    private typealias DateRef = (timex: Int, value: String)

    func events() -> [Event] {
        var events: [Event] = []
        var heading: DateRef?
        var entity = 0, timex = 0
        var first = 0                     // the first token ending after the sentence's start
        var cursor = 0                    // every token before it ends before the sentence's start
        // Locals for the closures below.
        let sentences = context.sentences, timexes = context.timexes
        let timexSpans = timexSpans, entitySpans = entitySpans, tokens = tokens
        for (s, sentence) in sentences.enumerated() {
            // Sentences come in order: the search starts after the previous sentence's tokens.
            first = firstToken(endingAfter: sentence.start, from: cursor)
            let range = tokenRange(within: sentence, from: first)
            cursor = range.upperBound
            guard !range.isEmpty else { continue }
            while entity < entitySpans.count && entitySpans[entity].end <= sentence.start { entity += 1 }
            while timex < timexSpans.count && timexSpans[timex].end <= sentence.start { timex += 1 }
            let sentenceDates = eventDates(from: timex, within: sentence)
            if tokens.flags(at: range.lowerBound).contains(.paragraphStart) { setDiscourse(nil) }
            currentSentence = range
            if isHeading(range, sentence: s) {
                heading = sentenceDates.first.map { ($0, timexes[$0].value) }
                setDiscourse(nil)
                continue
            }
            // Without a trigger, the sentence makes no event; its dates may date later ones.
            guard hasTrigger(range) else {
                if !sentenceDates.isEmpty { pendingDates.append((range, sentenceDates)) }
                continue
            }
            readWords(range)
            findClauses(range)
            var sentenceEntities: [Int]?
            var following: [Int]?
            var sentenceDate: DateRef?
            for n in clauseStarts.indices {
                let clause = clauseStarts[n]..<(n + 1 < clauseStarts.count ? clauseStarts[n + 1] : range.upperBound)
                let clauseSpan = Span(tokens.start(at: clause.lowerBound), tokens.end(at: clause.upperBound - 1))
                let own = sentenceDates.first { clauseSpan.contains(timexSpans[$0]) }
                if let trigger = trigger(in: clause) {
                    var date: Event.EventDate?
                    if let own {
                        date = .init(value: timexes[own].value, timex: own, inheritance: .own)
                    } else if let d = sentenceDate {
                        date = .init(value: d.value, timex: d.timex, inheritance: .sentence)
                    } else if let d = paragraphDate() {
                        date = .init(value: d.value, timex: d.timex, inheritance: .previous)
                    } else if let d = heading {
                        date = .init(value: d.value, timex: d.timex, inheritance: .heading)
                    }
                    let entities = sentenceEntities ?? Self.indices(from: entity, within: sentence, entitySpans)
                    sentenceEntities = entities
                    let next = following ?? followingEntities(sentence: s, from: range.upperBound, entity: entity)
                    following = next
                    events.append(event(trigger: trigger, clause: clause, sentence: sentence,
                                        entities: entities, following: next, date: date))
                }
                // A participial or relative clause's date is its own: it does not date what follows.
                if !clauseIsSubordinate[n], let last = sentenceDates.last(where: { clauseSpan.contains(timexSpans[$0]) }) {
                    sentenceDate = (last, timexes[last].value)
                }
            }
            if let d = sentenceDate { setDiscourse(d) }
        }
        return events
    }

    /// Sets the paragraph's last date (nil: a new paragraph or a heading), forgetting the
    /// sentences before.
    private func setDiscourse(_ date: DateRef?) {
        discourse = date
        if !pendingDates.isEmpty { pendingDates.removeAll(keepingCapacity: true) }
    }

    /// The last date of the paragraph that dates a main clause: that of the latest pending
    /// sentence that has one (its clauses read now, in spare buffers), else ``discourse``.
    private func paragraphDate() -> DateRef? {
        guard !pendingDates.isEmpty else { return discourse }
        swap(&infos, &spareInfos)
        swap(&clauseStarts, &spareClauseStarts)
        swap(&clauseIsSubordinate, &spareClauseIsSubordinate)
        while let (range, dates) = pendingDates.popLast() {
            if let date = mainClauseDate(range, dates: dates) {
                setDiscourse(date)
                break
            }
        }
        swap(&infos, &spareInfos)
        swap(&clauseStarts, &spareClauseStarts)
        swap(&clauseIsSubordinate, &spareClauseIsSubordinate)
        return discourse
    }

    /// The last of a sentence's `dates` that lies in a main clause (not participial or
    /// relative), if any: the date the sentence leaves to the next ones.
    private func mainClauseDate(_ range: Range<Int>, dates: [Int]) -> DateRef? {
        readWords(range)
        findClauses(range)
        let timexSpans = timexSpans
        var found: DateRef?
        for n in clauseStarts.indices where !clauseIsSubordinate[n] {
            let end = n + 1 < clauseStarts.count ? clauseStarts[n + 1] : range.upperBound
            let clauseSpan = Span(tokens.start(at: clauseStarts[n]), tokens.end(at: end - 1))
            if let last = dates.last(where: { clauseSpan.contains(timexSpans[$0]) }) {
                found = (last, context.timexes[last].value)
            }
        }
        return found
    }

    /// The entities of the next sentence of the paragraph, which may name who a participant-less
    /// event is about; none when the paragraph ends with sentence `s`. `first`: a token before
    /// which every token ends before the next sentence starts (the end of sentence `s`'s tokens).
    private func followingEntities(sentence s: Int, from first: Int, entity: Int) -> [Int] {
        let sentences = context.sentences
        guard s + 1 < sentences.count else { return [] }
        let next = firstToken(endingAfter: sentences[s + 1].start, from: first)
        guard next < tokens.count && !tokens.flags(at: next).contains(.paragraphStart) else { return [] }
        return Self.indices(from: entity, within: sentences[s + 1], entitySpans)
    }

    /// The first token at or after `cursor` that ends after `offset` (every token before
    /// `cursor` must end at or before `offset`): a galloping search forward from `cursor`, as
    /// sentences come in order and token ends grow with their index.
    private func firstToken(endingAfter offset: Int, from cursor: Int) -> Int {
        let tokens = tokens
        var lo = cursor, hi = cursor, step = 1
        while hi < tokens.count && tokens.end(at: hi) <= offset {
            lo = hi + 1
            hi += step
            step *= 2
        }
        hi = min(hi, tokens.count)
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens.end(at: mid) <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The tokens that lie within `span` (as ``TokenLayer/indices(within:)``), from the first
    /// token ending after its start.
    /// A forward scan: the sentence's tokens are read next anyway.
    private func tokenRange(within span: Span, from first: Int) -> Range<Int> {
        let tokens = tokens
        return tokens.withPacked { packed in
            var i = first
            while i < packed.count && Int(packed[i].start) < span.start { i += 1 }
            var j = i
            while j < packed.count {
                let p = packed[j]
                let end = p.length == UInt16.max ? tokens.end(at: j) : Int(p.start) + Int(p.length)
                if end > span.end { break }
                j += 1
            }
            return i..<j
        }
    }

    /// Whether a timex can date an event: a date or time, not a duration, a set or a vague
    /// reference to the past, present or future.
    private static func isEventDate(_ t: Timex) -> Bool {
        (t.kind == .date || t.kind == .time) && !t.value.hasSuffix("_REF") && !t.value.hasPrefix("P")
    }

    /// The timexes within `span` that can date an event, from index `first` on (no array is
    /// allocated for a sentence without one).
    private func eventDates(from first: Int, within span: Span) -> [Int] {
        var out: [Int] = []
        var i = first
        while i < timexSpans.count && timexSpans[i].start < span.end {
            if timexDatesEvents[i] && span.contains(timexSpans[i]) { out.append(i) }
            i += 1
        }
        return out
    }

    private static func indices(from first: Int, within span: Span, _ spans: [Span]) -> [Int] {
        var out: [Int] = []
        var i = first
        while i < spans.count && spans[i].start < span.end {
            if span.contains(spans[i]) { out.append(i) }
            i += 1
        }
        return out
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
    private func trigger(in clause: Range<Int>) -> (index: Int, sense: TriggerLexicon.Sense)? {
        var noun: (Int, Int)?
        for i in clause {
            let index = infos[i - currentSentence.lowerBound].senseIndex
            guard index >= 0, tokens[i].kind == .word,
                  tokens[i].flags.contains(.lowercase) || i == currentSentence.lowerBound,
                  !insideEntity(tokens[i].span) else { continue }
            // The sense is copied (four strings) only for the trigger returned.
            if stage.senses[Int(index)].isVerb { return (i, stage.senses[Int(index)]) }
            if noun == nil { noun = (i, Int(index)) }
        }
        return noun.map { ($0.0, stage.senses[$0.1]) }
    }

    private func insideEntity(_ span: Span) -> Bool {
        // Entities are few per sentence: a binary search over their starts.
        let entities = context.entities
        var lo = 0, hi = entities.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entities[mid].span.end <= span.start { lo = mid + 1 } else { hi = mid }
        }
        return lo < entities.count && entities[lo].span.contains(span)
    }

    /// The event of a clause. When the sentence names no person or organisation, those of the
    /// `following` sentence of the paragraph are taken as its context (`En octobre, les conflits
    /// se sont intensifiés. Des sources … Altman … Sutskever`), with the role `context`.
    private func event(trigger: (index: Int, sense: TriggerLexicon.Sense), clause: Range<Int>, sentence: Span,
                       entities: [Int], following: [Int], date: Event.EventDate?) -> Event {
        let triggerSpan = tokens[trigger.index].span
        var lastToken = clause.upperBound - 1
        while lastToken > clause.lowerBound && isMark(lastToken, currentSentence, 0x2C) { lastToken -= 1 }
        let clauseSpan = Span(tokens[clause.lowerBound].start, tokens[lastToken].end)
        let passive = trigger.sense.isParticiple && trigger.sense.hasPassive && (max(clause.lowerBound, trigger.index - 3)..<trigger.index).contains {
            infos[$0 - currentSentence.lowerBound].roles.contains(.passiveAuxiliary)
        }
        var participants: [Event.Participant] = []
        var location: Event.Participant?
        for e in entities {
            let mention = context.entities[e]
            let role = self.role(of: mention, clause: clause, clauseSpan: clauseSpan, trigger: triggerSpan,
                                 passive: passive, type: trigger.sense.type)
            let p = Event.Participant(span: mention.span, id: mention.id, name: mention.name, type: mention.type.description, role: role)
            if mention.type == .location, clauseSpan.contains(mention.span), location == nil { location = p }
            if let k = participants.firstIndex(where: { $0.id == p.id }) {
                if Self.rank(p.role) > Self.rank(participants[k].role) { participants[k].role = p.role }
            } else {
                participants.append(p)
            }
        }
        if location == nil, let place = participants.first(where: { $0.type == "LOC" }) { location = place }
        let actors = { (p: Event.Participant) in p.type == "PER" || p.type == "ORG" }
        var borrowed = false
        if !participants.contains(where: actors) {
            for e in following {
                let mention = context.entities[e]
                let p = Event.Participant(span: mention.span, id: mention.id, name: mention.name,
                                          type: mention.type.description, role: "context")
                if actors(p) && !participants.contains(where: { $0.id == p.id }) {
                    participants.append(p)
                    borrowed = true
                }
            }
        }
        var type = trigger.sense.type
        if let required = trigger.sense.requiredType, let fallback = trigger.sense.fallbackType, !entities.contains(where: {
            clauseSpan.contains(context.entities[$0].span) && context.entities[$0].type.description == required
        }) {
            type = fallback
        }
        var confidence = 0.4
        if trigger.sense.isVerb { confidence += 0.2 }
        if let date { confidence += date.inheritance == .own || date.inheritance == .sentence ? 0.1 : 0.05 }
        if participants.contains(where: { $0.role == "agent" || $0.role == "patient" }) { confidence += 0.15 }
        if !participants.isEmpty && !borrowed { confidence += 0.05 }
        if borrowed { confidence -= 0.1 }
        return Event(type: type, trigger: triggerSpan, lemma: trigger.sense.lemma, date: date, participants: participants,
                     location: location, evidence: clauseSpan, confidence: min(confidence, 0.9))
    }

    /// The token range of the sentence being read.
    private var currentSentence: Range<Int> = 0..<0

    /// The role of a mention: by position in the clause and voice; `related` outside it.
    private func role(of mention: EntityMention, clause: Range<Int>, clauseSpan: Span, trigger: Span, passive: Bool,
                      type: String) -> String {
        if mention.type == .location { return "place" }
        if mention.type == .product { return "artifact" }
        guard clauseSpan.contains(mention.span), mention.type == .person || mention.type == .organization else { return "related" }
        if mention.span.end <= trigger.start { return passive ? "patient" : "agent" }
        if type == "Statement" || type.hasPrefix("Movement") { return "related" }
        if passive {
            // `par` right before the mention, or before its article: `par le conseil`.
            let first = tokens.firstIndex(endingAfter: mention.span.start)
            for back in 1...2 where first - back >= currentSentence.lowerBound {
                let i = first - back
                let roles = infos[i - currentSentence.lowerBound].roles
                if roles.contains(.agentPreposition) { return "agent" }
                if !roles.contains(.determiner) { break }
            }
        }
        return "patient"
    }

    private static func rank(_ role: String) -> Int {
        switch role {
        case "agent", "patient": 3
        case "place", "artifact": 2
        default: 1
        }
    }
}
