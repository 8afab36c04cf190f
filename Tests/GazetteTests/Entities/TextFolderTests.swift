import ICUText
import Testing
@testable import Gazette

@Suite struct TextFolderTests {
    @Test(arguments: [
        ("États-Unis", "Etats-Unis"),
        ("Mélenchon", "Melenchon"),
        ("E\u{301}tats-Unis", "États-Unis"),           // NFD = NFC
        ("MÉLENCHON", "melenchon"),
        ("Sacré-Cœur", "Sacre-Coeur"),
        ("Côte d’Ivoire", "Côte d'Ivoire"),             // both apostrophes
        ("Côte d‘Ivoire", "cote d'ivoire"),
        ("Jean–Luc", "Jean-Luc"),                       // en dash
        ("Jean‑Luc", "Jean-Luc"),                       // non-breaking hyphen
        ("New\u{A0}York", "New York"),                  // no-break space
        ("New\u{202F}York", "New York"),                // narrow no-break space
        ("New  \n York", "New York"),
        ("Straße", "strasse"),
        ("Æsir", "aesir"),
    ])
    func foldsAlike(a: String, b: String) {
        #expect(TextFolder.shared.fold(a) == TextFolder.shared.fold(b))
    }

    @Test(arguments: [("Tours", "tours"), ("Paris", "Pâris2"), ("Page", "Pageé")])
    func foldsApart(a: String, b: String) {
        #expect(TextFolder.shared.fold(a, mode: .keepCase) != TextFolder.shared.fold(b, mode: .keepCase))
    }

    @Test func keepCaseKeepsCaseOnly() {
        #expect(String(decoding: TextFolder.shared.fold("Élysée’s  Œuvre", mode: .keepCase), as: UTF8.self) == "Elysee's OEuvre")
        #expect(String(decoding: TextFolder.shared.fold("Élysée’s  Œuvre"), as: UTF8.self) == "elysee's oeuvre")
    }

    /// Every scalar of the folding table folds as the rules say, worked out here one scalar at
    /// a time through Strings: the special foldings, white space and controls as a space,
    /// marks dropped, else NFD without marks, then (full) each scalar's lower case without marks.
    @Test func tableMatchesTheRules() throws {
        func isMark(_ s: Unicode.Scalar) -> Bool {
            s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .enclosingMark
        }
        func reference(_ scalar: Unicode.Scalar) throws -> (keep: [UInt8], full: [UInt8]) {
            if let special = TextFolder.special(scalar) { return (Array(special.utf8), Array(special.lowercased().utf8)) }
            let p = scalar.properties
            if p.isWhitespace || p.generalCategory == .control { return ([0x20], [0x20]) }
            if isMark(scalar) { return ([], []) }
            let nfd = try Normalizer.normalize(String(scalar), to: .nfd)
            var keep = String.UnicodeScalarView()
            for s in nfd.unicodeScalars where !isMark(s) { keep.append(s) }
            var full = String.UnicodeScalarView()
            for s in keep {
                for l in s.properties.lowercaseMapping.unicodeScalars where !isMark(l) { full.append(l) }
            }
            return (Array(String(keep).utf8), Array(String(full).utf8))
        }
        var mismatches: [UInt32] = []
        // The table serves the scalars from 0x80 on (ASCII has its own rule).
        for v in 0x80..<TextFolder.tableLimit {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let expected = try reference(scalar)
            var keep: [UInt8] = [], full: [UInt8] = []
            TextFolder.shared.append(v, mode: .keepCase, to: &keep)
            TextFolder.shared.append(v, mode: .full, to: &full)
            if keep != expected.keep || full != expected.full { mismatches.append(v) }
        }
        #expect(mismatches.isEmpty, "scalars folded otherwise: \(mismatches.prefix(20).map { String($0, radix: 16) })")
    }
}
