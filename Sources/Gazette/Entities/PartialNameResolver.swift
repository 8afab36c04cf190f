/// Links the parts of people's names within one document: after `Sam Altman`, `Altman` and
/// `Sam` are Sam Altman, even when the gazetteer lists no such alias.
///
/// The people of a document are the PER entities the gazetteer found in it. The parts of a
/// person are taken from the canonical name and from the words of each full mention: every
/// capitalised word that is not a name particle (`de`, `Le`) nor a common word of the
/// language, and every tail of two or more words (`Le Pen`, `de Gaulle`), of a name of at
/// least two words. A capitalised run of tokens not already in a mention that folds to a part
/// (accents and apostrophes folded, the first letter a capital) is linked to the person when
/// it comes after that person's first mention and no other person of the document has the
/// same part; a part shared by two people links to neither.
struct PartialNameResolver {
    let rules: EntityRules
    let folder = TextFolder.shared
    static let maxPartTokens = 4

    struct Person {
        var firstEnd: Int
        var mention: EntityMention
    }

    /// The partial-name mentions, in text order, not overlapping `mentions`.
    func resolve(mentions: [EntityMention], text: DocumentText, tokens: TokenLayer, view: FoldedTokens) -> [EntityMention] {
        var people: [String: Int] = [:]
        var persons: [Person] = []
        var parts: [[UInt8]: Set<Int>] = [:]
        for m in mentions where m.type == .person {
            let p: Int
            if let known = people[m.id] { p = known } else {
                p = persons.count
                people[m.id] = p
                persons.append(Person(firstEnd: m.span.end, mention: m))
                for key in partKeys(of: m.name) { parts[key, default: []].insert(p) }
            }
            for key in partKeys(of: String(text[m.span])) { parts[key, default: []].insert(p) }
        }
        guard !parts.isEmpty else { return [] }
        return text.withUTF8 { utf8 in scan(mentions: mentions, persons: persons, parts: parts, utf8: utf8, tokens: tokens, view: view) }
    }

    func scan(mentions: [EntityMention], persons: [Person], parts: [[UInt8]: Set<Int>], utf8: UnsafeBufferPointer<UInt8>,
              tokens: TokenLayer, view: FoldedTokens) -> [EntityMention] {
        var result: [EntityMention] = []
        var next = 0   // first mention not yet passed
        var i = 0
        let n = tokens.count
        var key: [UInt8] = []
        var cursorScalar = 0, cursorByte = 0
        while i < n {
            let token = tokens[i]
            while next < mentions.count && mentions[next].span.end <= token.start { next += 1 }
            if next < mentions.count && mentions[next].span.start <= token.start {
                i = tokens.firstIndex(endingAfter: mentions[next].span.end)
                continue
            }
            guard token.kind == .word else { i += 1; continue }
            while cursorScalar < token.start {
                let b = utf8[cursorByte]
                cursorByte += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                cursorScalar += 1
            }
            guard startsWithCapital(utf8, cursorByte) else { i += 1; continue }
            var linked = false
            var length = min(Self.maxPartTokens, n - i)
            while length >= 1 && !linked {
                let last = i + length - 1
                let end = tokens[last].end
                length -= 1
                if next < mentions.count && mentions[next].span.start < end { continue }
                key.removeAll(keepingCapacity: true)
                key.append(contentsOf: view.bytes[Int(view.starts[i])..<Int(view.ends[last])])
                guard let owners = parts[key] else { continue }
                guard owners.count == 1 else { break }
                let person = persons[owners.first!]
                guard person.firstEnd <= token.start else { break }
                let m = person.mention
                result.append(EntityMention(span: Span(token.start, end), type: .person, id: m.id, name: m.name,
                                            wikidata: m.wikidata, match: .partialName))
                i = last + 1
                linked = true
            }
            if !linked { i += 1 }
        }
        return result
    }

    /// Whether the scalar at UTF-8 offset `byte` is an uppercase letter.
    func startsWithCapital(_ utf8: UnsafeBufferPointer<UInt8>, _ byte: Int) -> Bool {
        let b0 = utf8[byte]
        if b0 < 0x80 { return b0 >= 0x41 && b0 <= 0x5A }
        var end = byte + 1
        while end < utf8.count && utf8[end] & 0xC0 == 0x80 { end += 1 }
        let s = String(decoding: UnsafeBufferPointer(rebasing: utf8[byte..<end]), as: UTF8.self)
        return s.unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// The folded parts of a personal name of two or more words.
    func partKeys(of name: String) -> [[UInt8]] {
        let words = name.split(whereSeparator: { $0.isWhitespace })
        guard words.count >= 2 else { return [] }
        var keys: [[UInt8]] = []
        for word in words {
            guard let first = word.unicodeScalars.first, first.properties.isUppercase, word.unicodeScalars.count >= 2 else { continue }
            let folded = folder.fold(word)
            if rules.nameParticles.contains(folded) || rules.isCommonWord(folded) { continue }
            keys.append(folded)
        }
        if words.count >= 3 {
            // Only tails the scan can meet: at most maxPartTokens words (a word is at least one
            // token). All tails made a name of W words cost O(W²): a 10,000-character name took
            // seconds per mention.
            for k in max(1, words.count - Self.maxPartTokens)..<(words.count - 1) {
                keys.append(folder.fold(words[k...].joined(separator: " ")))
            }
        }
        return keys
    }
}
