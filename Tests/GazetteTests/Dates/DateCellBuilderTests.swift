import Testing
@testable import Gazette

/// The cell builder's fast paths: words looked up through the shared folded layer, and
/// sentences skipped without cells when no token can carry a date.
@Suite("Date cell builder")
struct DateCellBuilderTests {
    static let lexicon = TemporalLexicon(.french)

    static let texts = [
        "Jeudi 9 février 2023\n\nLe chat dort sur le canapé. Il ronronne.\nLa pluie tombe.\n\nLe lendemain, il repart vers 7 heures.",
        "Un porte-parole a parlé. Rendez-vous à la mi-décembre. Il a été élu. Les Nord-Coréens attendent.",
        "M. Dupont arrive. Réunion prévue le 3 avr. à Lyon. Aucune annonce.\r\nRien de neuf.\n\n\nLundi, tout recommence.",
        "ÉTÉ CHAUD À PARIS. L’œuvre, déjà célèbre, reste exposée. En 1998, la salle ferme.",
        "Environ 250 personnes et 12000 visiteurs sont venus. La salle 1250 ouvre à 10:30. Le code 3500/2 change le 4 mai.",
        "Le chapitre 3 suit. Il est venu. Il y a deux ans, il partait.\nIl arriva le premier\nLe second (4) attend, puis le 12 arrive. Section 7 : il y a 3 jours.",
        "Ils furent premiers. Lot 5, lot 6 ; étape 2/3. Tome 9 paru, volume 11' en réserve. Au 2e rang, la troisième\nÀ la une. Fin prévue le 5 mars.",
        "Il a été élu. L'été a été chaud. Ils n'ont pas été vus. Il a été 2015 fois premier. Été 1998, elle a été reçue. Le taux a été de 2,5 % sur 10 000 cas. Cet été, il a plu.",
    ]

    static func segmented(_ text: String) throws -> (Document, TokenLayer, [Span], FoldedTokens) {
        var document = Document(id: "t", text: text)
        try Segmenter(rules: .french).process(&document)
        let computed = document.foldTokens()
        let view = try #require(computed)
        return (document, try #require(document.tokens), try #require(document.sentences), view)
    }

    /// Each sentence's tokens, as `(first, end)` indices; sentences without tokens left out.
    static func tokenRanges(_ tokens: TokenLayer, _ sentences: [Span]) -> [(Int, Int)] {
        var ranges: [(Int, Int)] = []
        var t = 0
        for sentence in sentences {
            while t < tokens.count && tokens[t].end <= sentence.start { t += 1 }
            var u = t
            while u < tokens.count && tokens[u].start < sentence.end { u += 1 }
            if u > t { ranges.append((t, u)) }
            t = u
        }
        return ranges
    }

    @Test("a token's hash through the shared layer is WordFolding's, with and without a final period", arguments: texts)
    func tokenHash(text: String) throws {
        let (document, tokens, _, view) = try Self.segmented(text)
        document.text.withUTF8 { bytes in
            for t in tokens.indices {
                let range = view.utf8Range(t, tokens: tokens, utf8: bytes)
                let expected = WordFolding.hash(bytes, from: range.lowerBound, to: range.upperBound)
                let got = WordFolding.hash(token: t, view: view, bytes, range)
                #expect(DateCellBuilder.utf8End(bytes, tokens, view, t, ascii: view.isASCII(t), from: range.lowerBound, end: tokens.end(at: t)) == range.upperBound)
                #expect(got.hash == expected.hash)
                #expect(got.last == expected.last)
                if expected.last == 0x2E { #expect(got.withoutLast == expected.withoutLast) }
                if view.isASCII(t) {
                    let flags = WordFolding.Flags(shape: view.shape(t))
                    #expect(flags == expected.flags, "token \(t)")
                }
            }
        }
    }

    /// Words whose letters ``AlikeFolding`` accepts have the shared layer's hash as their
    /// ``WordFolding`` hash and the flags it computes (so the builder may read them unfolded);
    /// words with letters the two foldings treat apart are refused.
    @Test("a word whose letters fold alike has the shared hash", arguments: [
        "àáâãäå ÀÁÂÃÄÅ ç Ç èéêë ÈÉÊË ìíîï ÌÍÎÏ ñ Ñ òóôõö ÒÓÔÕÖ ùúûü ÙÚÛÜ ý Ý ÿ",
        "Élodie, Œdipe et l’œuvre d‘Ève ; aujourd'hui l’Été à Genève, ÉLÉONORE ARRIVÉE.",
    ])
    func foldsAlike(text: String) throws {
        let (document, tokens, _, view) = try Self.segmented(text)
        var checked = 0
        document.text.withUTF8 { bytes in
            for t in tokens.indices where !view.isASCII(t) && tokens.kind(at: t) != .punctuation {
                let range = view.utf8Range(t, tokens: tokens, utf8: bytes)
                let folded = WordFolding.hash(bytes, from: range.lowerBound, to: range.upperBound)
                #expect(AlikeFolding.flags(bytes, range.lowerBound, range.upperBound) == folded.flags, "token \(t)")
                #expect(view.hashes[t] == folded.hash, "token \(t)")
                checked += 1
            }
        }
        #expect(checked > 10)
    }

    @Test("letters the two foldings treat apart are refused", arguments: ["Ørsted", "Þór", "straße", "Cæsar", "Dvořák", "Łódź", "été-là", "Mé2", "Ángel.", "Σοφία"])
    func foldsApart(word: String) throws {
        var copy = word
        let alike = copy.withUTF8 { AlikeFolding.flags($0, 0, $0.count) != nil }
        #expect(!alike)
    }

    /// The cells a builder makes after ``DateCellBuilder/mayHoldDate(_:tokens:view:range:)``
    /// (which keeps the hashes of the accented words it folded, and marks those it passed over)
    /// are those a builder makes alone.
    @Test("cells built after the filter are the cells built alone", arguments: texts + [
        "Évènement prévu à Genève le 3 mai, après l’été. Réunion déplacée à l’aube du 12 juin.",
        "ÉLÉONORE ARRIVÉE LUNDI À SÉVILLE. Les élèves répètent ; dès février, l’école rouvre.",
    ])
    func cellsAfterFilter(text: String) throws {
        let (document, tokens, sentences, view) = try Self.segmented(text)
        var alone = DateCellBuilder(lexicon: Self.lexicon), filtered = DateCellBuilder(lexicon: Self.lexicon)
        var a: [DateCell] = [], b: [DateCell] = []
        var compared = 0
        func key(_ c: DateCell) -> [Int] {
            [c.start, c.end, Int(c.kind.rawValue), Int(c.flags.rawValue), Int(c.lex), c.value, c.digits, c.wordNumber, Int(c.mark), Int(c.role),
             Int(c.byteStart), Int(c.byteEnd)]
        }
        document.text.withUTF8 { bytes in
            for (t, u) in Self.tokenRanges(tokens, sentences) {
                alone.build(bytes, tokens: tokens, view: view, range: t..<u, into: &a)
                if filtered.mayHoldDate(bytes, tokens: tokens, view: view, range: t..<u) {
                    filtered.build(bytes, tokens: tokens, view: view, range: t..<u, into: &b)
                    #expect(a.map(key) == b.map(key))
                    compared += 1
                } else {
                    _ = filtered.skip(bytes, tokens: tokens, view: view, range: t..<u)
                }
            }
        }
        #expect(compared > 0)
    }

    /// True is required where a token can give a core cell; false is what the filter gives
    /// these plain sentences (a word sharing a filter bit with a trigger would only cost a build).
    @Test("which sentences may hold a date", arguments: [
        ("Le chat dort sur le canapé.", false),
        ("Le chapitre 3 suit.", false),
        ("Le chapitre 12, puis le 3.", true),
        ("Il y a deux ans.", true),
        ("Rendez-vous à la mi-décembre.", true),
        ("Il repart vers 7 heures.", true),
        ("Il a été élu.", false),
        ("Ils n'ont pas été vus.", false),
        ("L'été a été chaud.", true),
        ("Cet été, il a plu.", true),
        ("Il a été 2015 fois premier.", true),
        ("Le taux atteint 2,5 % sur 10 000 cas.", false),
        ("Le taux atteint 2,5 % sur 2 000 cas.", true),
        ("Réunion prévue le 3 avr. à Lyon.", true),
        ("Les Nord-Coréens attendent.", false),
        ("Environ 250 personnes et 12000 visiteurs sont venus.", false),
        ("Le stade compte 1250 places.", true),
        ("Le code 350/2 change.", true),
    ])
    func mayHoldDate(sentence: String, expected: Bool) throws {
        let (document, tokens, _, view) = try Self.segmented(sentence)
        var builder = DateCellBuilder(lexicon: Self.lexicon)
        let got = document.text.withUTF8 { builder.mayHoldDate($0, tokens: tokens, view: view, range: tokens.indices) }
        #expect(got == expected)
    }

    /// Reads every sentence twice: once building all cells, once skipping the sentences that
    /// cannot hold a date. Both must give the same expressions and the same sentence and
    /// paragraph counts after every sentence.
    @Test("skipping a sentence without cells is exact", arguments: texts)
    func skipIsExact(text: String) throws {
        let (document, tokens, sentences, view) = try Self.segmented(text)
        var full = DateGrammar(lexicon: Self.lexicon), fast = DateGrammar(lexicon: Self.lexicon)
        var fullBuilder = DateCellBuilder(lexicon: Self.lexicon), fastBuilder = DateCellBuilder(lexicon: Self.lexicon)
        var skipped = 0
        document.text.withUTF8 { bytes in
            for (t, u) in Self.tokenRanges(tokens, sentences) {
                fullBuilder.build(bytes, tokens: tokens, view: view, range: t..<u, into: &full.cells)
                full.scanSentence()
                if fastBuilder.mayHoldDate(bytes, tokens: tokens, view: view, range: t..<u) {
                    fastBuilder.build(bytes, tokens: tokens, view: view, range: t..<u, into: &fast.cells)
                    fast.scanSentence()
                } else {
                    fast.skipSentence(lineStarts: fastBuilder.skip(bytes, tokens: tokens, view: view, range: t..<u))
                    skipped += 1
                }
                #expect(fast.context.sentence == full.context.sentence)
                #expect(fast.context.paragraph == full.context.paragraph)
            }
        }
        #expect(skipped > 0)
        #expect(!full.found.isEmpty)
        #expect(fast.found.map(\.span) == full.found.map(\.span))
        #expect(fast.found.map(\.value) == full.found.map(\.value))
    }

    /// The features and line starts the builder gathers while merging phrases are those the
    /// grammar reads from the finished cells (``DateGrammar/features(ofCell:)``).
    @Test("the builder's sentence features are the cells' features", arguments: texts + ["Jour de l'an 2024, il y a trois ans : le 14 juillet.\nÀ la mi-mars 1999, lundi."])
    func builderFeatures(text: String) throws {
        let (document, tokens, sentences, view) = try Self.segmented(text)
        var grammar = DateGrammar(lexicon: Self.lexicon)
        var builder = DateCellBuilder(lexicon: Self.lexicon)
        var sawFeatures = false
        document.text.withUTF8 { bytes in
            for (t, u) in Self.tokenRanges(tokens, sentences) {
                builder.build(bytes, tokens: tokens, view: view, range: t..<u, into: &grammar.cells)
                var expected: DateGrammar.Features = []
                for k in grammar.cells.indices { expected.formUnion(grammar.features(ofCell: k)) }
                #expect(builder.features == expected)
                // A window's features are those of its cells.
                for k in grammar.cells.indices {
                    for wanted: DateGrammar.Features in [[.month, .year], .year, .weekday] {
                        let cells = k..<min(k + 5, grammar.cells.count)
                        #expect(grammar.window(k, through: k + 4, has: wanted) == cells.contains { !grammar.features(ofCell: $0).isDisjoint(with: wanted) })
                    }
                }
                #expect(builder.hasLineStart == grammar.cells.contains { $0.flags.contains(.lineStart) })
                if !expected.isEmpty { sawFeatures = true }
            }
        }
        #expect(sawFeatures)
    }
}
