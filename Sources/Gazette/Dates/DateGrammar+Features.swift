extension DateGrammar {
    /// Kinds of words a sentence holds, gathered once per sentence so that a pattern that
    /// cannot match without one of them is not tried (``scanSentence()``): a month pattern in a
    /// sentence without a month name, a holiday pattern without a holiday name.
    struct Features: OptionSet {
        let rawValue: UInt8
        /// A month name or abbreviation, or the unit `month` (`le 5 du mois prochain`, `fin du mois`).
        static let month = Features(rawValue: 1)
        /// A weekday name or abbreviation.
        static let weekday = Features(rawValue: 2)
        /// A holiday name.
        static let holiday = Features(rawValue: 4)
        /// A season name.
        static let season = Features(rawValue: 8)
        /// A four-digit number that ``DateGrammar/year(at:short:)`` reads as a year.
        static let year = Features(rawValue: 16)
        /// A unit of time (`semaine`, `ans`): periods and ordinal periods need one.
        static let unit = Features(rawValue: 32)
        /// A position in a period (`début`, `fin`, `EOM`).
        static let modifier = Features(rawValue: 64)
        /// A day relative to today or to the discourse (`hier`, `la veille`).
        static let relativeDay = Features(rawValue: 128)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The features a lexicon entry brings to its sentence.
        init(entry e: LexEntry) {
            var f: Features = []
            if e.month > 0 || e.monthAbbreviation > 0 || e.unit == .month || e.edgeUnit == .month { f.insert(.month) }
            if e.weekday > 0 || e.weekdayAbbreviation > 0 { f.insert(.weekday) }
            if e.holiday >= 0 { f.insert(.holiday) }
            if e.season != nil { f.insert(.season) }
            if e.unit != nil { f.insert(.unit) }
            if e.mod != nil || e.edgeUnit != nil { f.insert(.modifier) }
            if e.dayOffset != nil || e.discourseOffset != nil { f.insert(.relativeDay) }
            self = f
        }
    }

    /// Whether one of cells `from...through` (within the sentence) has a feature of `wanted`: a
    /// pattern that needs such a word within a few cells of its start is not tried without one
    /// (the sentence's ``features`` only say that one is somewhere).
    /// (``features(ofCell:)`` of each cell, read in place.)
    func window(_ from: Int, through: Int, has wanted: Features) -> Bool {
        let first = max(from, 0), last = min(through, count - 1)
        guard first <= last else { return false }
        return cells.withUnsafeBufferPointer { cells in
            lexicon.features.withUnsafeBufferPointer { table in
                for k in first...last {
                    let c = cells[k]
                    if !table[Int(c.lex)].isDisjoint(with: wanted) { return true }
                    if wanted.contains(.year), c.readsAsYear { return true }
                }
                return false
            }
        }
    }

    /// The features of cell `k` (its entry's, and `year` for a number read as a year).
    func features(ofCell k: Int) -> Features {
        let c = cells[k]
        var f = lexicon.features[Int(c.lex)]
        if c.readsAsYear { f.insert(.year) }
        return f
    }
}
