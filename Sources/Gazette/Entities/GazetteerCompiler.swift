#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds a ``CompiledGazetteer`` from entries, one at a time.
///
/// Entries that share an id are merged: the first one gives the type, canonical name and
/// case policy; later ones add their names as aliases and their Wikidata id when the first
/// had none. Each surface form is folded with ``TextFolder`` (full mode); forms that fold to
/// the same bytes share a trie node and are ranked by entry (the entry added first wins), then
/// the entry's name before its aliases. `auto` case policies are decided here with ``EntityRules``;
/// under `auto`, a one-word form that is one of the language's month or weekday names is left out.
public struct GazetteerCompiler {
    let rules: EntityRules
    let folder = TextFolder.shared
    var strings: [UInt8] = []
    var entryRefs: [UInt32] = []
    var entryTypes: [UInt8] = []
    var entryPolicies: [CasePolicy] = []
    var formEntries: [UInt32] = []
    var formRefs: [UInt32] = []
    var formFlags: [UInt8] = []
    var keyBytes: [UInt8] = []
    var keyRefs: [UInt32] = []
    var idTable: [UInt64: Int32] = [:]
    var scratch: [UInt8] = []

    /// A compiler using `rules` for the `auto` case policy.
    public init(rules: EntityRules) {
        self.rules = rules
    }

    /// Reserves room for about `entries` entries.
    public mutating func reserveCapacity(entries: Int) {
        entryRefs.reserveCapacity(entries * 6)
        entryTypes.reserveCapacity(entries)
        formEntries.reserveCapacity(entries)
        formRefs.reserveCapacity(entries * 2)
        formFlags.reserveCapacity(entries)
        keyRefs.reserveCapacity(entries * 2)
        strings.reserveCapacity(entries * 40)
        keyBytes.reserveCapacity(entries * 20)
        idTable.reserveCapacity(entries)
    }

    mutating func intern(_ s: String) -> (UInt32, UInt32) {
        let offset = UInt32(strings.count)
        strings.append(contentsOf: s.utf8)
        return (offset, UInt32(strings.count) - offset)
    }

    /// Adds an entry (or merges it into the entry with the same id).
    public mutating func add(_ entry: GazetteerEntry) {
        let idHash = ContentHash.hash64(entry.id)
        var e: Int
        if let existing = idTable[idHash], id(ofEntry: Int(existing)) == entry.id {
            e = Int(existing)
            if entryRefs[6 * e + 5] == 0, let w = entry.wikidata {
                let (o, l) = intern(w)
                entryRefs[6 * e + 4] = o; entryRefs[6 * e + 5] = l
            }
            addForms(entry.surfaceForms, entry: e, policy: entryPolicies[e], canonicalFirst: false)
            return
        }
        e = entryTypes.count
        if idTable[idHash] == nil { idTable[idHash] = Int32(e) }
        let (io, il) = intern(entry.id)
        let (no, nl) = intern(entry.name)
        let (wo, wl) = entry.wikidata.map { intern($0) } ?? (0, 0)
        entryRefs.append(contentsOf: [io, il, no, nl, wo, wl])
        entryTypes.append(entry.type.rawValue)
        entryPolicies.append(entry.casePolicy)
        addForms(entry.surfaceForms, entry: e, policy: entry.casePolicy, canonicalFirst: true)
    }

    func id(ofEntry e: Int) -> String {
        let o = Int(entryRefs[6 * e]), l = Int(entryRefs[6 * e + 1])
        return String(decoding: strings[o..<o + l], as: UTF8.self)
    }

    mutating func addForms(_ forms: [String], entry e: Int, policy: CasePolicy, canonicalFirst: Bool) {
        for (k, form) in forms.enumerated() {
            scratch.removeAll(keepingCapacity: true)
            for s in form.unicodeScalars { folder.append(s.value, mode: .full, to: &scratch) }
            let folded = TextFolder.collapsingSpaces(scratch)
            if folded.isEmpty { continue }
            var flags: UInt8 = 0
            switch policy {
            case .sensitive: flags = CompiledGazetteer.FormFlag.caseSensitive
            case .insensitive: break
            case .auto:
                // A month or weekday name of the language is a date, not this one-word name.
                if rules.dateWords.contains(folded) { continue }
                switch rules.autoCase(form: form, folded: folded) {
                case .sensitive: flags = CompiledGazetteer.FormFlag.caseSensitive
                case .insensitive: break
                case .capitalised: flags = CompiledGazetteer.FormFlag.capitalised
                case .titled: flags = CompiledGazetteer.FormFlag.titled
                }
            }
            if canonicalFirst && k == 0 { flags |= CompiledGazetteer.FormFlag.canonical }
            // The canonical name is already in the strings (the entry's name): share it.
            let (to, tl) = canonicalFirst && k == 0 ? (entryRefs[6 * e + 2], entryRefs[6 * e + 3]) : intern(form)
            formEntries.append(UInt32(e))
            formRefs.append(contentsOf: [to, tl])
            formFlags.append(flags)
            keyRefs.append(UInt32(keyBytes.count))
            keyRefs.append(UInt32(folded.count))
            keyBytes.append(contentsOf: folded)
        }
    }

    /// Adds every entry of a source; a malformed line throws, naming the source and line.
    public mutating func add(_ source: GazetteerSource) throws(GazetteerError) {
        try source.forEachEntry { add($0) }
    }

    /// The compiled gazetteer.
    public consuming func compile() -> CompiledGazetteer {
        idTable = [:]
        let formCount = formEntries.count
        // Sort forms by folded key, then canonical first, then insertion order.
        var order = [UInt32](unsafeUninitializedCapacity: formCount) { b, n in
            for i in 0..<formCount { b[i] = UInt32(i) }
            n = formCount
        }
        let refs = keyRefs, entries = formEntries
        keyBytes.withUnsafeBufferPointer { kb in
            let base = kb.baseAddress ?? UnsafePointer(bitPattern: 1)!
            refs.withUnsafeBufferPointer { r in
                entries.withUnsafeBufferPointer { fe in
                    order.sort { a, b in
                        let ao = Int(r[2 * Int(a)]), al = Int(r[2 * Int(a) + 1])
                        let bo = Int(r[2 * Int(b)]), bl = Int(r[2 * Int(b) + 1])
                        let c = memcmp(base + ao, base + bo, min(al, bl))
                        if c != 0 { return c < 0 }
                        if al != bl { return al < bl }
                        let ea = fe[Int(a)], eb = fe[Int(b)]
                        if ea != eb { return ea < eb }
                        return a < b
                    }
                }
            }
        }
        // Unique keys: groups of equal keys in `order`.
        var groupStart: [UInt32] = []
        groupStart.reserveCapacity(formCount + 1)
        keyBytes.withUnsafeBufferPointer { kb in
            let base = kb.baseAddress ?? UnsafePointer(bitPattern: 1)!
            var prevO = 0, prevL = -1
            for (i, f) in order.enumerated() {
                let o = Int(keyRefs[2 * Int(f)]), l = Int(keyRefs[2 * Int(f) + 1])
                if l != prevL || memcmp(base + o, base + prevO, l) != 0 { groupStart.append(UInt32(i)) }
                prevO = o; prevL = l
            }
        }
        let groupCount = groupStart.count
        groupStart.append(UInt32(formCount))
        let trie = buildTrie(order: order, groupStart: groupStart, groupCount: groupCount)
        return CompiledGazetteer(
            strings: strings, entryRefs: entryRefs, entryTypes: entryTypes, formEntries: formEntries,
            formRefs: formRefs, formFlags: formFlags, nodes: trie.nodes, groupStart: groupStart,
            groupForms: order, rootChildren: trie.root)
    }

    /// Breadth-first trie over the sorted unique keys, one level at a time. The keys are
    /// first copied in sorted order into one blob, so that every level scans memory in order.
    mutating func buildTrie(order: [UInt32], groupStart: [UInt32], groupCount: Int) -> (nodes: [UInt64], root: [Int32]) {
        precondition(groupCount <= CompiledGazetteer.maxDistinctForms, "more than \(CompiledGazetteer.maxDistinctForms) distinct names")
        idTable = [:]
        var sorted: [UInt8] = []
        sorted.reserveCapacity(keyBytes.count)
        var starts = [UInt32](), lengths = [UInt32]()
        starts.reserveCapacity(groupCount); lengths.reserveCapacity(groupCount)
        for u in 0..<groupCount {
            let f = Int(order[Int(groupStart[u])])
            let o = Int(keyRefs[2 * f]), l = Int(keyRefs[2 * f + 1])
            starts.append(UInt32(sorted.count)); lengths.append(UInt32(l))
            sorted.append(contentsOf: keyBytes[o..<o + l])
        }
        keyBytes = []
        keyRefs = []
        var nodes: [UInt64] = [0]
        nodes.reserveCapacity(sorted.count / 2)
        var levelLo: [UInt32] = [0], levelHi: [UInt32] = [UInt32(groupCount)]
        var nextLo: [UInt32] = [], nextHi: [UInt32] = []
        var depth = 0
        sorted.withUnsafeBufferPointer { kb in
        starts.withUnsafeBufferPointer { ks in
        lengths.withUnsafeBufferPointer { kl in
            var nodeIndex = 0
            while !levelLo.isEmpty {
                nextLo.removeAll(keepingCapacity: true); nextHi.removeAll(keepingCapacity: true)
                for n in 0..<levelLo.count {
                    var lo = Int(levelLo[n])
                    let hi = Int(levelHi[n])
                    var word = nodes[nodeIndex]
                    if lo < hi, Int(kl[lo]) == depth {
                        word |= UInt64(lo + 1) << 40
                        lo += 1
                    }
                    word |= UInt64(nodes.count) << 8
                    nodes[nodeIndex] = word
                    while lo < hi {
                        let b = kb[Int(ks[lo]) + depth]
                        var end = lo + 1
                        while end < hi && kb[Int(ks[end]) + depth] == b { end += 1 }
                        nodes.append(UInt64(b))
                        nextLo.append(UInt32(lo)); nextHi.append(UInt32(end))
                        lo = end
                    }
                    nodeIndex += 1
                }
                swap(&levelLo, &nextLo); swap(&levelHi, &nextHi)
                depth += 1
            }
        }}}
        nodes.append(UInt64(nodes.count) << 8)   // sentinel: ends the last node's children
        var root = [Int32](repeating: 0, count: 256)
        for c in CompiledGazetteer.firstChild(nodes[0])..<CompiledGazetteer.firstChild(nodes[1]) {
            root[Int(CompiledGazetteer.label(nodes[c]))] = Int32(c)
        }
        return (nodes, root)
    }
}
