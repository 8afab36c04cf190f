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
}
