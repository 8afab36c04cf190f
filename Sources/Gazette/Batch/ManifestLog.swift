#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The manifest file during a run, opened for appending whole lines and for reading back the
/// lines it holds (from any thread): ``BatchRunner`` keeps where each input's line lies, not
/// the line.
final class ManifestLog: @unchecked Sendable {
    let fd: Int32
    let name: String

    init(folder: OutputFolder, name: String) throws {
        self.name = folder.path + "/" + name
        fd = open(self.name, O_RDWR | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 { throw OutputFolder.Failure(description: "\(self.name): cannot open: \(String(cString: strerror(errno)))") }
    }

    deinit { close(fd) }

    /// Appends `bytes` whole, or not at all: a write that fails part-way (a full disk) is
    /// cut back off, so the file never ends with a torn line. Returns where they now lie.
    func append(_ bytes: [UInt8]) throws -> Range<Int> {
        let before = lseek(fd, 0, SEEK_END)
        if before < 0 { throw OutputFolder.Failure(description: "\(name): cannot seek: \(String(cString: strerror(errno)))") }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                _ = ftruncate(fd, before)
                throw OutputFolder.Failure(description: "\(name): cannot write: \(reason)")
            }
            offset += n
        }
        return Int(before)..<(Int(before) + bytes.count)
    }

    /// Makes what was appended durable.
    func sync() throws(OutputFolder.Failure) {
        if fsync(fd) != 0 { throw OutputFolder.Failure(description: "\(name): cannot sync: \(String(cString: strerror(errno)))") }
    }

    /// The earlier run's entries: where each input's line lies, read when a worker looks the
    /// input up.
    struct Previous: @unchecked Sendable {
        let places: [String: Range<Int>]
        let file: ManifestLog

        func line(of input: String) -> [UInt8]? {
            guard let range = places[input] else { return nil }
            var reader = file.reader(window: range.count)
            return try? reader.bytes(range)
        }
    }

    /// A reader of many lines: ``Reader/bytes(_:)`` serves a line from one of two windows of
    /// the file read at once. The final manifest reads the lines sorted by input, which walks
    /// the earlier run's lines (sorted, at the start) and this run's (in input order, appended)
    /// side by side: one window each.
    func reader(window: Int = 1 << 18) -> Reader { Reader(file: self, capacity: window) }

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
