import Foundation
import Testing
@testable import Gazette

@Suite("Language identification")
struct LanguageIdentifierTests {
    static let cases: [(String, String, Bool)] = [
        ("Le conseil d'administration a annoncé lundi le départ de son président, selon un communiqué.", "fr", true),
        ("The board said on Monday that its chief executive had been fired after a review of his conduct.", "en", true),
        ("Der Vorstand hat am Montag mitgeteilt, dass der Chef nach einer Prüfung entlassen wurde.", "de", true),
        ("El consejo anunció el lunes que su presidente fue destituido por la junta, según un comunicado.", "es", true),
        ("董事会周一宣布，首席执行官在审查后被解职。", "zh", true),
        ("取締役会は月曜日、最高経営責任者を解任したと発表した。", "ja", true),
        ("คณะกรรมการประกาศเมื่อวันจันทร์ว่าประธานถูกปลด", "th", true),
        ("Совет директоров объявил в понедельник об отставке председателя.", "ru", true),
        // Too little evidence: the fallback, not confident.
        ("2/15", "fr", false),
        ("lundi", "fr", false),
        ("", "fr", false),
    ]

    @Test(arguments: cases)
    func identifies(_ text: String, _ language: String, _ confident: Bool) {
        let guess = LanguageIdentifier().identify(text)
        #expect(guess.language == language)
        #expect(guess.isConfident == confident)
        #expect(guess.confidence >= 0 && guess.confidence <= 1)
    }

    /// Elided words count with either apostrophe, and a word longer than any profile word (kept
    /// only in part) neither matches nor stops the count.
    @Test func apostrophesAndLongWords() {
        let long = String(repeating: "dela", count: 200)
        let straight = "qu'il l'a dit d'abord \(long) et qu'elle l'a redit"
        let curly = straight.replacingOccurrences(of: "'", with: "\u{2019}")
        let a = LanguageIdentifier().identify(straight), b = LanguageIdentifier().identify(curly)
        #expect(a == b)
        #expect(a.language == "fr" && a.isConfident)
        // Decomposed accents end a word at the combining mark (not a letter), as before.
        let nfd = LanguageIdentifier().identify("Le pre\u{301}sident a e\u{301}te\u{301} e\u{301}lu")
        #expect(nfd.language == "fr")
    }

    @Test func everyCorpusDocumentIsFrench() throws {
        let folder = Fixture.packageRoot.appendingPathComponent("corpus/fr")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count >= 20)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let guess = LanguageIdentifier().identify(text)
            #expect(guess.language == "fr" && guess.isConfident, "\(file): \(guess)")
        }
    }

    /// The standard set routes each document by its language and the record says how.
    @Test func pipelineSetRoutesByLanguage() throws {
        let pipeline = try Pipeline.standard()
        let french = try pipeline.processed(Document(id: "fr", text: "Le ministre a démissionné hier, selon un communiqué de la présidence."))
        #expect(french.language == "fr" && french.languageSource == .detected)
        #expect(french.stageNames == ["segmenter@1", "entities@1", "timex@1", "events@1"])
        let english = try pipeline.processed(Document(id: "en", text: "The minister didn't resign yesterday, according to a statement from the office."))
        #expect(english.language == "en" && english.languageSource == .detected)
        #expect(english.tokens!.map { String(english[$0.span]) }.contains("n't"))
        let chinese = try pipeline.processed(Document(id: "zh", text: "董事会周一宣布，首席执行官在审查后被解职。"))
        #expect(chinese.language == "zh")
        #expect(chinese.stageNames == ["segmenter@1", "entities@1", "timex@1"])
        var forced = Document(id: "x", text: "Le ministre a démissionné hier, selon un communiqué.")
        forced.language = "en"
        forced.languageSource = .option
        let done = try pipeline.processed(forced)
        #expect(done.language == "en" && done.languageSource == .option && done.languageConfidence == nil)
    }
}
