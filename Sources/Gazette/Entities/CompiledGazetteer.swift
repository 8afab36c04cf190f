/// A gazetteer compiled for matching: every surface form folded (``TextFolder``) into a byte
/// trie, and the entries, forms and strings in flat integer arrays.
///
/// The layout is what makes a million names cheap: no `String` per entry, arrays that are
/// written to and read from the disk cache (``GazetteerCache``) as they are, about 15 bytes
/// per trie node. Build one with ``GazetteerCompiler``. Immutable and thread-safe.
///
/// The trie is in breadth-first order: the children of node `k` are the nodes
/// `firstChild[k] ..< firstChild[k + 1]`, sorted by their byte `label`. A node whose
/// `terminal` is not -1 ends one or more folded forms: the forms
/// `groupForms[groupStart[t] ..< groupStart[t + 1]]`, best first (the entry added first,
/// then its name before its aliases).
public final class CompiledGazetteer: Sendable {
    /// A string in ``strings``: byte offset and length.
    struct StringRef: Sendable { var offset: UInt32; var length: UInt32 }

    /// Flags of a form.
    enum FormFlag {
        static let caseSensitive: UInt8 = 1
        static let canonical: UInt8 = 2
        static let capitalised: UInt8 = 4
        static let titled: UInt8 = 8
    }

    let strings: [UInt8]
    let entryRefs: [UInt32]      // per entry: id offset, id length, name offset, name length, wikidata offset, wikidata length
    let entryTypes: [UInt8]
    let formEntries: [UInt32]
    let formRefs: [UInt32]       // per form: text offset, text length
    let formFlags: [UInt8]
    let labels: [UInt8]
    let firstChild: [UInt32]     // node count + 1
    let terminals: [Int32]
    let groupStart: [UInt32]
    let groupForms: [UInt32]
    let rootChildren: [Int32]    // 256: child of the root for each byte, 0 for none

    init(strings: [UInt8], entryRefs: [UInt32], entryTypes: [UInt8], formEntries: [UInt32], formRefs: [UInt32],
         formFlags: [UInt8], labels: [UInt8], firstChild: [UInt32], terminals: [Int32], groupStart: [UInt32],
         groupForms: [UInt32], rootChildren: [Int32]) {
        self.strings = strings
        self.entryRefs = entryRefs
        self.entryTypes = entryTypes
        self.formEntries = formEntries
        self.formRefs = formRefs
        self.formFlags = formFlags
        self.labels = labels
        self.firstChild = firstChild
        self.terminals = terminals
        self.groupStart = groupStart
        self.groupForms = groupForms
        self.rootChildren = rootChildren
    }

    /// The number of entries (after merging entries that share an id).
    public var entryCount: Int { entryTypes.count }
    /// The number of surface forms.
    public var formCount: Int { formEntries.count }
    /// The number of trie nodes, root included.
    public var nodeCount: Int { labels.count }

    /// An approximate size in memory, in bytes.
    public var byteSize: Int {
        strings.count + entryRefs.count * 4 + entryTypes.count + formEntries.count * 4 + formRefs.count * 4
            + formFlags.count + labels.count + firstChild.count * 4 + terminals.count * 4 + groupStart.count * 4
            + groupForms.count * 4 + rootChildren.count * 4
    }

    func string(offset: UInt32, length: UInt32) -> String {
        strings.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(offset)..<Int(offset + length)]), as: UTF8.self)
        }
    }

    /// The id of entry `e`.
    public func id(ofEntry e: Int) -> String { string(offset: entryRefs[6 * e], length: entryRefs[6 * e + 1]) }
    /// The canonical name of entry `e`.
    public func name(ofEntry e: Int) -> String { string(offset: entryRefs[6 * e + 2], length: entryRefs[6 * e + 3]) }
    /// The Wikidata item of entry `e`, if known.
    public func wikidata(ofEntry e: Int) -> String? {
        entryRefs[6 * e + 5] == 0 ? nil : string(offset: entryRefs[6 * e + 4], length: entryRefs[6 * e + 5])
    }
    /// The type of entry `e`.
    public func type(ofEntry e: Int) -> EntityType { EntityType(rawValue: entryTypes[e]) ?? .misc }
    /// The text of form `f`, as written in the gazetteer.
    public func text(ofForm f: Int) -> String { string(offset: formRefs[2 * f], length: formRefs[2 * f + 1]) }
    /// The entry that form `f` names.
    public func entry(ofForm f: Int) -> Int { Int(formEntries[f]) }
    /// Whether form `f` must match with its letter case as written.
    public func isCaseSensitive(form f: Int) -> Bool { formFlags[f] & FormFlag.caseSensitive != 0 }
    /// Whether the text of form `f` must hold a capital (``EntityRules/AutoCase/capitalised``).
    public func isCapitalised(form f: Int) -> Bool { formFlags[f] & FormFlag.capitalised != 0 }
    /// Whether form `f` must be written as a title (``EntityRules/AutoCase/titled``).
    public func isTitled(form f: Int) -> Bool { formFlags[f] & FormFlag.titled != 0 }
    /// Whether form `f` is its entry's canonical name.
    public func isCanonical(form f: Int) -> Bool { formFlags[f] & FormFlag.canonical != 0 }

    /// The child of `node` along byte `byte`, or -1.
    @inline(__always)
    func child(of node: Int, _ byte: UInt8) -> Int {
        if node == 0 {
            let c = Int(rootChildren[Int(byte)])
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

    /// The forms whose folding is exactly `folded`, best first.
    public func forms(folded: [UInt8]) -> [Int] {
        var node = 0
        for b in folded {
            node = child(of: node, b)
            if node < 0 { return [] }
        }
        let t = terminals[node]
        guard t >= 0 else { return [] }
        return (Int(groupStart[Int(t)])..<Int(groupStart[Int(t) + 1])).map { Int(groupForms[$0]) }
    }
}
