/// The words and clauses of one sentence as ``EventReader`` reads them, in buffers reused from
/// sentence to sentence.
///
/// A value kept in a local of ``EventReader/events()`` and passed `inout`, not stored in the
/// reader: a class's stored `var` pays a run-time exclusivity check on every access (about 80
/// instructions, some 40,000 times per 2 MB of text), a local's accesses are checked when
/// compiling.
struct SentenceWords {
    /// The sentence's tokens.
    var range: Range<Int> = 0..<0
    /// Word information of the sentence's tokens, from `range.lowerBound` (only grows: entries
    /// past the sentence are stale).
    var infos: [EventStage.WordInfo] = []
    /// Where the first ``clauseCount`` clauses start (the first at the sentence's start, each
    /// running to the next), and whether each is participial or relative (its date stays its
    /// own). The buffers only grow (emptying an array costs a call per sentence): entries from
    /// ``clauseCount`` on are stale.
    var clauseStarts: [Int] = []
    var clauseIsSubordinate: [Bool] = []
    var clauseCount = 0

    /// What the stage knows of token `i` of the sentence.
    @inline(__always)
    func info(_ i: Int) -> EventStage.WordInfo { infos[i - range.lowerBound] }

    /// The tokens of clause `n`.
    @inline(__always)
    func clause(_ n: Int) -> Range<Int> {
        clauseStarts[n]..<(n + 1 < clauseCount ? clauseStarts[n + 1] : range.upperBound)
    }
}
