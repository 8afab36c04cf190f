#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The output folder of a batch: files written atomically, never outside the folder.
///
/// A file is written as a temporary `.gazette-tmp-*.partial` in its final folder, synced,
/// then renamed over the final name: a reader (or a rerun after
/// `kill -9` or a power cut) sees the old file or the whole new one, never a truncated one.
/// Sub-folders are created and opened one component at a time relative to the output
/// folder with `O_NOFOLLOW`, so a symbolic link planted inside the output folder cannot
/// redirect a write elsewhere, and names containing `/`, `.` or `..` components are refused.
///
/// Records of a batch are written with `syncLater`: the file is written, and every
/// ``pendingLimit`` files (and at ``flush()``) one `syncfs` makes them all durable before they
/// are given their names, instead of one `fsync` per file that the worker waits for (about
/// 3 ms each here: it dominated a batch of small articles). The group sync runs on a thread of
/// its own (`BackgroundCommits`), so no worker waits for the disk. On Linux such a file is
/// created without a name (`O_TMPFILE`) and linked to its final name after the sync (through
/// `/proc/self/fd`; replacing an existing output goes through a named temporary and a rename):
/// the workers then never create or look up names in the output folders, where they waited
/// for the directory blocks a sync was writing, and each record costs one folder operation
/// instead of two. The guarantees are the same: a final name only ever holds a whole synced
/// file; a run killed before the links or renames leaves unnamed files (freed by the kernel)
/// or named temporaries (removed by the next run), and outputs missing, which it redoes (the
/// manifest records each output's size).
///
/// Thread-safe: writes to different names may run concurrently.
public final class OutputFolder: @unchecked Sendable {
    /// The folder, as given.
    public let path: String
    private let fd: Int32
    private let lockFD: Int32

    /// Errors writing outputs; each names the file.
    public struct Failure: Error, CustomStringConvertible {
        /// What failed and where.
        public var description: String
    }

    /// Opens (creating it if needed) the folder at `path`, takes its lock so that two batches
    /// cannot write it at once, and removes temporary files left by an interrupted run.
    public convenience init(path: String) throws(Failure) {
        try self.init(path: path, unnamedFiles: true)
    }

    /// ``init(path:)``; with `unnamedFiles` false, records synced later are always written
    /// under temporary names (tests of that path on systems that allow unnamed files).
    init(path: String, unnamedFiles allowed: Bool) throws(Failure) {
        self.path = path
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw Failure(description: "\(path): cannot create the output folder: \(String(cString: strerror(errno)))")
        }
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        fd = folder
        if folder < 0 { throw Failure(description: "\(path): cannot open the output folder: \(String(cString: strerror(errno)))") }
        lockFD = openat(folder, ".gazette.lock", O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        if lockFD < 0 {
            let reason = String(cString: strerror(errno))
            close(folder)
            throw Failure(description: "\(path): cannot write in the output folder: \(reason)")
        }
        if flock(lockFD, LOCK_EX | LOCK_NB) != 0 {
            close(lockFD); close(folder)
            throw Failure(description: "\(path): another batch is writing to this output folder")
        }
        Self.removeTemporaries(in: folder)
        unnamedFiles = allowed && Self.canLinkUnnamedFiles(in: folder)
        commits = BackgroundCommits { (batch: [Pending]) throws(Failure) in
            try OutputFolder.commit(batch, folder: folder, path: path)
        }
    }

    deinit {
        try? flush()
        close(lockFD)
        close(fd)
    }

    /// Writes `bytes` to `name` (a relative path of safe components) atomically, creating
    /// folders as needed. On failure no file is left behind.
    public func write(_ bytes: [UInt8], to name: String) throws(Failure) {
        try write(bytes, to: name, syncLater: false)
    }

    /// Files written but not yet synced and named, at most this many.
    public static let pendingLimit = 64

    /// Writes `bytes` to `name` like ``write(_:to:)``; with `syncLater`, the file is given its
    /// name by a later group sync (when ``pendingLimit`` files wait, or at ``flush()``).
    public func write(_ bytes: [UInt8], to name: String, syncLater: Bool) throws(Failure) {
        let (dir, final) = try openParent(of: name)
        defer { if dir != fd { close(dir) } }
        if syncLater && unnamedFiles {
            let file = Self.openUnnamed(in: dir)
            if file >= 0 {
                if let writeError = bytes.withUnsafeBytes({ Self.writeAll($0, to: file) }) {
                    close(file)
                    throw Failure(description: "\(path)/\(name): cannot write: \(String(cString: strerror(writeError)))")
                }
                try queue(Pending(dir: dir, file: file, temporary: "", final: final, name: name))
                return
            }
            // A folder on another file system (a mount inside the output) may make no unnamed
            // files: its records take the named way below.
            let reason = errno
            guard reason == EOPNOTSUPP || reason == EISDIR || reason == EINVAL else {
                throw Failure(description: "\(path)/\(name): cannot create a temporary file: \(String(cString: strerror(reason)))")
            }
        }
        try writeNamed(name, in: dir, final: final, syncLater: syncLater) { (emit) throws(Failure) in
            try Self.emit(bytes, to: emit)
        }
    }

    /// Writes the pieces `produce` hands to `emit`, in order, to `name` atomically, like
    /// ``write(_:to:)``, without assembling them in memory first (a long batch's manifest).
    /// Should `produce` throw, no file is left behind and `name` keeps its old content.
    public func write(to name: String, _ produce: (_ emit: (UnsafeRawBufferPointer) throws(Failure) -> Void) throws(Failure) -> Void) throws(Failure) {
        let (dir, final) = try openParent(of: name)
        defer { if dir != fd { close(dir) } }
        try writeNamed(name, in: dir, final: final, syncLater: false, produce)
    }

    /// Hands `bytes` to `emit` (a producer's sink of ``write(to:_:)``).
    static func emit(_ bytes: [UInt8], to emit: (UnsafeRawBufferPointer) throws(Failure) -> Void) throws(Failure) {
        let failed: Failure? = bytes.withUnsafeBytes { raw in
            do throws(Failure) { try emit(raw) } catch { return error }
            return nil
        }
        if let failed { throw failed }
    }

    /// The folder `name` goes in (opened below the output folder, created as needed; the
    /// caller closes it unless it is the output folder itself) and its last component.
    private func openParent(of name: String) throws(Failure) -> (dir: Int32, final: String) {
        let components = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !components.isEmpty, components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
            throw Failure(description: "\(path)/\(name): refused: not a plain relative name")
        }
        var dir = fd
        for component in components.dropLast() {
            // Opened first, created only when missing: `mkdirat` locks the parent folder even
            // when the folder exists, and every worker's files go through the same parents.
            var next = openat(dir, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next < 0 && errno == ENOENT {
                if mkdirat(dir, component, 0o755) != 0 && errno != EEXIST {
                    let failed = failure(name, "cannot create folder \(component)")
                    if dir != fd { close(dir) }
                    throw failed
                }
                next = openat(dir, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            }
            if next < 0 {
                let failed = failure(name, "cannot open folder \(component) (a symbolic link or not a folder?)")
                if dir != fd { close(dir) }
                throw failed
            }
            if dir != fd { close(dir) }
            dir = next
        }
        return (dir, components.last!)
    }

    /// Writes `name` (`final` in `dir`) through a named temporary: synced and renamed now, or
    /// handed to the group sync with `syncLater`.
    private func writeNamed(_ name: String, in dir: Int32, final: String, syncLater: Bool,
                            _ produce: (_ emit: (UnsafeRawBufferPointer) throws(Failure) -> Void) throws(Failure) -> Void) throws(Failure) {
        let temporary = Self.temporaryName()
        let file = openat(dir, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        if file < 0 { throw failure(name, "cannot create a temporary file") }
        var ok = false
        defer {
            if !ok { unlinkat(dir, temporary, 0) }
        }
        do {
            try produce { (piece) throws(Failure) in
                if let writeError = Self.writeAll(piece, to: file) {
                    throw Failure(description: "\(path)/\(name): cannot write: \(String(cString: strerror(writeError)))")
                }
            }
        } catch {
            close(file)
            throw error
        }
        if !syncLater, fsync(file) != 0 {
            let e = errno; close(file); throw Failure(description: "\(path)/\(name): cannot sync: \(String(cString: strerror(e)))")
        }
        if close(file) != 0 { throw failure(name, "cannot close") }
        if syncLater {
            ok = true
            try queue(Pending(dir: dir, file: -1, temporary: temporary, final: final, name: name))
            return
        }
        if renameat(dir, temporary, dir, final) != 0 { throw failure(name, "cannot rename the temporary file") }
        ok = true
        // The folder itself is synced only for the root (`sync`), not after every file: a
        // rename lost in a power cut leaves no output, which a rerun detects (the manifest
        // records each output's size) and redoes; one folder sync per file would double
        // the cost of a batch of small documents.
    }

    /// Hands `file` (its `dir` still the caller's) to the group sync, with a descriptor of its
    /// folder of its own; starts the sync when ``pendingLimit`` files wait. The file is the
    /// sync's from then on: if its folder cannot be kept open, it is closed or removed here.
    private func queue(_ file: Pending) throws(Failure) {
        var file = file
        let dir = file.dir
        file.dir = dup(dir)
        if file.dir < 0 {
            let error = failure(file.name, "cannot keep its folder open")
            if file.file >= 0 { close(file.file) } else { unlinkat(dir, file.temporary, 0) }
            throw error
        }
        if let batch = pending.add(file, limit: Self.pendingLimit) { try commits.submit(batch) }
    }

    /// Flushes the output folder's own entries (new names) to disk.
    public func sync() {
        try? flush()
        fsync(fd)
    }

    /// Waits for the group syncs already started (by ``pendingLimit``), without starting one
    /// for the files still waiting (``flush()`` does both).
    func waitForGroupSyncs() throws(Failure) {
        try commits.finish()
    }

    /// Syncs and names every file written with `syncLater` so far.
    public func flush() throws(Failure) {
        var first: Failure?
        do { try commits.finish() } catch { first = error }
        do { try Self.commit(pending.takeAll(), folder: fd, path: path) } catch { first = first ?? error }
        if let first { throw first }
    }

    /// Linux's `syncfs(2)` (not exported by the Glibc module), or nil: then each file is synced.
    private static let syncfs: (@convention(c) (Int32) -> Int32)? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
        #else
        return nil
        #endif
    }()

    /// A file written with `syncLater`, waiting for the group sync: unnamed and open as `file`,
    /// or (`file` -1) closed under the name `temporary`.
    struct Pending {
        var dir: Int32
        var file: Int32
        var temporary: String
        var final: String
        var name: String
    }

    /// Whether `syncLater` files are created unnamed (`O_TMPFILE`) and linked after the sync.
    private let unnamedFiles: Bool

    /// Linux's `O_TMPFILE` (not exported by the Glibc module): `__O_TMPFILE | O_DIRECTORY`,
    /// the same on x86-64 and ARM64; -1 elsewhere. ``canLinkUnnamedFiles(in:)`` tries it.
    private static let tmpfileFlag: Int32 = {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        return 0o20_000_000 | O_DIRECTORY
        #else
        return -1
        #endif
    }()

    /// A new unnamed file in the folder `dir`, open for writing, or -1.
    private static func openUnnamed(in dir: Int32) -> Int32 {
        tmpfileFlag < 0 ? -1 : openat(dir, ".", tmpfileFlag | O_WRONLY | O_CLOEXEC, 0o644)
    }

    /// Gives the unnamed open `file` the name `name` in `dir`; false (errno set) on failure.
    private static func link(_ file: Int32, in dir: Int32, as name: String) -> Bool {
        linkat(AT_FDCWD, "/proc/self/fd/\(file)", dir, name, AT_SYMLINK_FOLLOW) == 0
    }

    /// Whether this folder's file system and `/proc` let an unnamed file be made and linked,
    /// and the process may open enough files: a waiting unnamed file holds two descriptors (the
    /// file and its folder), and up to ``pendingLimit`` times the commit queue's depth plus
    /// two files wait.
    private static func canLinkUnnamedFiles(in dir: Int32) -> Bool {
        #if os(Linux)
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0,
              limit.rlim_cur >= rlim_t(4 * pendingLimit * (BackgroundCommits.depth + 2)) else { return false }
        #endif
        let file = openUnnamed(in: dir)
        guard file >= 0 else { return false }
        defer { close(file) }
        let probe = temporaryName()
        guard link(file, in: dir, as: probe) else { return false }
        unlinkat(dir, probe, 0)
        return true
    }

    /// A name for a temporary file, unique in this process.
    private static func temporaryName() -> String { ".gazette-tmp-\(getpid())-\(counter.next()).partial" }

    /// Writes all of `bytes` to `file`; the errno of a failure, or nil.
    private static func writeAll(_ raw: UnsafeRawBufferPointer, to file: Int32) -> Int32? {
        var written = 0
        while written < raw.count {
            let n = Glibc.write(file, raw.baseAddress! + written, raw.count - written)
            if n < 0 { if errno == EINTR { continue }; return errno }
            written += n
        }
        return nil
    }

    private let pending = PendingFiles()
    /// The groups being synced and named in the background.
    private let commits: BackgroundCommits

    /// Makes the files durable with one `syncfs`, then names them; throws the first failure
    /// after trying them all.
    private static func commit(_ batch: [Pending], folder fd: Int32, path: String) throws(Failure) {
        guard !batch.isEmpty else { return }
        var synced = true
        if let syncfs = Self.syncfs {
            synced = syncfs(fd) == 0
        } else {
            for p in batch {
                let file = p.file >= 0 ? p.file : openat(p.dir, p.temporary, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
                if file < 0 || fsync(file) != 0 { synced = false }
                if file >= 0 && p.file < 0 { close(file) }
            }
        }
        let reason = synced ? nil : String(cString: strerror(errno))
        var first: Failure?
        for p in batch {
            if let reason {
                if p.file < 0 { unlinkat(p.dir, p.temporary, 0) }
                first = first ?? Failure(description: "\(path)/\(p.name): cannot sync: \(reason)")
            } else if let error = name(p) {
                first = first ?? Failure(description: "\(path)/\(p.name): cannot name the file: \(error)")
            }
            if p.file >= 0 { close(p.file) }
            close(p.dir)
        }
        if let first { throw first }
    }

    /// Gives the synced file `p` its final name, replacing an earlier output atomically; the
    /// reason of a failure (the file then keeps no name), or nil.
    private static func name(_ p: Pending) -> String? {
        func failed() -> String { String(cString: strerror(errno)) }
        if p.file < 0 {
            if renameat(p.dir, p.temporary, p.dir, p.final) != 0 { let e = failed(); unlinkat(p.dir, p.temporary, 0); return e }
            return nil
        }
        if link(p.file, in: p.dir, as: p.final) { return nil }
        guard errno == EEXIST else { return failed() }
        // An output of an earlier run: a named temporary renamed over it.
        let temporary = temporaryName()
        guard link(p.file, in: p.dir, as: temporary) else { return failed() }
        if renameat(p.dir, temporary, p.dir, p.final) != 0 { let e = failed(); unlinkat(p.dir, temporary, 0); return e }
        return nil
    }

    /// The size of the file `name`, or nil if there is no regular file there (links are not followed).
    public func size(of name: String) -> Int? {
        var info = stat()
        guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        // Make sure no component on the way is a link leading elsewhere.
        var dir = fd
        defer { if dir != fd { close(dir) } }
        for component in name.split(separator: "/").dropLast() {
            let next = openat(dir, String(component), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next < 0 { return nil }
            if dir != fd { close(dir) }
            dir = next
        }
        return Int(info.st_size)
    }

    /// The contents of `name` if it is a regular file directly in the folder.
    public func read(_ name: String) -> [UInt8]? {
        let file = openat(fd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if file < 0 { return nil }
        defer { close(file) }
        return try? DocumentReader.readBytes(fileDescriptor: file, name: name, maxBytes: Int.max / 2)
    }

    private func failure(_ name: String, _ what: String) -> Failure {
        Failure(description: "\(path)/\(name): \(what): \(String(cString: strerror(errno)))")
    }

    /// Deletes `.gazette-tmp-*.partial` files below the folder (left by a killed run). Does
    /// not follow links.
    static func removeTemporaries(in dir: Int32) {
        let copy = dup(dir)
        guard copy >= 0, let stream = fdopendir(copy) else { return }
        defer { closedir(stream) }
        var folders: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            if name.hasPrefix(".gazette-tmp-") && name.hasSuffix(".partial") {
                unlinkat(dir, name, 0)
            } else if entry.pointee.d_type == UInt8(DT_DIR) {
                folders.append(name)
            }
        }
        for name in folders {
            let sub = openat(dir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if sub >= 0 { removeTemporaries(in: sub); close(sub) }
        }
    }

    /// Unique suffixes for temporary files within this process.
    static let counter = AtomicCounter()
}

/// The files waiting for a group sync, shared by the writing threads.
final class PendingFiles: @unchecked Sendable {
    private var files: [OutputFolder.Pending] = []
    private var lock = pthread_mutex_t()
    init() { pthread_mutex_init(&lock, nil) }

    /// Adds `file`; returns the whole batch (now the caller's to commit) once `limit` wait.
    func add(_ file: OutputFolder.Pending, limit: Int) -> [OutputFolder.Pending]? {
        pthread_mutex_lock(&lock); defer { pthread_mutex_unlock(&lock) }
        files.append(file)
        guard files.count >= limit else { return nil }
        defer { files = [] }
        return files
    }

    /// Every waiting file, now the caller's.
    func takeAll() -> [OutputFolder.Pending] {
        pthread_mutex_lock(&lock); defer { pthread_mutex_unlock(&lock) }
        defer { files = [] }
        return files
    }
}

/// A counter shared between threads.
final class AtomicCounter: @unchecked Sendable {
    private var value = 0
    private var lock = pthread_mutex_t()
    init() { pthread_mutex_init(&lock, nil) }
    /// The next value (0, 1, 2, …).
    func next() -> Int {
        pthread_mutex_lock(&lock); defer { pthread_mutex_unlock(&lock) }
        value += 1
        return value - 1
    }
}
