#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One input of a batch: a file to read, or a problem found while looking for files.
public struct BatchInput: Sendable, Hashable {
    /// The path to open, as raw bytes (file names need not be UTF-8); empty for standard input.
    public var path: [UInt8]
    /// The path for people and for the record's `source` (invalid UTF-8 shown as U+FFFD).
    public var source: String
    /// The name relative to its input folder, escaped by ``OutputName``: the manifest's `input`.
    public var name: String
    /// The document id: the file name without its last extension.
    public var id: String
    /// Set when discovery already failed for this entry (symlink loop, unreadable folder,
    /// colliding name): the batch reports it without reading anything.
    public var problem: String?
    /// Whether the file was named on the command line (then a pipe such as `<(cat a.txt)`
    /// is read like a file) rather than found in a folder (then only regular files are read).
    public var isExplicit = false

    /// Whether this input is standard input (`-`).
    public var isStandardInput: Bool { path.isEmpty && problem == nil }

    /// The relative output file name (`a/b.txt` → `a/b.json`).
    public var outputName: String { OutputName.outputName(forInput: name) }
}

/// Finds the inputs of a batch: files as given, folders as every `.txt` file below them.
///
/// Symbolic links are followed, so a corpus may be assembled from links, but a link to a
/// folder that is already being walked (a loop) is reported as a problem instead of being
/// entered; so is a link that resolves to itself. Names are read as bytes; nothing is ever
/// decoded lossily on the way to `open`. Inputs come out sorted by ``BatchInput/name``
/// (byte order of the escaped relative path), one folder argument after another.
public struct InputWalker {
    /// A folder to leave out (the output folder when it lies inside the input), by device and inode.
    public var excluded: (device: UInt64, inode: UInt64)?

    /// Creates a walker.
    public init(excluding folder: String? = nil) {
        if let folder, let id = Self.identity(path: folder) { excluded = id }
    }

    /// The inputs for `arguments`: `-` is standard input, a folder is every `.txt` below it,
    /// anything else is a file (whatever its name, it is read and fails if it cannot be).
    /// Two inputs with the same name (which would write the same output) make the second a problem.
    public func inputs(for arguments: [String]) -> [BatchInput] {
        var all: [BatchInput] = []
        for argument in arguments {
            if argument == "-" {
                all.append(BatchInput(path: [], source: "-", name: "stdin.txt", id: "stdin", problem: nil))
                continue
            }
            let bytes = Array(argument.utf8)
            var info = stat()
            if stat(argument, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                var found: [BatchInput] = []
                var ancestors: [(UInt64, UInt64)] = [(UInt64(info.st_dev), UInt64(info.st_ino))]
                walk(folder: bytes, relative: [], ancestors: &ancestors, into: &found)
                all.append(contentsOf: found.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) })
            } else {
                let base = bytes.split(separator: UInt8(ascii: "/")).last.map(Array.init) ?? bytes
                var explicit = input(path: bytes, relative: [base])
                explicit.isExplicit = true
                all.append(explicit)
            }
        }
        var seen = Set<String>()
        for i in all.indices where all[i].problem == nil {
            if !seen.insert(all[i].outputName).inserted {
                all[i].problem = "another input already writes \(all[i].outputName)"
            }
        }
        return all
    }

    private func input(path: [UInt8], relative: [[UInt8]]) -> BatchInput {
        let name = OutputName.escape(components: relative)
        let file = String(decoding: relative.last ?? path, as: UTF8.self)
        let id = file.hasSuffix(".txt") ? String(file.dropLast(4)) : DocumentReader.documentID(forPath: file)
        return BatchInput(path: path, source: String(decoding: path, as: UTF8.self), name: name, id: id, problem: nil)
    }

    private func walk(folder: [UInt8], relative: [[UInt8]], ancestors: inout [(UInt64, UInt64)], into found: inout [BatchInput]) {
        guard let entries = Self.entries(of: folder) else {
            var problem = input(path: folder, relative: relative.isEmpty ? [folder] : relative)
            problem.problem = "cannot list the folder: \(String(cString: strerror(errno)))"
            found.append(problem)
            return
        }
        for entry in entries {
            let path = folder + [UInt8(ascii: "/")] + entry
            let components = relative + [entry]
            var info = stat()
            let ok = path.withUnsafeBufferPointer { b in
                (Array(b) + [0]).withUnsafeBufferPointer { stat(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), &info) == 0 }
            }
            let isText = entry.count > 4 && entry.suffix(4).elementsEqual(".txt".utf8)
            if !ok {
                if errno == ELOOP {
                    var problem = input(path: path, relative: components)
                    problem.problem = "symbolic link loop"
                    found.append(problem)
                } else if isText {
                    found.append(input(path: path, relative: components))  // dangling link: fails when read
                }
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                let id = (UInt64(info.st_dev), UInt64(info.st_ino))
                if let excluded, excluded.device == id.0, excluded.inode == id.1 { continue }
                if ancestors.contains(where: { $0 == id }) {
                    var problem = input(path: path, relative: components)
                    problem.problem = "symbolic link loop (leads back to a folder being walked)"
                    found.append(problem)
                    continue
                }
                ancestors.append(id)
                walk(folder: path, relative: components, ancestors: &ancestors, into: &found)
                ancestors.removeLast()
            } else if isText {
                found.append(input(path: path, relative: components))
            }
        }
    }

    /// The names in a folder, except `.` and `..`; nil if it cannot be listed.
    static func entries(of folder: [UInt8]) -> [[UInt8]]? {
        let dir = (folder + [0]).withUnsafeBufferPointer { opendir(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self)) }
        guard let dir else { return nil }
        defer { closedir(dir) }
        var names: [[UInt8]] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        return names
    }

    /// Device and inode of `path`, following links.
    static func identity(path: String) -> (device: UInt64, inode: UInt64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (UInt64(info.st_dev), UInt64(info.st_ino))
    }
}

extension BatchInput {
    /// The input's bytes, or the reason they cannot be read. Refuses more than `maxBytes`,
    /// and, for a file found in a folder, anything but a regular file (a FIFO would block,
    /// a device might never end).
    public func readBytes(maxBytes: Int) throws(GazetteError) -> [UInt8] {
        if let problem { throw .unreadable(file: source, reason: problem) }
        if isStandardInput { return try DocumentReader.readBytes(path: "-", maxBytes: maxBytes) }
        let fd = (path + [0]).withUnsafeBufferPointer {
            open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_RDONLY | O_CLOEXEC | (isExplicit ? 0 : O_NONBLOCK))
        }
        if fd < 0 { throw .unreadable(file: source, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(file: source, reason: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG || (isExplicit && (info.st_mode & S_IFMT) != S_IFDIR) else {
            throw .unreadable(file: source, reason: (info.st_mode & S_IFMT) == S_IFDIR ? "is a directory" : "not a regular file")
        }
        return try DocumentReader.readBytes(fileDescriptor: fd, name: source, maxBytes: maxBytes)
    }
}
