import Foundation

/// Expands the command line's inputs into the files to read, in order.
enum InputDiscovery {
    /// Files for `inputs`: a file as given, a folder as every `.txt` below it in sorted
    /// order, `-` as standard input. Inputs that do not exist are returned as problems.
    static func expand(_ inputs: [String]) -> (files: [String], problems: [String]) {
        var files: [String] = [], problems: [String] = []
        for input in inputs {
            if input == "-" { files.append(input); continue }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir) else {
                problems.append("\(input): no such file or folder")
                continue
            }
            if isDir.boolValue {
                files.append(contentsOf: textFiles(under: input))
            } else {
                files.append(input)
            }
        }
        return (files, problems)
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// Every `.txt` file below `folder`, sorted by path (byte order, deterministic).
    static func textFiles(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".txt") {
                let path = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
                if !isDirectory(path) { found.append(path) }
            }
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}

/// Messages for people, on standard error.
enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("ingest: error: \(message)\n".utf8))
    }
}

/// Standard output, written in whole records.
struct StandardOutput {
    struct Failure: Error, CustomStringConvertible {
        let reason: String
        var description: String { "cannot write to standard output: \(reason)" }
    }

    func write(_ bytes: [UInt8]) throws {
        var offset = 0
        try bytes.withUnsafeBytes { raw in
            while offset < raw.count {
                let n = Glibc.write(1, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Failure(reason: String(cString: strerror(errno)))
                }
                offset += n
            }
        }
    }
}
