/// Reads gazetteers in the TSV format.
///
/// UTF-8, one entry per line, `#` starts a comment line, empty lines are skipped:
///
/// ```
/// #id<TAB>type<TAB>name<TAB>aliases<TAB>key=value…
/// sam-altman<TAB>PER<TAB>Sam Altman<TAB>Samuel Altman<TAB>wikidata=Q7407093
/// tours<TAB>LOC<TAB>Tours<TAB><TAB>case=sensitive
/// ```
///
/// `aliases` are separated by `|` and may be empty or absent (a fourth column that starts
/// with `wikidata=` or `case=` is taken as an option, not an alias). Optional columns are
/// `key=value`: `wikidata=Q…` and `case=sensitive|insensitive|auto`; other keys are ignored.
/// A line that breaks these rules is an error naming the file and the line.
public enum TSVGazetteerLoader {
    /// Calls `body` with every entry of `bytes` (the content of `file`), in order.
    public static func forEachEntry(in bytes: UnsafeBufferPointer<UInt8>, file: String,
                                    _ body: (GazetteerEntry) throws(GazetteerError) -> Void) throws(GazetteerError) {
        var lineNumber = 0
        var lineStart = 0
        let n = bytes.count
        var fields: [Range<Int>] = []
        fields.reserveCapacity(8)
        while lineStart < n {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            defer { lineStart = next }
            if lineEnd == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
            if lineNumber == 1 && lineEnd - lineStart >= 3 && bytes[lineStart] == 0xEF && bytes[lineStart + 1] == 0xBB && bytes[lineStart + 2] == 0xBF {
                // A BOM before a comment header.
                if lineEnd - lineStart > 3 && bytes[lineStart + 3] == UInt8(ascii: "#") { continue }
            }
            fields.removeAll(keepingCapacity: true)
            var f = lineStart
            for i in lineStart...lineEnd where i == lineEnd || bytes[i] == 0x09 {
                fields.append(f..<i)
                f = i + 1
            }
            func text(_ r: Range<Int>) throws(GazetteerError) -> String {
                guard let s = String(validating: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) else {
                    throw .malformed(file: file, line: lineNumber, reason: "not valid UTF-8")
                }
                return s
            }
            if fields.count < 3 {
                throw .malformed(file: file, line: lineNumber, reason: "expected at least 3 tab-separated columns (id, type, name), found \(fields.count)")
            }
            let id = try text(fields[0]).trimmed
            if id.isEmpty { throw .malformed(file: file, line: lineNumber, reason: "empty id") }
            let typeCode = try text(fields[1]).trimmed
            guard let type = EntityType(code: typeCode) else {
                throw .malformed(file: file, line: lineNumber, reason: "unknown type \"\(typeCode)\"; expected PER, ORG, LOC, PRODUCT, EVENT or MISC")
            }
            let name = try text(fields[2]).trimmed
            if name.isEmpty { throw .malformed(file: file, line: lineNumber, reason: "empty name") }
            var aliases: [String] = []
            // A fourth column that holds an option (`wikidata=Q1`) means the aliases were left out.
            var optionColumns = fields.count > 4 ? Array(fields[4...]) : []
            if fields.count > 3, try isOptionColumn(text(fields[3])) {
                optionColumns.insert(fields[3], at: 0)
            } else if fields.count > 3 {
                for alias in try text(fields[3]).split(separator: "|") {
                    let a = alias.trimmed
                    if !a.isEmpty && a != name && !aliases.contains(a) { aliases.append(a) }
                }
            }
            var wikidata: String?
            var policy = CasePolicy.auto
            if !optionColumns.isEmpty {
                for r in optionColumns {
                    let column = try text(r).trimmed
                    if column.isEmpty { continue }
                    guard let eq = column.firstIndex(of: "=") else {
                        throw .malformed(file: file, line: lineNumber, reason: "expected key=value, found \"\(column)\"")
                    }
                    let key = column[..<eq], value = String(column[column.index(after: eq)...])
                    switch key {
                    case "wikidata":
                        guard value.first == "Q", value.count > 1, value.dropFirst().allSatisfy(\.isASCIIDigit) else {
                            throw .malformed(file: file, line: lineNumber, reason: "wikidata must look like Q42, found \"\(value)\"")
                        }
                        wikidata = value
                    case "case":
                        guard let p = CasePolicy(name: value) else {
                            throw .malformed(file: file, line: lineNumber, reason: "case must be sensitive, insensitive or auto, found \"\(value)\"")
                        }
                        policy = p
                    default:
                        break
                    }
                }
            }
            try body(GazetteerEntry(id: id, type: type, name: name, aliases: aliases, wikidata: wikidata, casePolicy: policy))
        }
    }

    static func isOptionColumn(_ column: String) -> Bool {
        (column.hasPrefix("wikidata=") || column.hasPrefix("case=")) && !column.contains("|")
    }

    /// Every entry of `text` (the content of `file`), in order.
    public static func entries(in text: String, file: String) throws(GazetteerError) -> [GazetteerEntry] {
        var result: [GazetteerEntry] = []
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { (b) throws(GazetteerError) in
            try forEachEntry(in: b, file: file) { result.append($0) }
        }
        return result
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces.
    var trimmed: String {
        let whole = String(self)
        if let f = whole.utf8.first, let l = whole.utf8.last, f > 0x20, f < 0x80, l > 0x20, l < 0x80 { return whole }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
