/// Reads the events of one document, sentence by sentence (see ``EventStage``).
struct EventReader {
    let stage: EventStage
    let context: EventContext
    let bytes: UnsafeBufferPointer<UInt8>
    /// The shared folded tokens: UTF-8 ranges, folded forms and their hashes.
    let folded: FoldedTokens
    /// Word information of the current sentence's tokens (a buffer reused across sentences).
    private var infos: [EventStage.WordInfo] = []
    /// Where the clauses of the current sentence start, and whether each is subordinate
    /// (buffers reused across sentences; see ``findClauses(_:)``).
    private var clauseStarts: [Int] = []
    private var clauseIsSubordinate: [Bool] = []

    init(stage: EventStage, context: EventContext, bytes: UnsafeBufferPointer<UInt8>, folded: FoldedTokens) {
        self.stage = stage
        self.context = context
        self.bytes = bytes
        self.folded = folded
    }

    private var tokens: TokenLayer { context.tokens }

    /// A date that events can take: index in the timex layer and value.
    private typealias DateRef = (timex: Int, value: String)

    mutating func events() -> [Event] {
        var events: [Event] = []
        var heading: DateRef?
        var discourse: DateRef?           // the last date of the current paragraph
        var entity = 0, timex = 0
        var first = 0                     // the first token ending after the sentence's start
        let sentences = context.sentences
        let entitySpans = context.entities.map(\.span), timexSpans = context.timexes.map(\.span)
        for (s, sentence) in sentences.enumerated() {
            first = firstToken(endingAfter: sentence.start, from: first)
            let range = tokenRange(within: sentence, from: first)
            guard !range.isEmpty else { continue }
            while entity < context.entities.count && context.entities[entity].span.end <= sentence.start { entity += 1 }
            while timex < context.timexes.count && context.timexes[timex].span.end <= sentence.start { timex += 1 }
            let sentenceDates = Self.indices(from: timex, within: sentence, timexSpans).filter { isEventDate(context.timexes[$0]) }
            if tokens.flags(at: range.lowerBound).contains(.paragraphStart) { discourse = nil }
            currentSentence = range
            if isHeading(range, sentence: s) {
                heading = sentenceDates.first.map { ($0, context.timexes[$0].value) }
                discourse = nil
                continue
            }
            // Without a date or a possible trigger, the sentence changes nothing.
            guard !sentenceDates.isEmpty || mayHoldTrigger(range) else { continue }
            readWords(range)
            findClauses(range)
            var sentenceEntities: [Int]?
            var following: [Int]?
            var sentenceDate: DateRef?
            for n in clauseStarts.indices {
                let clause = clauseStarts[n]..<(n + 1 < clauseStarts.count ? clauseStarts[n + 1] : range.upperBound)
                let clauseSpan = Span(tokens.start(at: clause.lowerBound), tokens.end(at: clause.upperBound - 1))
                let own = sentenceDates.first { clauseSpan.contains(context.timexes[$0].span) }
                if let trigger = trigger(in: clause) {
                    var date: Event.EventDate?
                    if let own {
                        date = .init(value: context.timexes[own].value, timex: own, inheritance: .own)
                    } else if let d = sentenceDate {
                        date = .init(value: d.value, timex: d.timex, inheritance: .sentence)
                    } else if let d = discourse {
                        date = .init(value: d.value, timex: d.timex, inheritance: .previous)
                    } else if let d = heading {
                        date = .init(value: d.value, timex: d.timex, inheritance: .heading)
                    }
                    let entities = sentenceEntities ?? Self.indices(from: entity, within: sentence, entitySpans)
                    sentenceEntities = entities
                    let next = following ?? followingEntities(sentence: s, from: first, entity: entity, entitySpans)
                    following = next
                    events.append(event(trigger: trigger, clause: clause, sentence: sentence,
                                        entities: entities, following: next, date: date))
                }
                // A participial or relative clause's date is its own: it does not date what follows.
                if !clauseIsSubordinate[n], let last = sentenceDates.last(where: { clauseSpan.contains(context.timexes[$0].span) }) {
                    sentenceDate = (last, context.timexes[last].value)
                }
            }
            if let d = sentenceDate { discourse = d }
        }
        return events
    }

    /// The entities of the next sentence of the paragraph, which may name who a participant-less
    /// event is about; none when the paragraph ends with sentence `s`.
    private func followingEntities(sentence s: Int, from first: Int, entity: Int, _ entitySpans: [Span]) -> [Int] {
        let sentences = context.sentences
        guard s + 1 < sentences.count else { return [] }
        let next = firstToken(endingAfter: sentences[s + 1].start, from: first)
        guard next < tokens.count && !tokens.flags(at: next).contains(.paragraphStart) else { return [] }
        return Self.indices(from: entity, within: sentences[s + 1], entitySpans)
    }

    /// The first token at or after `cursor` that ends after `offset` (every token before
    /// `cursor` must end at or before `offset`): a walk forward, as sentences come in order.
    private func firstToken(endingAfter offset: Int, from cursor: Int) -> Int {
        var i = cursor
        while i < tokens.count && tokens.end(at: i) <= offset { i += 1 }
        return i
    }

    /// The tokens that lie within `span` (as ``TokenLayer/indices(within:)``), from the first
    /// token ending after its start.
    private func tokenRange(within span: Span, from first: Int) -> Range<Int> {
        var i = first
        while i < tokens.count && tokens.start(at: i) < span.start { i += 1 }
        var j = i
        while j < tokens.count && tokens.end(at: j) <= span.end { j += 1 }
        return i..<j
    }

    /// Whether a timex can date an event: a date or time, not a duration, a set or a vague
    /// reference to the past, present or future.
    private func isEventDate(_ t: Timex) -> Bool {
        (t.kind == .date || t.kind == .time) && !t.value.hasSuffix("_REF") && !t.value.hasPrefix("P")
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

    // MARK: - Words

    /// Whether a word of the sentence may be a trigger, read from the folded hashes alone
    /// (``EventStage/triggerFilter``): the lower-case words and the first one.
    private func mayHoldTrigger(_ range: Range<Int>) -> Bool {
        let filter = stage.triggerFilter, tokens = tokens
        return folded.hashes.withUnsafeBufferPointer { hashes in
            for i in range where tokens.kind(at: i) == .word
                && (i == range.lowerBound || tokens.flags(at: i).contains(.lowercase)) && filter.mayContain(hashes[i]) {
                return true
            }
            return false
        }
    }

    /// Looks up the words of a sentence: ASCII tokens by their shared folded form and hash,
    /// others folded from their UTF-8 when ``EventStage/wordFilter`` lets them through; marks
    /// the participle forms (``EventStage/WordRoles/participleForm``).
    private mutating func readWords(_ range: Range<Int>) {
        infos.removeAll(keepingCapacity: true)
        infos.append(contentsOf: repeatElement(EventStage.WordInfo(), count: range.count))
        let words = stage.words, filter = stage.wordFilter, suffix = stage.participleSuffix
        let folded = folded, tokens = tokens, bytes = bytes
        folded.bytes.withUnsafeBufferPointer { view in
        folded.hashes.withUnsafeBufferPointer { hashes in
        infos.withUnsafeMutableBufferPointer { out in
            for i in range {
                let kind = tokens.kind(at: i)
                guard kind != .symbol && kind != .number else { continue }
                var info = EventStage.WordInfo()
                var utf8: Range<Int>?
                if folded.isASCII(i) {
                    let form = UnsafeBufferPointer(rebasing: view[folded.range(i)])
                    let slot = words.slot(folded: form, hash: hashes[i])
                    if slot >= 0 { info = words.value(atSlot: slot) }
                } else if filter.mayContain(hashes[i]) {
                    let r = folded.utf8Range(i, tokens: tokens, utf8: bytes)
                    utf8 = r
                    let slot = words.slot(bytes, r)
                    if slot >= 0 { info = words.value(atSlot: slot) }
                }
                // A participle: a lower-case word of 5 scalars or more ending with the suffix.
                if let suffix, kind == .word, tokens.flags(at: i).contains(.lowercase),
                   tokens.end(at: i) - tokens.start(at: i) >= 5, !info.roles.contains(.notParticiple) {
                    let r = utf8 ?? folded.utf8Range(i, tokens: tokens, utf8: bytes)
                    if r.count > suffix.count && Self.hasSuffix(bytes, r, suffix) { info.roles.insert(.participleForm) }
                }
                out[i - range.lowerBound] = info
            }
        }}}
    }

    /// Whether `bytes[range]` ends with `suffix`.
    @inline(__always)
    private static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ suffix: [UInt8]) -> Bool {
        for k in 0..<suffix.count where bytes[range.upperBound - suffix.count + k] != suffix[k] { return false }
        return true
    }

    /// The UTF-8 range of token `i`.
    @inline(__always)
    private func byteRange(_ i: Int) -> Range<Int> { folded.utf8Range(i, tokens: tokens, utf8: bytes) }

    /// The roles of token `i` of the sentence `range` (``readWords(_:)``).
    @inline(__always)
    private func roles(_ i: Int, _ range: Range<Int>) -> EventStage.WordRoles { infos[i - range.lowerBound].roles }

    private func isMark(_ i: Int, _ range: Range<Int>, _ byte: UInt8) -> Bool {
        let r = byteRange(i)
        return r.count == 1 && bytes[r.lowerBound] == byte
    }

    /// A line of its own without final punctuation, short: `Vendredi 17 novembre, heure locale`.
    private func isHeading(_ range: Range<Int>, sentence s: Int) -> Bool {
        guard range.count <= 16, tokens[range.lowerBound].flags.contains(.lineStart) else { return false }
        if s + 1 < context.sentences.count {
            let next = tokens.firstIndex(endingAfter: context.sentences[s + 1].start)
            guard next < tokens.count, tokens[next].flags.contains(.lineStart) else { return false }
        }
        var last = range.upperBound - 1
        while last > range.lowerBound && tokens[last].kind == .quote { last -= 1 }
        let r = byteRange(last)
        let end = bytes[r.upperBound - 1]
        // . ! ? and … (E2 80 A6) end sentences, not headings.
        return !(end == 0x2E || end == 0x21 || end == 0x3F || (end == 0xA6 && r.count >= 3))
    }

    // MARK: - Clauses

    /// Finds the clauses of a sentence: where each starts (``clauseStarts``; the first at the
    /// sentence's start, each running to the next) and whether it is participial or relative
    /// (``clauseIsSubordinate``: its date stays its own).
    private mutating func findClauses(_ range: Range<Int>) {
        clauseStarts.removeAll(keepingCapacity: true)
        clauseIsSubordinate.removeAll(keepingCapacity: true)
        clauseStarts.append(range.lowerBound)
        clauseIsSubordinate.append(false)
        var last = range.lowerBound
        for i in range.dropFirst() {
            let previous = roles(i - 1, range)
            let roles = roles(i, range)
            var opens = false, subordinate = false
            if previous.contains(.clauseMark) {
                opens = true
            } else if roles.contains(.opensAfterComma) && isMark(i - 1, range, 0x2C) || roles.contains(.opensClause) {
                opens = true
                subordinate = roles.contains(.subordinate)
            } else if roles.contains(.gerund) && i + 1 < range.upperBound && isParticiple(i + 1, range) {
                (opens, subordinate) = (true, true)
            } else if isParticiple(i, range) && !previous.contains(.gerund) {
                (opens, subordinate) = (true, true)
            }
            if opens && i > last {
                clauseStarts.append(i)
                clauseIsSubordinate.append(subordinate)
                last = i
            }
        }
    }

    /// A present participle opening a clause: `demandant`, `déclenchant` (not `pendant`, `le dirigeant`).
    @inline(__always)
    private func isParticiple(_ i: Int, _ range: Range<Int>) -> Bool {
        roles(i, range).contains(.participleForm) && !(i > range.lowerBound && roles(i - 1, range).contains(.determiner))
    }

    // MARK: - Triggers and events

    /// The clause's trigger: its first verb trigger, else its first noun trigger. A trigger is
    /// in lower case (or opens the sentence) and is not part of an entity's name.
    private func trigger(in clause: Range<Int>) -> (index: Int, sense: TriggerLexicon.Sense)? {
        var noun: (Int, TriggerLexicon.Sense)?
        for i in clause {
            let index = infos[i - currentSentence.lowerBound].senseIndex
            guard index >= 0, tokens[i].kind == .word,
                  tokens[i].flags.contains(.lowercase) || i == currentSentence.lowerBound,
                  !insideEntity(tokens[i].span) else { continue }
            let sense = stage.senses[Int(index)]
            if sense.isVerb { return (i, sense) }
            if noun == nil { noun = (i, sense) }
        }
        return noun
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
        let types = Set(entities.filter { clauseSpan.contains(context.entities[$0].span) }.map { context.entities[$0].type.description })
        var type = trigger.sense.type
        if let required = trigger.sense.requiredType, !types.contains(required), let fallback = trigger.sense.fallbackType {
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
