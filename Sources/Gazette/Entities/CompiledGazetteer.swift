#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A gazetteer compiled for matching: every surface form folded (``TextFolder``) into a byte
/// trie, and the entries, forms and strings in flat integer arrays.
///
/// The layout is what makes a million names cheap: no `String` per entry, arrays that are
/// written to and read from the disk cache (``GazetteerCache``) as they are, about 15 bytes
/// per trie node. Build one with ``GazetteerCompiler``. Immutable and thread-safe.
///
/// The trie is in breadth-first order, one 64-bit word per node: bits 0–7 the byte on the
/// edge from its parent (`label`), bits 8–39 its first child, bits 40–63 its terminal group
/// plus one (0: none). The children of node `k` are the nodes `firstChild(k) ..<
/// firstChild(k + 1)`, sorted by label (a sentinel node ends the array), so that reading a
/// child's label brings its own child range into the cache. A terminal group `t` lists the
/// forms
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
    let nodes: [UInt64]          // node count + 1 (sentinel)
    let groupStart: [UInt32]
    let groupForms: [UInt32]
    let rootChildren: [Int32]    // 256: child of the root for each byte, 0 for none
    let rootGrandchildren: [Int32] // 65,536: node after bytes (b0, b1) from the root, 0 for none; built at init
    /// Which folded words can begin a name: built with the trie (or read back with it from the
    /// cache: building it costs about as much as reading the whole trie).
    let prefixFilter: TriePrefixFilter

    /// `prefixFilter`: the filter stored with these nodes, or nil to build it.
    init(strings: [UInt8], entryRefs: [UInt32], entryTypes: [UInt8], formEntries: [UInt32], formRefs: [UInt32],
         formFlags: [UInt8], nodes: [UInt64], groupStart: [UInt32],
         groupForms: [UInt32], rootChildren: [Int32], prefixFilter: TriePrefixFilter? = nil) {
        self.strings = strings
        self.entryRefs = entryRefs
        self.entryTypes = entryTypes
        self.formEntries = formEntries
        self.formRefs = formRefs
        self.formFlags = formFlags
        self.nodes = nodes
        self.groupStart = groupStart
        self.groupForms = groupForms
        self.rootChildren = rootChildren
        var two = [Int32](repeating: 0, count: 65_536)
        for b0 in 0..<256 where rootChildren[b0] != 0 {
            let c = Int(rootChildren[b0])
            for g in Self.firstChild(nodes[c])..<Self.firstChild(nodes[c + 1]) { two[b0 << 8 | Int(Self.label(nodes[g]))] = Int32(g) }
        }
        rootGrandchildren = two
        self.prefixFilter = prefixFilter ?? TriePrefixFilter(nodes: nodes)
    }

    /// The number of entries (after merging entries that share an id).
    public var entryCount: Int { entryTypes.count }
    /// The number of surface forms.
    public var formCount: Int { formEntries.count }
    /// The number of trie nodes, root included.
    public var nodeCount: Int { nodes.count - 1 }

    /// The most terminal groups (distinct folded forms) a compiled gazetteer can hold.
    public static let maxDistinctForms = (1 << 24) - 2

    @inline(__always) static func label(_ node: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: node) }
    @inline(__always) static func firstChild(_ node: UInt64) -> Int { Int((node >> 8) & 0xFFFF_FFFF) }
    /// The terminal group of a node, or -1.
    @inline(__always) static func terminal(_ node: UInt64) -> Int { Int(node >> 40) - 1 }

    /// An approximate size in memory, in bytes.
    public var byteSize: Int {
        strings.count + entryRefs.count * 4 + entryTypes.count + formEntries.count * 4 + formRefs.count * 4
            + formFlags.count + nodes.count * 8 + groupStart.count * 4
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
    /// Whether the text of form `f` is exactly the UTF-8 `bytes`.
    @inline(__always)
    func formBytesEqual(_ f: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let o = Int(formRefs[2 * f]), l = Int(formRefs[2 * f + 1])
        guard l == bytes.count else { return false }
        return strings.withUnsafeBufferPointer { s in
            l == 0 || memcmp(s.baseAddress! + o, bytes.baseAddress!, l) == 0
        }
    }

    /// Whether form `f` is ASCII and `length` bytes long.
    func formIsASCII(_ f: Int, length: Int) -> Bool {
        let o = Int(formRefs[2 * f]), l = Int(formRefs[2 * f + 1])
        guard l == length else { return false }
        return strings.withUnsafeBufferPointer { s in !s[o..<o + l].contains { $0 >= 0x80 } }
    }

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
        for c in Self.firstChild(nodes[node])..<Self.firstChild(nodes[node + 1]) where Self.label(nodes[c]) == byte { return c }
        return -1
    }

    /// The forms whose folding is exactly `folded`, best first.
    public func forms(folded: [UInt8]) -> [Int] {
        var node = 0
        for b in folded {
            node = child(of: node, b)
            if node < 0 { return [] }
        }
        let t = Self.terminal(nodes[node])
        guard t >= 0 else { return [] }
        return (Int(groupStart[t])..<Int(groupStart[t + 1])).map { Int(groupForms[$0]) }
    }
}
