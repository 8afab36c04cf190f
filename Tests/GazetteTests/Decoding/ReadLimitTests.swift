import Foundation
import Gazette
import Testing

@Suite struct ReadLimitTests {
    /// `--max-bytes 9223372036854775807` on a pipe trapped on an overflow while growing the buffer.
    @Test(arguments: [Int.max, Int.max - 1, Int.max / 2])
    func aHugeLimitOnAPipeDoesNotOverflow(_ limit: Int) throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let text = Array(String(repeating: "Une ligne de texte.\n", count: 10_000).utf8)  // 200 KB: the buffer grows
        let writeEnd = fds[1]
        let writer = Thread {
            text.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = write(writeEnd, raw.baseAddress! + offset, raw.count - offset)
                    if n <= 0 { break }
                    offset += n
                }
            }
            close(writeEnd)
        }
        writer.start()
        defer { close(fds[0]) }
        let bytes = try DocumentReader.readBytes(fileDescriptor: fds[0], name: "-", maxBytes: limit)
        #expect(bytes == text)
    }
}
