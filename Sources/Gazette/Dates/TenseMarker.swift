/// Reads the tense cues of a sentence's cells on demand, from the lexicon's tense words
/// (`ont`, `sera`), verb endings (`viendra` future, `partait` past) and auxiliaries followed by a
/// participle (`est parti`, `a annoncé`), and caches them per sentence. A reference type, so that
/// the grammar's non-mutating resolvers can fill the cache as they ask.
final class TenseMarker {
    private let lexicon: TemporalLexicon
    private let pastSuffixes: [[UInt8]]
    private let futureSuffixes: [[UInt8]]
    private let participleSuffixes: [[UInt8]]
    /// What the marker fills as it is asked, behind a pointer: it is asked from the grammar's
    /// non-mutating resolvers, and a class's stored `var`s are checked for exclusive access at
    /// every use (one marker per stage, used by one thread).
    private struct State {
        var folded: [UInt8] = []
        /// Per cell: 2 unknown, -1 past, 0 none, 1 future.
        var cues: [Int8] = []
        /// Per cell: 2 unknown, 0 no, 1 yes (a participle-like word).
        var participles: [Int8] = []
        /// Cells in the sentence: only the first `count` entries of the tables are used (they
        /// only grow, so that a reset is a fill).
        var count = 0
        /// Whether the tables still hold the previous sentence's values: they are refilled on
        /// the first question (most sentences ask none).
        var stale = false
    }
    private let state: UnsafeMutablePointer<State>

    init(lexicon: TemporalLexicon) {
        self.lexicon = lexicon
        let t = lexicon.language.tense
        pastSuffixes = t.pastSuffixes.map { WordFolding.fold($0).key }
        futureSuffixes = t.futureSuffixes.map { WordFolding.fold($0).key }
        participleSuffixes = t.participleSuffixes.map { WordFolding.fold($0).key }
        state = .allocate(capacity: 1)
        state.initialize(to: State())
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Forgets the previous sentence; `count` cells follow.
    func reset(count: Int) {
        state.pointee.count = count
        state.pointee.stale = true
    }

    /// Fills the first `count` entries of the tables with "unknown".
    private func refill() {
        let count = state.pointee.count
        state.pointee.stale = false
        if state.pointee.cues.count < count {
            state.pointee.cues = [Int8](repeating: 2, count: max(count, 2 * state.pointee.cues.count))
            state.pointee.participles = state.pointee.cues
            return
        }
        state.pointee.cues.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[..<count]).update(repeating: 2) }
        state.pointee.participles.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[..<count]).update(repeating: 2) }
    }

    /// The tense cue of cell `k`: -1 past, 1 future, 0 none.
    func cue(_ k: Int, _ cells: [DateCell], _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard k >= 0, k < state.pointee.count else { return 0 }
        if state.pointee.stale { refill() }
        let known = state.pointee.cues[k]
        if known != 2 { return Int(known) }
        let value = compute(k, cells, bytes)
        state.pointee.cues[k] = Int8(value)
        return value
    }

    /// Whether the word at `k` ends in `é`, `ée`, `és` or `ées` (a past participle right before
    /// a date: `lancé mardi`).
    func endsInAcuteE(_ k: Int, _ cells: [DateCell], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard k >= 0, k < cells.count, cells[k].kind == .word, !cells[k].flags.contains(.capitalized) else { return false }
        let from = Int(cells[k].byteStart)
        var e = Int(cells[k].byteEnd)
        if e - from >= 1, bytes[e - 1] == 0x73 { e -= 1 }
        if e - from >= 1, bytes[e - 1] == 0x65 { e -= 1 }
        return e - from >= 5 && bytes[e - 2] == 0xC3 && bytes[e - 1] == 0xA9
    }

    private func fold(_ k: Int, _ cells: [DateCell], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let c = cells[k]
        guard c.kind == .word, c.byteEnd > c.byteStart else { return false }
        _ = WordFolding.fold(bytes, from: Int(c.byteStart), to: Int(c.byteEnd), into: &state.pointee.folded)
        return true
    }

    private func isParticiple(_ k: Int, _ cells: [DateCell], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard k < state.pointee.count else { return false }
        if state.pointee.stale { refill() }
        let known = state.pointee.participles[k]
        if known != 2 { return known == 1 }
        var yes = false
        if !cells[k].flags.contains(.capitalized), fold(k, cells, bytes) {
            let n = state.pointee.folded.count
            for s in participleSuffixes where n > s.count + 1 && state.pointee.folded.ends(with: s) { yes = true; break }
            if yes, cells[k].lex != 0, lexicon.entries[Int(cells[k].lex)].tense == .future { yes = false }  // `est prévu`
        }
        state.pointee.participles[k] = yes ? 1 : 0
        return yes
    }

    private func compute(_ k: Int, _ cells: [DateCell], _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let c = cells[k]
        if c.flags.contains(.pastCue) { return -1 }
        if c.flags.contains(.futureCue) { return 1 }
        if c.flags.contains(.beAuxiliary) {
            // `est parti`, `est déjà parti`.
            if k + 1 < cells.count, isParticiple(k + 1, cells, bytes) { return -1 }
            if k + 2 < cells.count, cells[k + 1].kind == .word, isParticiple(k + 2, cells, bytes) { return -1 }
            return 0
        }
        guard c.kind == .word, !c.flags.contains(.capitalized) else { return 0 }
        if c.lex != 0 {
            let e = lexicon.entries[Int(c.lex)]
            if e.tenseException || e.tense != nil { return 0 }
        }
        guard fold(k, cells, bytes), state.pointee.folded.count >= 5 else { return 0 }
        switch state.pointee.folded[state.pointee.folded.count - 1] {
        case 0x61, 0x69, 0x73, 0x74, 0x7A: break  // a i s t z
        default: return 0
        }
        for s in futureSuffixes where state.pointee.folded.ends(with: s) { return 1 }
        for s in pastSuffixes where state.pointee.folded.ends(with: s) { return -1 }
        return 0
    }
}
