import Foundation

/// Messages for people, on standard error.
enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("ingest: error: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("ingest: warning: \(message)\n".utf8))
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
