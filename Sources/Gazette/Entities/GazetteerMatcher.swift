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
/// The scan goes by blocks of `block` tokens: the memo's slots of the block are loaded first
/// (independent loads: the memo does not fit the nearest caches, and a load waiting behind
/// a branch on the previous slot cost more than the rest of the scan), then each token's
/// memo answer says whether a name may start there (half the words start some name, but
/// few go on past the next space), and the walks run from the tokens so listed only.
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
        prefixes = gazetteer.prefixFilter
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

    /// How many starting tokens between two calls of `every` (a multiple of ``block``).
    static let checkStride = 4096

    /// How many tokens the first pass looks at before the second walks from those listed.
    static let block = 256

    /// A value the sum of the memo words loaded ahead of the first pass is compared with (so
    /// that the loads are kept).
    static let warmSentinel: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// A token listed by the first pass: the walk from it goes on from `node` (`walk`: at the
    /// token's end; `afterSpace`: past the space after it, its terminal `terminal` found; `ended`:
    /// nowhere, its terminal `terminal` is the only candidate).
    struct StartingToken {
        var token: Int32
        var node: Int32
        var terminal: Int32
        var kind: Int32
        static let walk: Int32 = 0
        static let afterSpace: Int32 = 1
        static let ended: Int32 = 2
    }

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
            var starting = [StartingToken](repeating: StartingToken(token: 0, node: 0, terminal: -1, kind: 0), count: Self.block)
            return try memo.slots.withUnsafeMutableBufferPointer { slots in
            try starting.withUnsafeMutableBufferPointer { starting in
            // The scan's state lives inside this closure (not captured from outside it), so
            // that it stays in registers.
            var result: [EntityMention] = []
            var candidates: [(last: Int, group: Int32)] = []
            var linked = LinkCache(gazetteer: g)
            // `i`: the first token that may start a mention (after the last one found).
            var i = 0, blockStart = 0
            while blockStart < n {
                let blockEnd = Swift.min(n, blockStart + Self.block)
                // First pass, over the block: the walk along each token from the memo, and
                // whether a name may start there. No branch depends on a slot's content but
                // the memo's miss, so the slots' loads overlap; the tokens that may start a
                // name are listed, most are not.
                var listed = 0
                let blockFirst = Swift.max(blockStart, i)
                // The memo's slots of the block's tokens, loaded in a loop of their own (no
                // load waits for another, nor for a branch: the memo is too large for the
                // core's nearest caches), so that the loop below finds them cached. Their sum
                // only keeps the loads (were it the sentinel, nothing would change).
                var warm: UInt64 = 0
                for u in blockFirst..<blockEnd {
                    warm &+= slots[TokenWalkMemo.slot(hashes[u], shift: memoShift)].k0
                }
                if warm == Self.warmSentinel { candidates.reserveCapacity(Self.block) }
                var t = blockFirst
                while t < blockEnd {
                    let startPos = Int(starts[t])
                    let firstEnd = ends(t)
                    let length = firstEnd &- startPos
                    // No name starts with this token's first byte (punctuation, mostly): the
                    // walk would stop there.
                    if length > 0 && root[Int(bytes[startPos])] == 0 { t += 1; continue }
                    if length > TokenWalkMemo.maxKeyBytes || length == 0 {
                        // Too long for the memo: walked each time (unless the filter says no
                        // name starts with this folding). An empty folding walks on into the
                        // next token from the root.
                        var x = 0
                        if length > 0 {
                            x = prefixes.mayContain(hashes[t]) ? descend(0, startPos, firstEnd) : -1
                        }
                        starting[listed] = StartingToken(token: Int32(t), node: Int32(x), terminal: -1, kind: StartingToken.walk)
                        listed &+= x >= 0 ? 1 : 0
                        t += 1
                        continue
                    }
                    let h = hashes[t]
                    let s = TokenWalkMemo.slot(h, shift: memoShift)
                    let (k0, k1) = TokenWalkMemo.key(bytes, from: startPos, length: length)
                    var slot = slots[s]
                    if !slot.holds(k0, k1, length) {
                        let x = prefixes.mayContain(h) ? descend(0, startPos, firstEnd) : -1
                        slot = TokenWalkMemo.Slot(k0: k0, k1: k1, length: length, node: x,
                                                  spaceChild: x < 0 ? -1 : child(x, 0x20), nodes: nodes)
                        slots[s] = slot
                    }
                    // No name starts with this token (half the words): nothing to list. The slot
                    // is cached by now, so this branch is soon resolved.
                    if slot.node < 0 { t += 1; continue }
                    // The next token after a space: the first token's terminal, space child and
                    // the bytes after it take the walk's first steps beyond it (most walks end
                    // there, without reading the trie). A slot without a path has neither
                    // terminal nor space child.
                    var entry = StartingToken(token: Int32(t), node: slot.node, terminal: slot.terminal, kind: StartingToken.walk)
                    var keep = slot.node >= 0
                    if t + 1 < n && viewFlags[t + 1] & FoldedTokens.separatorFlag != 0 && bytes[firstEnd] == 0x20
                        && Int(starts[t + 1]) < ends(t + 1) {
                        let goesOn = slot.spaceChild >= 0 && slot.mayFollowSpace(bytes[firstEnd + 1])
                        entry.kind = goesOn ? StartingToken.afterSpace : StartingToken.ended
                        entry.node = slot.spaceChild
                        keep = goesOn || slot.terminal >= 0
                    }
                    starting[listed] = entry
                    listed &+= keep ? 1 : 0
                    t += 1
                }
                // Second pass: the walks from the listed tokens, longest match first.
                for k in 0..<listed {
                    let entry = starting[k]
                    let first = Int(entry.token)
                    // Within a mention found from an earlier start.
                    if first < i { continue }
                    i = first
                    let startPos = Int(starts[i])
                    let firstEnd = ends(i)
                    var pos = firstEnd, node = Int(entry.node), j = i
                    if entry.kind != StartingToken.walk {
                        if entry.terminal >= 0 { candidates.append((i, entry.terminal)) }
                        if entry.kind == StartingToken.ended {
                            j = n   // the walk is over
                        } else {
                            pos = firstEnd + 1
                            j = i + 1
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
                blockStart = blockEnd
                if blockEnd % Self.checkStride == 0 { try every() }
            }
            return result
            }}
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
