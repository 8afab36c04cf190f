#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads documents from files or standard input: bytes, SHA-256, decoding, warnings.
public struct DocumentReader: Sendable {
    /// Largest input accepted, in bytes.
    public var maxBytes: Int
    /// The decoder used for the bytes.
    public var decoder = TextDecoder()

    /// The default limit on input size: 64 MB.
    public static let defaultMaxBytes = 64 << 20

    public init(maxBytes: Int = DocumentReader.defaultMaxBytes) {
        self.maxBytes = maxBytes
    }

    /// Reads the file at `path` (`-` for standard input) into a document. The id is the file
    /// name without its last extension unless given.
    public func read(path: String, id: String? = nil, language: String = "fr") throws(GazetteError) -> Document {
        let bytes = try Self.readBytes(path: path, maxBytes: maxBytes)
        return try document(from: bytes, source: path, id: id ?? Self.documentID(forPath: path), language: language)
    }

    /// Makes a document from bytes read from `source`; `sha256` is their hash when the caller
    /// has it already (hex, lower case), else it is computed.
    public func document(from bytes: [UInt8], source: String, id: String, language: String = "fr",
                         sha256: String? = nil) throws(GazetteError) -> Document {
        if bytes.count > maxBytes { throw .tooLarge(file: source, bytes: bytes.count, limit: maxBytes) }
        let sha = sha256 ?? SHA256.hex(of: bytes)
        let decoded = try decoder.decode(bytes, file: source)
        var document = Document(id: id, text: decoded.text, source: source, language: language,
                                sha256: sha, encoding: decoded.encoding)
        document.warnings = decoded.warnings
        return document
    }

    /// The id of a document read from `path`: its file name without the last extension
    /// (`corpus/openai-2023-11.fr.txt` → `openai-2023-11.fr`); `stdin` for `-`.
    public static func documentID(forPath path: String) -> String {
        if path == "-" { return "stdin" }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// All bytes of a file, or of standard input for `-`, refusing more than `maxBytes`.
    public static func readBytes(path: String, maxBytes: Int) throws(GazetteError) -> [UInt8] {
        let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
        defer { if fd != 0 { close(fd) } }
        return try readBytes(fileDescriptor: fd, name: path, maxBytes: maxBytes)
    }

    /// All bytes from the open file `fd` (named `name` in errors), refusing more than
    /// `maxBytes`. Does not close `fd`.
    public static func readBytes(fileDescriptor fd: Int32, name path: String, maxBytes: Int) throws(GazetteError) -> [UInt8] {
        // `--max-bytes 9223372036854775807` is "no limit": keep the sums below from overflowing.
        let maxBytes = Swift.min(maxBytes, Int.max / 4)
        var info = stat()
        if fstat(fd, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(file: path, reason: "is a directory") }
            if (info.st_mode & S_IFMT) == S_IFREG && Int(info.st_size) > maxBytes {
                throw .tooLarge(file: path, bytes: Int(info.st_size), limit: maxBytes)
            }
        }
        // Read straight into the array: one buffer, sized by the file when it has a size.
        let sizeHint = (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 1 << 16
        var bytes = [UInt8](repeating: 0, count: Swift.min(sizeHint, maxBytes) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                if filled > maxBytes { throw .tooLarge(file: path, bytes: filled, limit: maxBytes) }
                bytes.append(contentsOf: repeatElement(0, count: Swift.min(bytes.count, maxBytes + 1 - bytes.count + 1)))
            }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            filled += n
        }
        if filled > maxBytes { throw .tooLarge(file: path, bytes: filled, limit: maxBytes) }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
