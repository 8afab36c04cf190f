#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The manifest of an output folder during a batch (``Manifest``): rewritten at the start with
/// the earlier run's good entries, then one line appended per input as it is delivered, and
/// sorted at the end.
///
/// Memory holds where each input's line lies in the file (tens of bytes an input), not the
/// lines (half a kilobyte each: 20 MB over 11,500 articles); lines are read back from the file
/// for the earlier run's entries (by any worker) and for the final manifest. When this run's
/// lines came one per input in name order after the kept ones (a first run over one folder),
/// the file is the final manifest already and is only synced.
final class ManifestLog: @unchecked Sendable {
    private let folder: OutputFolder
    private let name: String
    private let fd: Int32
    /// Where each input's line lies (newline included).
    private var places: [String: Range<Int>] = [:]
    /// The input of the file's last line.
    private var lastInput: String?
    /// Whether the file's lines are one per input in name order.
    private var sorted = true

    /// Reads the folder's manifest and rewrites it with the last good entry of each input.
    init(folder: OutputFolder) throws {
        self.folder = folder
        name = folder.path + "/" + Manifest.fileName
        let old = folder.read(Manifest.fileName) ?? []
        var offset = 0
        var places: [String: Range<Int>] = [:]
        var last: String?
        try Self.write(Manifest.fileName, in: folder) { (add) throws(OutputFolder.Failure) in
            for (input, range) in Manifest.okLines(in: old) {
                places[input] = offset..<(offset + range.count + 1)
                offset += range.count + 1
                last = input
                try add(old[range] + [0x0A])
            }
        }
        self.places = places
        lastInput = last
        fd = open(name, O_RDWR | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 { throw OutputFolder.Failure(description: "\(name): cannot open: \(String(cString: strerror(errno)))") }
    }

    /// The entries so far (before the run: the earlier run's), for the workers to look up.
    var previous: Previous { Previous(places: places, file: self) }

    deinit { close(fd) }

    /// Appends `line` (the entry of `input`, with its newline) whole, or not at all: a write
    /// that fails part-way (a full disk) is cut back off, so the file never ends with a torn
    /// line. On the delivering thread.
    func append(_ line: [UInt8], input: String) throws {
        let before = lseek(fd, 0, SEEK_END)
        if before < 0 { throw OutputFolder.Failure(description: "\(name): cannot seek: \(String(cString: strerror(errno)))") }
        var offset = 0
        while offset < line.count {
            let n = line.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                _ = ftruncate(fd, before)
                throw OutputFolder.Failure(description: "\(name): cannot write: \(reason)")
            }
            offset += n
        }
        if places[input] != nil { sorted = false }
        if let lastInput, !lastInput.utf8.lexicographicallyPrecedes(input.utf8) { sorted = false }
        places[input] = Int(before)..<(Int(before) + line.count)
        lastInput = input
    }

    /// Makes the manifest final: synced as it is when its lines are one per input in order,
    /// else rewritten (atomically) with each input's last line, sorted by input.
    func finish() throws(OutputFolder.Failure) {
        if sorted {
            if fsync(fd) != 0 { throw OutputFolder.Failure(description: "\(name): cannot sync: \(String(cString: strerror(errno)))") }
            return
        }
        let inputs = places.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        try Self.write(Manifest.fileName, in: folder) { (add) throws(OutputFolder.Failure) in
            var reader = Reader(file: self, capacity: 1 << 18)
            for input in inputs { try add(reader.bytes(places[input]!)) }
        }
    }

    /// Writes `file` in `folder` (atomically) from the lines `lines` adds, in order, 64 KB per
    /// write.
    private static func write(_ file: String, in folder: OutputFolder,
                              _ lines: (_ add: ([UInt8]) throws(OutputFolder.Failure) -> Void) throws(OutputFolder.Failure) -> Void) throws(OutputFolder.Failure) {
        try folder.write(to: file) { (emit) throws(OutputFolder.Failure) in
            var chunk: [UInt8] = []
            chunk.reserveCapacity(1 << 16)
            // `lines` runs before `write` returns: `emit` does not outlive the call.
            try withoutActuallyEscaping(emit) { (emit) throws(OutputFolder.Failure) in
                try lines { (line) throws(OutputFolder.Failure) in
                    chunk.append(contentsOf: line)
                    if chunk.count >= 1 << 16 {
                        try OutputFolder.emit(chunk, to: emit)
                        chunk.removeAll(keepingCapacity: true)
                    }
                }
            }
            try OutputFolder.emit(chunk, to: emit)
        }
    }

    /// The earlier run's entries: where each input's line lies, read when a worker looks the
    /// input up (from any thread).
    struct Previous: @unchecked Sendable {
        let places: [String: Range<Int>]
        let file: ManifestLog

        func line(of input: String) -> [UInt8]? {
            guard let range = places[input] else { return nil }
            var reader = Reader(file: file, capacity: range.count)
            return try? reader.bytes(range)
        }
    }

    /// A reader of many lines: ``bytes(_:)`` serves a line from one of two windows of the file
    /// read at once. The final manifest reads the lines sorted by input, which walks the
    /// earlier run's lines (sorted, at the start) and this run's (in input order, appended)
    /// side by side: one window each.
    struct Reader {
        let file: ManifestLog
        let capacity: Int
        private var windows: [(start: Int, bytes: [UInt8])] = [(0, []), (0, [])]
        /// The window read longest ago (replaced next).
        private var older = 0

        init(file: ManifestLog, capacity: Int) {
            self.file = file
            self.capacity = capacity
        }

        /// The bytes at `range`.
        mutating func bytes(_ range: Range<Int>) throws(OutputFolder.Failure) -> [UInt8] {
            for w in windows where range.lowerBound >= w.start && range.upperBound <= w.start + w.bytes.count {
                return Array(w.bytes[(range.lowerBound - w.start)..<(range.upperBound - w.start)])
            }
            let size = max(capacity, range.count), start = range.lowerBound
            var filled = 0
            let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                while filled < size {
                    let n = pread(file.fd, buffer.baseAddress! + filled, size - filled, off_t(start + filled))
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { break }
                    filled += n
                }
                count = filled
            }
            guard range.count <= bytes.count else {
                throw OutputFolder.Failure(description: "\(file.name): cannot read back entries: the file is shorter than written")
            }
            windows[older] = (start, bytes)
            older = 1 - older
            return Array(bytes[0..<range.count])
        }
    }
}
