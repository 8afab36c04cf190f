/// Reading the words and clauses of a sentence (see ``EventReader``).
extension EventReader {
    // MARK: - Words

    /// Whether a word of the sentence is a trigger: a lower-case word (or the first) of the
    /// trigger lexicon. Words are looked up only when their folded hash passes
    /// ``EventStage/triggerFilter``.
    func hasTrigger(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let filter = triggerFilter
        return tokens.withPacked { packed in
        folded.hashes.withUnsafeBufferPointer { hashes in
            // The first token may be capitalised; the loop over the others (most of the text's
            // tokens) tests one bound and no position.
            var i = range.lowerBound
            if packed[i].kind == .word && filter.mayContain(hashes[i]) && lookUp(i).senseIndex >= 0 { return true }
            i += 1
            while i < range.upperBound {
                let p = packed[i]
                if p.kind == .word && p.flags.contains(.lowercase) && filter.mayContain(hashes[i])
                    && lookUp(i).senseIndex >= 0 { return true }
                i += 1
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

    /// Looks up the words of a sentence (`range`) into `words`: ASCII tokens by their shared
    /// folded form and hash, others folded from their UTF-8, each only when its hash passes
    /// ``EventStage/wordFilter`` (see ``FoldedHashFilter``); marks the participle forms
    /// (``EventStage/WordRoles/participleForm``). The participle test reads the token's last
    /// text bytes only for a lower-case word of five scalars or more (the token's packed facts).
    func readWords(_ range: Range<Int>, into words: inout SentenceWords) {
        words.range = range
        // The buffer only grows: every entry of the sentence is written below, and readers index
        // it from the sentence's first token.
        if words.infos.count < range.count {
            words.infos.append(contentsOf: repeatElement(EventStage.WordInfo(), count: range.count - words.infos.count))
        }
        let table = self.words, filter = wordFilter, suffix = participleSuffix
        let folded = folded, tokens = tokens, bytes = bytes
        tokens.withPacked { packed in
        folded.bytes.withUnsafeBufferPointer { view in
        folded.hashes.withUnsafeBufferPointer { hashes in
        folded.utf8Starts.withUnsafeBufferPointer { utf8Starts in
        words.infos.withUnsafeMutableBufferPointer { out in
            for i in range {
                let p = packed[i]
                let kind = p.kind
                var info = EventStage.WordInfo()
                if kind != .symbol && kind != .number {
                    // Most words are in no table: the filter (a few kilobytes) rules them out
                    // without reading the table.
                    if filter.mayContain(hashes[i]) {
                        let slot = folded.isASCII(i)
                            ? table.slot(folded: UnsafeBufferPointer(rebasing: view[folded.range(i)]), hash: hashes[i])
                            : table.slot(bytes, byteRange(i))
                        if slot >= 0 { info = table.value(atSlot: slot) }
                    }
                    // A participle: a lower-case word of 5 scalars or more ending with the suffix
                    // (a length of `UInt16.max` stands for a longer one).
                    if let suffix, kind == .word, p.flags.contains(.lowercase), p.length >= 5,
                       !info.roles.contains(.notParticiple) {
                        // An ASCII token's UTF-8 is as long as its scalars.
                        let start = Int(utf8Starts[i])
                        let r = folded.isASCII(i) ? start..<(start + tokens.end(at: i) - Int(p.start)) : byteRange(i)
                        if r.count > suffix.count && Self.hasSuffix(bytes, r, suffix) { info.roles.insert(.participleForm) }
                    }
                }
                out[i - range.lowerBound] = info
            }
        }}}}}
    }

    /// Whether `bytes[range]` ends with `suffix`.
    @inline(__always)
    fileprivate static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ suffix: [UInt8]) -> Bool {
        for k in 0..<suffix.count where bytes[range.upperBound - suffix.count + k] != suffix[k] { return false }
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

    /// Whether token `i` is the one-byte mark `byte` (`,`; ASCII): a token of one scalar whose
    /// first byte it is (its UTF-8 is then that one byte; no range to compute).
    func isMark(_ i: Int, _ byte: UInt8) -> Bool {
        tokens.end(at: i) - tokens.start(at: i) == 1 && bytes[Int(folded.utf8Starts[i])] == byte
    }

    // MARK: - Clauses

    /// Finds the clauses of the sentence whose words `words` holds (``readWords(_:into:)``):
    /// where each starts (``SentenceWords/clauseStarts``; the first at the sentence's start,
    /// each running to the next) and whether it is participial or relative
    /// (``SentenceWords/clauseIsSubordinate``: its date stays its own).
    func findClauses(_ words: inout SentenceWords) {
        let range = words.range
        // The buffers, moved out (unique: written in place) and filled from the start (written
        // out twice: a local function recording a clause would box the variables it captures,
        // checked for exclusive access at run time).
        var starts = words.clauseStarts, subordinates = words.clauseIsSubordinate, count = 1
        words.clauseStarts = []
        words.clauseIsSubordinate = []
        if starts.isEmpty {
            starts.append(range.lowerBound)
            subordinates.append(false)
        } else {
            starts[0] = range.lowerBound
            subordinates[0] = false
        }
        var last = range.lowerBound
        words.infos.withUnsafeBufferPointer { infos in
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
                } else if roles.contains(.opensAfterComma) && isMark(i - 1, 0x2C) || roles.contains(.opensClause) {
                    opens = true
                    subordinate = roles.contains(.subordinate)
                } else if roles.contains(.gerund) && i + 1 < range.upperBound && isParticiple(i + 1) {
                    (opens, subordinate) = (true, true)
                } else if isParticiple(i) && !previous.contains(.gerund) {
                    (opens, subordinate) = (true, true)
                }
                if opens && i > last {
                    if count < starts.count {
                        starts[count] = i
                        subordinates[count] = subordinate
                    } else {
                        starts.append(i)
                        subordinates.append(subordinate)
                    }
                    count += 1
                    last = i
                }
            }
        }
        words.clauseStarts = starts
        words.clauseIsSubordinate = subordinates
        words.clauseCount = count
    }
}
