/// Marks the tense cues of a sentence's cells from verb endings (`viendra` future, `partait`
/// past) and auxiliaries followed by a participle (`est parti`, `a annoncé`). Run lazily, only
/// on sentences where a date needs its tense.
struct TenseMarker {
    private let lexicon: TemporalLexicon
    private let pastSuffixes: [[UInt8]]
    private let futureSuffixes: [[UInt8]]
    private let participleSuffixes: [[UInt8]]
    private var folded: [UInt8] = []

    init(lexicon: TemporalLexicon) {
        self.lexicon = lexicon
        let t = lexicon.language.tense
        pastSuffixes = t.pastSuffixes.map { WordFolding.fold($0).key }
        futureSuffixes = t.futureSuffixes.map { WordFolding.fold($0).key }
        participleSuffixes = t.participleSuffixes.map { WordFolding.fold($0).key }
    }

    /// Whether the word ends in `é`, `ée`, `és` or `ées` and has at least three letters before.
    static func endsInAcuteE(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var e = to
        if e - from >= 1, bytes[e - 1] == 0x73 { e -= 1 }
        if e - from >= 1, bytes[e - 1] == 0x65 { e -= 1 }
        return e - from >= 5 && bytes[e - 2] == 0xC3 && bytes[e - 1] == 0xA9
    }

    /// Adds `pastCue`, `futureCue` and `participle` flags to `cells`, reading words from `bytes`.
    mutating func mark(_ cells: inout [DateCell], _ bytes: UnsafeBufferPointer<UInt8>) {
        for k in cells.indices where cells[k].kind == .word && cells[k].byteEnd > cells[k].byteStart {
            let c = cells[k]
            if c.flags.contains(.capitalized) || c.flags.contains(.beAuxiliary) { continue }
            if c.lex != 0 {
                let e = lexicon.entries[Int(c.lex)]
                if e.tenseException || e.tense != nil { continue }
            }
            if Self.endsInAcuteE(bytes, Int(c.byteStart), Int(c.byteEnd)) { cells[k].flags.insert(.eParticiple) }
            _ = WordFolding.fold(bytes, from: Int(c.byteStart), to: Int(c.byteEnd), into: &folded)
            let n = folded.count
            guard n >= 2 else { continue }
            let afterAuxiliary = (k > 0 && cells[k - 1].flags.contains(.beAuxiliary)) || (k > 1 && cells[k - 2].flags.contains(.beAuxiliary))
            if afterAuxiliary {
                for s in participleSuffixes where n > s.count + 1 && folded.ends(with: s) { cells[k].flags.insert(.participle); break }
            }
            guard n >= 5 else { continue }
            var marked = false
            for s in futureSuffixes where folded.ends(with: s) { cells[k].flags.insert(.futureCue); marked = true; break }
            if !marked { for s in pastSuffixes where folded.ends(with: s) { cells[k].flags.insert(.pastCue); break } }
        }
        // `est parti`: a be-auxiliary followed by a participle is a past.
        var i = 0
        while i + 1 < cells.count {
            if cells[i].flags.contains(.beAuxiliary) {
                var j = i + 1
                if j + 1 < cells.count, cells[j].kind == .word, !cells[j].flags.contains(.participle) { j += 1 }  // est déjà parti
                if cells[j].flags.contains(.participle), !cells[j].flags.contains(.futureCue) { cells[i].flags.insert(.pastCue) }
            }
            i += 1
        }
    }
}
