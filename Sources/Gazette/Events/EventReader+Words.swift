/// Reading the words and clauses of a sentence (see ``EventReader``).
extension EventReader {
    // MARK: - Words

    /// Whether a word of the sentence is a trigger: a lower-case word (or the first) of the
    /// trigger lexicon. Words are looked up only when their folded hash passes
    /// ``EventStage/triggerFilter``.
    func hasTrigger(_ range: Range<Int>) -> Bool {
        let filter = triggerFilter
        return tokens.withPacked { packed in
        folded.hashes.withUnsafeBufferPointer { hashes in
            for i in range where packed[i].kind == .word
                && (i == range.lowerBound || packed[i].flags.contains(.lowercase)) && filter.mayContain(hashes[i]) {
                if lookUp(i).senseIndex >= 0 { return true }
            }
            return false
        }}
    }

    /// What the stage knows of token `i` (``readWords(_:)`` looks words up the same way).
    func lookUp(_ i: Int) -> EventStage.WordInfo {
        let slot: Int
        if folded.isASCII(i) {
            slot = folded.bytes.withUnsafeBufferPointer { view in
                words.slot(folded: UnsafeBufferPointer(rebasing: view[folded.range(i)]), hash: folded.hashes[i])
            }
        } else {
            slot = words.slot(bytes, byteRange(i))
        }
        return slot >= 0 ? words.value(atSlot: slot) : EventStage.WordInfo()
    }

    /// Looks up the words of a sentence: ASCII tokens by their shared folded form and hash,
    /// others folded from their UTF-8 when ``EventStage/wordFilter`` lets them through; marks
    /// the participle forms (``EventStage/WordRoles/participleForm``). Tokens whose hash does not
    /// pass ``EventStage/wordFilter`` are in no table (see ``FoldedHashFilter``).
    func readWords(_ range: Range<Int>) {
        // The buffer only grows: every entry of the sentence is written below, and readers index
        // it from the sentence's first token.
        if infos.count < range.count {
            infos.append(contentsOf: repeatElement(EventStage.WordInfo(), count: range.count - infos.count))
        }
        let words = words, filter = wordFilter, suffix = participleSuffix
        let folded = folded, tokens = tokens, bytes = bytes
        tokens.withPacked { packed in
        folded.bytes.withUnsafeBufferPointer { view in
        folded.hashes.withUnsafeBufferPointer { hashes in
        infos.withUnsafeMutableBufferPointer { out in
            for i in range {
                let kind = packed[i].kind
                guard kind != .symbol && kind != .number else {
                    out[i - range.lowerBound] = EventStage.WordInfo()
                    continue
                }
                var info = EventStage.WordInfo()
                var utf8: Range<Int>?
                // An ASCII token whose folding (its lower case, already read) lacks the suffix
                // cannot end with it: the text's bytes are not read.
                var mayEndWithSuffix = true
                if folded.isASCII(i) {
                    let form = UnsafeBufferPointer(rebasing: view[folded.range(i)])
                    if let suffix, suffixIsFolded { mayEndWithSuffix = form.count > suffix.count && Self.hasSuffix(form, suffix) }
                    // An ASCII token's UTF-8 is as long as its folding.
                    let start = Int(folded.utf8Starts[i])
                    utf8 = start..<(start + form.count)
                    // Most words are in no table: the filter (a few kilobytes) rules them out
                    // without reading the table.
                    if filter.mayContain(hashes[i]) {
                        let slot = words.slot(folded: form, hash: hashes[i])
                        if slot >= 0 { info = words.value(atSlot: slot) }
                    }
                } else if filter.mayContain(hashes[i]) {
                    let r = byteRange(i)
                    utf8 = r
                    let slot = words.slot(bytes, r)
                    if slot >= 0 { info = words.value(atSlot: slot) }
                }
                // A participle: a lower-case word of 5 scalars or more ending with the suffix.
                if let suffix, mayEndWithSuffix, kind == .word, packed[i].flags.contains(.lowercase),
                   tokens.end(at: i) - tokens.start(at: i) >= 5, !info.roles.contains(.notParticiple) {
                    let r = utf8 ?? byteRange(i)
                    if r.count > suffix.count && Self.hasSuffix(bytes, r, suffix) { info.roles.insert(.participleForm) }
                }
                out[i - range.lowerBound] = info
            }
        }}}}
    }

    /// Whether `bytes[range]` ends with `suffix`.
    @inline(__always)
    fileprivate static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ suffix: [UInt8]) -> Bool {
        for k in 0..<suffix.count where bytes[range.upperBound - suffix.count + k] != suffix[k] { return false }
        return true
    }

    /// Whether `folded` ends with `suffix`.
    @inline(__always)
    fileprivate static func hasSuffix(_ folded: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        for k in 0..<suffix.count where folded[folded.count - suffix.count + k] != suffix[k] { return false }
        return true
    }

    /// The UTF-8 range of token `i`. A token that is not ASCII ends where the next one starts,
    /// less the scalars between them (usually none or one): they are stepped over backwards
    /// instead of stepping forward over the token's own scalars.
    @inline(__always)
    func byteRange(_ i: Int) -> Range<Int> {
        guard !folded.isASCII(i), i + 1 < tokens.count else { return folded.utf8Range(i, tokens: tokens, utf8: bytes) }
        let start = Int(folded.utf8Starts[i])
        var byte = Int(folded.utf8Starts[i + 1])
        var gap = tokens.start(at: i + 1) - tokens.end(at: i)
        while gap > 0 {
            byte -= 1
            while bytes[byte] & 0xC0 == 0x80 { byte -= 1 }
            gap -= 1
        }
        return start..<byte
    }

    /// Whether token `i` is the one-byte mark `byte` (`,`).
    func isMark(_ i: Int, _ range: Range<Int>, _ byte: UInt8) -> Bool {
        let r = byteRange(i)
        return r.count == 1 && bytes[r.lowerBound] == byte
    }

    // MARK: - Clauses

    /// Finds the clauses of a sentence: where each starts (``clauseStarts``; the first at the
    /// sentence's start, each running to the next) and whether it is participial or relative
    /// (``clauseIsSubordinate``: its date stays its own).
    func findClauses(_ range: Range<Int>) {
        clauseStarts.removeAll(keepingCapacity: true)
        clauseIsSubordinate.removeAll(keepingCapacity: true)
        clauseStarts.append(range.lowerBound)
        clauseIsSubordinate.append(false)
        var last = range.lowerBound
        infos.withUnsafeBufferPointer { infos in
            /// The roles of token `i`.
            func roles(_ i: Int) -> EventStage.WordRoles { infos[i - range.lowerBound].roles }
            /// A present participle opening a clause: `demandant`, `déclenchant` (not `pendant`, `le dirigeant`).
            func isParticiple(_ i: Int) -> Bool {
                roles(i).contains(.participleForm) && !(i > range.lowerBound && roles(i - 1).contains(.determiner))
            }
            var next = roles(range.lowerBound)
            for i in range.dropFirst() {
                let previous = next
                let roles = roles(i)
                next = roles
                // A word of no table after one that marks no clause opens none (most words).
                if roles.isEmpty && !previous.contains(.clauseMark) { continue }
                var opens = false, subordinate = false
                if previous.contains(.clauseMark) {
                    opens = true
                } else if roles.contains(.opensAfterComma) && isMark(i - 1, range, 0x2C) || roles.contains(.opensClause) {
                    opens = true
                    subordinate = roles.contains(.subordinate)
                } else if roles.contains(.gerund) && i + 1 < range.upperBound && isParticiple(i + 1) {
                    (opens, subordinate) = (true, true)
                } else if isParticiple(i) && !previous.contains(.gerund) {
                    (opens, subordinate) = (true, true)
                }
                if opens && i > last {
                    clauseStarts.append(i)
                    clauseIsSubordinate.append(subordinate)
                    last = i
                }
            }
        }
    }
}
