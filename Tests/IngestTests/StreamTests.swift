import Foundation
import Testing

@Suite struct StreamTests {
    @Test func oneLineOutPerLineInInOrderEvenWithAnEmptyEnvironment() throws {
        let long = String(repeating: "Texte très long. ", count: 50)
        let lines = [
            #"{"id":"a","text":"Le chat dort. Il pleut."}"#,
            "not json",
            "",
            #"{"id":"b","text":"\#(long)"}"#,
            #"{"id":"c","text":"Bonjour.","referenceDate":"2023-11-21"}"#,
            #"{"id":"d","text":"Bonjour.","referenceDate":"hier"}"#,
            #"{"id":7,"text":"x"}"#,
            #"[1,2]"#,
            #"{"id":"e","text":""}"#,
            #"{"id":"f","text":"dernière ligne sans retour"}"#,
        ]
        let input = Data((lines.joined(separator: "\n")).utf8)
        let r = try IngestBinary.run(["--stream", "--max-bytes", "400"], input: input, environment: [:])
        #expect(r.status == 0)
        let out = r.stdoutLines
        #expect(out.count == lines.count)
        let records = out.map { jsonObject(Data($0.utf8)) ?? [:] }
        let expectErrorAt: Set<Int> = [1, 2, 3, 5, 6, 7]
        for (i, record) in records.enumerated() {
            #expect(record["schema"] as? String == "gazette/1")
            let document = record["document"] as? [String: Any] ?? [:]
            if expectErrorAt.contains(i) {
                #expect(record["error"] != nil, "line \(i + 1) gives an error record")
                #expect(document["line"] as? Int == i + 1)
            } else {
                #expect(record["error"] == nil)
            }
        }
        #expect(((records[3]["error"] as? [String: Any])?["message"] as? String)?.contains("--max-bytes") == true)
        #expect((records[3]["document"] as? [String: Any])?["id"] is NSNull)
        #expect((records[5]["document"] as? [String: Any])?["id"] as? String == "d")
        #expect(records.compactMap { ($0["document"] as? [String: Any])?["id"] as? String } == ["a", "c", "d", "e", "f"])
        #expect(((records[4]["document"] as? [String: Any])?["referenceDate"] as? [String: Any])?["value"] as? String == "2023-11-21")
    }

    @Test func recordsAreFlushedOneByOne() throws {
        // Write one line, read its record before sending the next: a pipe stays open between them.
        let process = try IngestBinary.start(["--stream"])
        let stdin = (process.standardInput as! Pipe).fileHandleForWriting
        let stdout = (process.standardOutput as! Pipe).fileHandleForReading
        for i in 0..<3 {
            stdin.write(Data(#"{"id":"n\#(i)","text":"Phrase \#(i)."}"#.utf8 + [0x0A]))
            var line = Data()
            while !line.hasSuffix(Data([0x0A])) {
                let chunk = stdout.readData(ofLength: 1)
                if chunk.isEmpty { break }
                line.append(chunk)
            }
            #expect((jsonObject(line)?["document"] as? [String: Any])?["id"] as? String == "n\(i)")
        }
        try stdin.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}

extension Data {
    func hasSuffix(_ suffix: Data) -> Bool { count >= suffix.count && self.suffix(suffix.count) == suffix }
}
