/// Finds gazetteer mentions in a tokenised document: longest-leftmost, non-overlapping, on
/// token boundaries.
///
/// From each token, left to right, the matcher walks the trie along the folded view
/// (`FoldedTokens`) and remembers every node reached exactly at the end of a token; the
/// longest of those whose forms accept the text wins, and the scan goes on after it. So a
/// match starts and ends on token boundaries (`Page` is not found in `Pageé`, nor `GPT-4` in
/// `GPT-45`), and an elided article or preposition, its own token, stays outside the span
/// (`d'OpenAI` → `OpenAI`) unless the name itself begins with it (`L'Oréal`).
///
/// The walk along each starting token, and its first steps past a following space, come
/// from a per-document memo of token walks once the token has been met: with a large trie
/// (a million names) each byte walked is otherwise a cache miss.
///
/// Tie-break among the forms that fold alike: a case-sensitive form must agree in case
/// (``TextFolder/Mode/keepCase``); of the forms left, one written exactly as the text wins
/// (searched among the first `exactSearchLimit` forms), then the entry added first (user gazetteers before the defaults, earlier lines first),
/// then an entry's name before its aliases. If no form of the longest candidate accepts the text, a shorter one is tried.
public struct GazetteerMatcher: Sendable {
    /// The gazetteer searched.
    public let gazetteer: CompiledGazetteer
    let folder = TextFolder.shared
    /// Which tokens can begin a name (``TriePrefixFilter``).
    let prefixes: TriePrefixFilter

    /// A matcher over `gazetteer`.
    public init(gazetteer: CompiledGazetteer) {
        self.gazetteer = gazetteer
        prefixes = TriePrefixFilter(gazetteer: gazetteer)
    }

    /// The mentions in `text` with its `tokens`, in text order.
    public func mentions(text: DocumentText, tokens: TokenLayer) -> [EntityMention] {
        let view = FoldedTokens(text: text, tokens: tokens)
        return mentions(text: text, tokens: tokens, view: view)
    }

    func mentions(text: DocumentText, tokens: TokenLayer, view: FoldedTokens) -> [EntityMention] {
        text.withUTF8 { utf8 in mentions(text: text, utf8: utf8, tokens: tokens, view: view, every: {}) }
    }

    /// The mentions, calling `every` once per ``checkStride`` starting tokens (a deadline
    /// check: a gazetteer form of thousands of tokens makes each start walk that far).
    func mentions(text: DocumentText, tokens: TokenLayer, view: FoldedTokens, every: () throws -> Void) rethrows -> [EntityMention] {
        try text.withUTF8 { utf8 in try mentions(text: text, utf8: utf8, tokens: tokens, view: view, every: every) }
    }

    /// How many starting tokens between two calls of `every`.
    static let checkStride = 4096

    func mentions(text: DocumentText, utf8: UnsafeBufferPointer<UInt8>, tokens: TokenLayer, view: FoldedTokens,
                  every: () throws -> Void) rethrows -> [EntityMention] {
        let n = tokens.count
        let g = gazetteer
        return try view.bytes.withUnsafeBufferPointer { bytes in
        try view.starts.withUnsafeBufferPointer { starts in
        try view.flags.withUnsafeBufferPointer { viewFlags in
        try view.hashes.withUnsafeBufferPointer { hashes in
        try view.utf8Starts.withUnsafeBufferPointer { utf8Starts in
        try g.nodes.withUnsafeBufferPointer { nodes in
        try g.rootChildren.withUnsafeBufferPointer { root in
        try g.rootGrandchildren.withUnsafeBufferPointer { root2 in
            @inline(__always) func child(_ node: Int, _ byte: UInt8) -> Int {
                if node == 0 {
                    let c = Int(root[Int(byte)])
                    return c == 0 ? -1 : c
                }
                var lo = CompiledGazetteer.firstChild(nodes[node]), hi = CompiledGazetteer.firstChild(nodes[node + 1])
                if hi - lo <= 8 {
                    while lo < hi {
                        let l = CompiledGazetteer.label(nodes[lo])
                        if l == byte { return lo }
                        if l > byte { return -1 }
                        lo += 1
                    }
                    return -1
                }
                while lo < hi {
                    let mid = (lo + hi) >> 1
                    let l = CompiledGazetteer.label(nodes[mid])
                    if l == byte { return mid }
                    if l < byte { lo = mid + 1 } else { hi = mid }
                }
                return -1
            }
            /// Where token `k` ends in the view: the next token's start less its separator.
            @inline(__always) func ends(_ k: Int) -> Int {
                k + 1 < n ? Int(starts[k + 1]) - Int((viewFlags[k + 1] >> 1) & 1) : bytes.count
            }
            /// The node after bytes `from..<to` from `node`, or -1 (the walk within one token).
            @inline(__always) func descend(_ node: Int, _ from: Int, _ to: Int) -> Int {
                var node = node, pos = from
                while pos < to {
                    if node == 0 && pos + 2 <= to {
                        // Two bytes at once from the root: the hottest step.
                        let c = Int(root2[Int(bytes[pos]) << 8 | Int(bytes[pos + 1])])
                        if c == 0 { return -1 }
                        node = c
                        pos += 2
                        continue
                    }
                    let c = child(node, bytes[pos])
                    if c < 0 { return -1 }
                    node = c
                    pos += 1
                }
                return node
            }
            var memo = TokenWalkMemo(tokenCount: n)
            let memoShift = memo.shift
            let count = bytes.count
            return try memo.slots.withUnsafeMutableBufferPointer { slots in
            // The scan's state lives inside this closure (not captured from outside it), so
            // that it stays in registers.
            var result: [EntityMention] = []
            var candidates: [(last: Int, group: Int32)] = []
            var linked = LinkCache(gazetteer: g)
            var i = 0, untilCheck = Self.checkStride
            while i < n {
                untilCheck &-= 1
                if untilCheck == 0 {
                    try every()
                    untilCheck = Self.checkStride
                }
                let startPos = Int(starts[i])
                let firstEnd = ends(i)
                var pos = startPos, node = 0, j = i
                // The walk along the first token: from the memo, or done (unless the filter
                // says no name starts with this folding) and remembered; tokens too long for
                // the memo are walked each time. An empty folding walks on into the next
                // token, so it is never skipped nor remembered.
                let length = firstEnd &- startPos
                // No name starts with this token's first byte (punctuation, mostly): the walk
                // would stop there.
                if length > 0 && root[Int(bytes[startPos])] == 0 { i += 1; continue }
                if length > TokenWalkMemo.maxKeyBytes {
                    if !prefixes.mayContain(hashes[i]) { i += 1; continue }
                    node = descend(0, startPos, firstEnd)
                    if node < 0 { i += 1; continue }
                    pos = firstEnd
                } else if length > 0 {
                    let h = hashes[i]
                    let s = TokenWalkMemo.slot(h, shift: memoShift)
                    let (k0, k1) = TokenWalkMemo.key(bytes, from: startPos, length: length)
                    var slot = slots[s]
                    if slot.k0 != k0 || slot.k1 != k1 || slot.length != length {
                        let x = prefixes.mayContain(h) ? descend(0, startPos, firstEnd) : -1
                        slot = TokenWalkMemo.Slot(k0: k0, k1: k1, length: length, node: x,
                                                  spaceChild: x < 0 ? -1 : child(x, 0x20), nodes: nodes)
                        slots[s] = slot
                    }
                    if slot.node < 0 { i += 1; continue }
                    // The next token after a space: the first token's terminal, space child and
                    // the bytes after it take the walk's first steps beyond it (most walks end
                    // there, without reading the trie).
                    if i + 1 < n && viewFlags[i + 1] & FoldedTokens.separatorFlag != 0 && bytes[firstEnd] == 0x20
                        && Int(starts[i + 1]) < ends(i + 1) {
                        if slot.terminal >= 0 { candidates.append((i, slot.terminal)) }
                        if slot.spaceChild < 0 || !slot.mayFollowSpace(bytes[firstEnd + 1]) {
                            if candidates.isEmpty { i += 1; continue }
                            j = n   // the walk is over
                        } else {
                            node = Int(slot.spaceChild)
                            pos = firstEnd + 1
                            j = i + 1
                        }
                    } else {
                        node = Int(slot.node)
                        pos = firstEnd
                    }
                }
                while j < n {
                    while j < n && pos == ends(j) {
                        if pos > startPos {
                            let t = CompiledGazetteer.terminal(nodes[node])
                            if t >= 0 { candidates.append((j, Int32(t))) }
                        }
                        j += 1
                    }
                    if j >= n || pos >= count { break }
                    if node == 0 && pos + 2 <= ends(j) {
                        // Two bytes at once from the root (after an empty first token).
                        let c = Int(root2[Int(bytes[pos]) << 8 | Int(bytes[pos + 1])])
                        if c == 0 { break }
                        node = c
                        pos += 2
                        continue
                    }
                    let c = child(node, bytes[pos])
                    if c < 0 { break }
                    node = c
                    pos += 1
                }
                var advanced = false
                if !candidates.isEmpty {
                    let start = tokens[i].start
                    let startByte = Int(utf8Starts[i])
                    for candidate in candidates.reversed() {
                        let end = tokens[candidate.last].end
                        let endByte = view.utf8Range(candidate.last, tokens: tokens, utf8: utf8).upperBound
                        let surface = UnsafeBufferPointer(rebasing: utf8[startByte..<endByte])
                        if let (form, exact) = choose(group: Int(candidate.group), surface: surface) {
                            result.append(linked.mention(form: form, span: Span(start, end), exact: exact))
                            i = candidate.last + 1
                            advanced = true
                            break
                        }
                    }
                    // Left empty for the next start (every path that skips here has none).
                    candidates.removeAll(keepingCapacity: true)
                }
                if !advanced { i += 1 }
            }
            return result
            }
        }}}}}}}}
    }

    /// How many forms of one folded key are searched for one written exactly as the text,
    /// once an acceptable one is found (noisy gazetteers give common words hundreds of forms).
    static let exactSearchLimit = 32

    /// The best form of `group` for the UTF-8 `surface`, and whether it is written exactly
    /// so, or nil when no form accepts it.
    func choose(group: Int, surface: UnsafeBufferPointer<UInt8>) -> (Int, Bool)? {
        let g = gazetteer
        var keepCase: [UInt8]?
        var surfaceText: Substring?
        var best = -1
        // Whether the surface holds a capital: on bytes for ASCII, through Unicode otherwise.
        var surfaceHasCapital: Bool?
        func hasCapital() -> Bool {
            if let known = surfaceHasCapital { return known }
            var ascii = true, found = false
            for b in surface {
                if b >= 0x41 && b <= 0x5A { found = true; break }
                if b >= 0x80 { ascii = false }
            }
            if !found && !ascii {
                found = String(decoding: surface, as: UTF8.self).unicodeScalars.contains { $0.properties.isUppercase }
            }
            surfaceHasCapital = found
            return found
        }
        let first = Int(g.groupStart[group])
        for k in first..<Int(g.groupStart[group + 1]) {
            let form = Int(g.groupForms[k])
            let isExact = g.formBytesEqual(form, surface)
            if isExact { return (form, true) }
            if best >= 0 {
                if k - first >= Self.exactSearchLimit { break }
                continue
            }
            let flags = g.formFlags[form]
            if flags & (CompiledGazetteer.FormFlag.caseSensitive | CompiledGazetteer.FormFlag.capitalised | CompiledGazetteer.FormFlag.titled) != 0 {
                // These forms all hold a capital (auto gives them only to names with one; a
                // sensitive form without one still needs the check below): an all-lowercase
                // surface is rejected without building strings.
                if flags & CompiledGazetteer.FormFlag.caseSensitive == 0 && !hasCapital() { continue }
                // Same key, both ASCII, same length, bytes not equal: the case differs.
                if flags & CompiledGazetteer.FormFlag.caseSensitive != 0 && g.formIsASCII(form, length: surface.count)
                    && !surface.contains(where: { $0 >= 0x80 }) { continue }
                if surfaceText == nil { surfaceText = Substring(String(decoding: surface, as: UTF8.self)) }
                let formText = g.text(ofForm: form)
                if flags & CompiledGazetteer.FormFlag.caseSensitive != 0 {
                    if keepCase == nil { keepCase = folder.fold(surfaceText!, mode: .keepCase) }
                    if folder.fold(formText, mode: .keepCase) != keepCase! { continue }
                }
                if flags & CompiledGazetteer.FormFlag.capitalised != 0
                    && !EntityRules.isWrittenAsName(surfaceText!, form: formText, titled: false) { continue }
                if flags & CompiledGazetteer.FormFlag.titled != 0
                    && !EntityRules.isWrittenAsName(surfaceText!, form: formText, titled: true) { continue }
            }
            best = form
        }
        return best >= 0 ? (best, false) : nil
    }
}

/// Builds mentions, making the strings of each entry once per document.
struct LinkCache {
    let gazetteer: CompiledGazetteer
    var entries: [Int: (EntityType, String, String, String?)] = [:]

    init(gazetteer: CompiledGazetteer) {
        self.gazetteer = gazetteer
    }

    mutating func mention(form: Int, span: Span, exact: Bool) -> EntityMention {
        let e = gazetteer.entry(ofForm: form)
        let info: (EntityType, String, String, String?)
        if let known = entries[e] { info = known } else {
            info = (gazetteer.type(ofEntry: e), gazetteer.id(ofEntry: e), gazetteer.name(ofEntry: e), gazetteer.wikidata(ofEntry: e))
            entries[e] = info
        }
        return EntityMention(span: span, type: info.0, id: info.1, name: info.2, wikidata: info.3, match: exact ? .exact : .folded)
    }
}
