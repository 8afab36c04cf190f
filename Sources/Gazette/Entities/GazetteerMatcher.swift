/// Finds gazetteer mentions in a tokenised document: longest-leftmost, non-overlapping, on
/// token boundaries.
///
/// From each token, left to right, the matcher walks the trie along the folded view
/// (``FoldedTokens``) and remembers every node reached exactly at the end of a token; the
/// longest of those whose forms accept the text wins, and the scan goes on after it. So a
/// match starts and ends on token boundaries (`Page` is not found in `Pageé`, nor `GPT-4` in
/// `GPT-45`), and an elided article or preposition, its own token, stays outside the span
/// (`d'OpenAI` → `OpenAI`) unless the name itself begins with it (`L'Oréal`).
///
/// Tie-break among the forms that fold alike: a case-sensitive form must agree in case
/// (``TextFolder/Mode/keepCase``); of the forms left, one written exactly as the text wins,
/// then the entry added first (user gazetteers before the defaults, earlier lines first),
/// then an entry's name before its aliases. If no form of the longest candidate accepts the text, a shorter one is tried.
public struct GazetteerMatcher: Sendable {
    /// The gazetteer searched.
    public let gazetteer: CompiledGazetteer
    let folder = TextFolder.shared

    public init(gazetteer: CompiledGazetteer) {
        self.gazetteer = gazetteer
    }

    /// The mentions in `text` with its `tokens`, in text order.
    public func mentions(text: DocumentText, tokens: TokenLayer) -> [EntityMention] {
        let view = FoldedTokens(text: text, tokens: tokens)
        return mentions(text: text, tokens: tokens, view: view)
    }

    func mentions(text: DocumentText, tokens: TokenLayer, view: FoldedTokens) -> [EntityMention] {
        var result: [EntityMention] = []
        let n = tokens.count
        var candidates: [(last: Int, group: Int32)] = []
        let g = gazetteer
        view.bytes.withUnsafeBufferPointer { bytes in
        view.starts.withUnsafeBufferPointer { starts in
        view.ends.withUnsafeBufferPointer { ends in
        g.terminals.withUnsafeBufferPointer { terminals in
        g.labels.withUnsafeBufferPointer { labels in
        g.firstChild.withUnsafeBufferPointer { firstChild in
        g.rootChildren.withUnsafeBufferPointer { root in
            @inline(__always) func child(_ node: Int, _ byte: UInt8) -> Int {
                if node == 0 {
                    let c = Int(root[Int(byte)])
                    return c == 0 ? -1 : c
                }
                var lo = Int(firstChild[node]), hi = Int(firstChild[node + 1])
                if hi - lo <= 8 {
                    while lo < hi {
                        let l = labels[lo]
                        if l == byte { return lo }
                        if l > byte { return -1 }
                        lo += 1
                    }
                    return -1
                }
                while lo < hi {
                    let mid = (lo + hi) >> 1
                    let l = labels[mid]
                    if l == byte { return mid }
                    if l < byte { lo = mid + 1 } else { hi = mid }
                }
                return -1
            }
            let count = bytes.count
            var i = 0
            while i < n {
                candidates.removeAll(keepingCapacity: true)
                let startPos = Int(starts[i])
                var pos = startPos, node = 0, j = i
                while true {
                    while j < n && pos == Int(ends[j]) {
                        if pos > startPos {
                            let t = terminals[node]
                            if t >= 0 { candidates.append((j, t)) }
                        }
                        j += 1
                    }
                    if j >= n || pos >= count { break }
                    let c = child(node, bytes[pos])
                    if c < 0 { break }
                    node = c
                    pos += 1
                }
                var advanced = false
                for candidate in candidates.reversed() {
                    let span = Span(tokens[i].start, tokens[candidate.last].end)
                    if let mention = choose(group: Int(candidate.group), span: span, text: text) {
                        result.append(mention)
                        i = candidate.last + 1
                        advanced = true
                        break
                    }
                }
                if !advanced { i += 1 }
            }
        }}}}}}}
        return result
    }

    /// The best form of `group` for the text at `span`, as a mention, or nil.
    func choose(group: Int, span: Span, text: DocumentText) -> EntityMention? {
        let g = gazetteer
        let surface = text[span]
        var keepCase: [UInt8]?
        var best = -1
        var exact = false
        for k in Int(g.groupStart[group])..<Int(g.groupStart[group + 1]) {
            let form = Int(g.groupForms[k])
            let formText = g.text(ofForm: form)
            let isExact = surface == formText
            if !isExact && g.isCaseSensitive(form: form) {
                if keepCase == nil { keepCase = folder.fold(surface, mode: .keepCase) }
                if folder.fold(formText, mode: .keepCase) != keepCase! { continue }
            }
            if !isExact && g.isCapitalised(form: form) && !EntityRules.isWrittenAsName(surface, form: formText, titled: false) { continue }
            if !isExact && g.isTitled(form: form) && !EntityRules.isWrittenAsName(surface, form: formText, titled: true) { continue }
            if isExact { best = form; exact = true; break }
            if best < 0 { best = form }
        }
        guard best >= 0 else { return nil }
        let e = g.entry(ofForm: best)
        return EntityMention(span: span, type: g.type(ofEntry: e), id: g.id(ofEntry: e), name: g.name(ofEntry: e),
                             wikidata: g.wikidata(ofEntry: e), match: exact ? .exact : .folded)
    }
}
