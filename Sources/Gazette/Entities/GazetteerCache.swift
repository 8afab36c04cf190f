#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of compiled gazetteers named by the hash of what they were compiled from, so that
/// a large gazetteer is compiled once and then read back in a fraction of the time.
///
/// Every failure (no folder, not writable, a truncated or foreign file) makes the cache
/// silently miss: the caller compiles in memory instead. Files are written to a temporary
/// name and renamed, so concurrent processes never read a partial file. Thread-safe.
public struct GazetteerCache: Sendable {
    /// Bumped whenever the file layout or the compiled content changes.
    public static let formatVersion = "gazette-trie-3"
    static let magic: [UInt8] = Array("GZTRIE03".utf8)

    /// The folder holding the files.
    public let directory: String

    /// A cache in `directory` (created on first store).
    public init(directory: String) {
        self.directory = directory
    }

    /// `$XDG_CACHE_HOME/gazette` when that is an absolute path, else `$HOME/.cache/gazette`,
    /// else nil (no cache), read from `environment`.
    public static func defaultDirectory(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/gazette" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/gazette" }
        return nil
    }

    func path(key: String) -> String { "\(directory)/\(key).gztrie" }

    /// The gazetteer stored under `key`, or nil.
    public func load(key: String) -> CompiledGazetteer? {
        guard let file = fopen(path(key: key), "rb") else { return nil }
        defer { fclose(file) }
        var magic = [UInt8](repeating: 0, count: 8)
        // Layout: magic, then each array as a UInt64 element count and its bytes, padded to 8.
        guard fread(&magic, 1, 8, file) == 8, magic == Self.magic else { return nil }
        func read<T: FixedWidthInteger>(_: T.Type) -> [T]? {
            var count: UInt64 = 0
            guard fread(&count, 8, 1, file) == 1, count < 1 << 34 else { return nil }
            let n = Int(count)
            var ok = true
            let array = [T](unsafeUninitializedCapacity: n) { buffer, initialized in
                if n > 0 { ok = fread(buffer.baseAddress, MemoryLayout<T>.size, n, file) == n }
                initialized = ok ? n : 0
            }
            let pad = (8 - (n * MemoryLayout<T>.size) % 8) % 8
            if pad > 0 { var skip = [UInt8](repeating: 0, count: pad); guard fread(&skip, 1, pad, file) == pad else { return nil } }
            return ok ? array : nil
        }
        guard let strings = read(UInt8.self), let entryRefs = read(UInt32.self), let entryTypes = read(UInt8.self),
              let formEntries = read(UInt32.self), let formRefs = read(UInt32.self), let formFlags = read(UInt8.self),
              let nodes = read(UInt64.self),
              let groupStart = read(UInt32.self), let groupForms = read(UInt32.self), let root = read(Int32.self),
              let filterWords = read(UInt64.self), let filter = TriePrefixFilter(words: filterWords, nodes: nodes.count - 1)
        else { return nil }
        // Consistency checks, so that a damaged file misses instead of crashing later.
        let entries = entryTypes.count, forms = formEntries.count
        guard entryRefs.count == 6 * entries, formRefs.count == 2 * forms, formFlags.count == forms,
              nodes.count >= 2, root.count == 256,
              groupForms.count == forms, groupStart.last.map(Int.init) == forms,
              CompiledGazetteer.firstChild(nodes[nodes.count - 1]) == nodes.count - 1,
              nodes.allSatisfy({ CompiledGazetteer.firstChild($0) < nodes.count && CompiledGazetteer.terminal($0) < groupStart.count - 1 })
        else { return nil }
        return CompiledGazetteer(strings: strings, entryRefs: entryRefs, entryTypes: entryTypes, formEntries: formEntries,
                                 formRefs: formRefs, formFlags: formFlags, nodes: nodes,
                                 groupStart: groupStart, groupForms: groupForms, rootChildren: root, prefixFilter: filter)
    }

    /// Stores `gazetteer` under `key`; returns whether it was written.
    @discardableResult
    public func store(_ g: CompiledGazetteer, key: String) -> Bool {
        guard makeDirectory(directory) else { return false }
        let final = path(key: key)
        let temporary = "\(final).\(getpid()).tmp"
        guard let file = fopen(temporary, "wb") else { return false }
        var ok = fwrite(Self.magic, 1, 8, file) == 8
        func write<T: FixedWidthInteger>(_ array: [T]) {
            guard ok else { return }
            var count = UInt64(array.count)
            ok = fwrite(&count, 8, 1, file) == 1
            array.withUnsafeBytes { raw in
                if ok && raw.count > 0 { ok = fwrite(raw.baseAddress, 1, raw.count, file) == raw.count }
                let pad = (8 - raw.count % 8) % 8
                if ok && pad > 0 { ok = fwrite([UInt8](repeating: 0, count: pad), 1, pad, file) == pad }
            }
        }
        write(g.strings); write(g.entryRefs); write(g.entryTypes); write(g.formEntries); write(g.formRefs)
        write(g.formFlags); write(g.nodes); write(g.groupStart)
        write(g.groupForms); write(g.rootChildren); write(g.prefixFilter.words)
        ok = fclose(file) == 0 && ok
        if ok { ok = rename(temporary, final) == 0 }
        if !ok { unlink(temporary) }
        return ok
    }

    private func makeDirectory(_ path: String) -> Bool {
        var isDirectory = stat()
        if stat(path, &isDirectory) == 0 { return (isDirectory.st_mode & S_IFMT) == S_IFDIR }
        let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if !parent.isEmpty && !makeDirectory(parent) { return false }
        return mkdir(path, 0o755) == 0 || errno == EEXIST
    }
}

extension CompiledGazetteer {
    /// The cache key of compiling `sources` (in order) with `rules`.
    public static func cacheKey(sources: [GazetteerSource], rules: EntityRules) -> String {
        var h = ContentHash()
        h.update(GazetteerCache.formatVersion)
        h.update(rules.fingerprint)
        for source in sources {
            h.update(source.format.rawValue)
            source.bytes.withUnsafeBytes { h.update($0) }
        }
        return h.hex
    }

    /// Compiles `sources` with `rules`, or reads the result from `cache` when a previous run
    /// stored it; stores what it compiles. Throws for a malformed source.
    public static func load(sources: [GazetteerSource], rules: EntityRules,
                            cache: GazetteerCache?) throws(GazetteerError) -> CompiledGazetteer {
        let key = cache.map { _ in cacheKey(sources: sources, rules: rules) }
        if let cache, let key, let hit = cache.load(key: key) { return hit }
        var compiler = GazetteerCompiler(rules: rules)
        compiler.reserveCapacity(entries: sources.reduce(0) { $0 + $1.bytes.count / 40 })
        for source in sources { try compiler.add(source) }
        let compiled = compiler.compile()
        if let cache, let key { cache.store(compiled, key: key) }
        return compiled
    }
}
