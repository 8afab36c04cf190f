import Testing
@testable import Gazette

@Suite("ICU floor")
struct ICUFloorTests {
    /// Text, its identified language, an expected date expression and its value.
    static let dateCases: [(String, String, String, String)] = [
        ("Der Vorstand hat am 17. November 2023 in Berlin mitgeteilt, dass der Chef entlassen wurde.", "de", "17. November 2023", "2023-11-17"),
        ("El consejo anunció el 17 de noviembre de 2023 en Madrid que su presidente fue destituido por la junta.", "es", "17 de noviembre de 2023", "2023-11-17"),
        ("O conselho anunciou em 17 de novembro de 2023 que o presidente foi demitido pela empresa.", "pt", "17 de novembro de 2023", "2023-11-17"),
        ("Il consiglio ha annunciato il 17 novembre 2023 a Roma che il presidente è stato licenziato dalla società.", "it", "17 novembre 2023", "2023-11-17"),
        ("北京时间2023年11月17日，董事会宣布解雇首席执行官。", "zh", "2023年11月17日", "2023-11-17"),
        ("東京で2023年11月17日に会議が開かれた。", "ja", "2023年11月17日", "2023-11-17"),
        ("이사회는 2023년 11월 17일 서울에서 회장을 해임했다고 발표했다.", "ko", "2023년 11월 17일", "2023-11-17"),
        // Numeric dates in the locale's order, and a weekday before its date.
        ("Der Vorstand hat den Vertrag am 17.11.2023 in Berlin unterschrieben, wie die Firma mitteilte.", "de", "17.11.2023", "2023-11-17"),
        ("Het bestuur heeft op 17-11-2023 in Amsterdam besloten dat de directeur vertrekt.", "nl", "17-11-2023", "2023-11-17"),
        ("Совет директоров объявил 17.11.2023 в Москве об увольнении председателя.", "ru", "17.11.2023", "2023-11-17"),
        ("東京で2023/11/17に会議が開かれた。", "ja", "2023/11/17", "2023-11-17"),
        ("Der Vorstand hat am Freitag, 17. November 2023, in Berlin mitgeteilt, dass der Chef geht.", "de", "Freitag, 17. November 2023", "2023-11-17"),
    ]

    @Test(arguments: dateCases)
    func absoluteDates(_ text: String, _ language: String, _ expression: String, _ value: String) throws {
        let document = try Pipeline.standard().processed(Document(id: "t", text: text))
        #expect(document.language == language)
        #expect(document.stageNames == ["segmenter@1", "entities@1", "timex@1"])
        let found = document.timexes!.map { (String(document[$0.span]), $0.value) }
        #expect(found.contains { $0.0 == expression && $0.1 == value }, "\(found)")
    }

    /// A day number with its period before a month name is a date, not a sentence end; before
    /// another word it may be one.
    @Test(arguments: [
        ("de", "Die Firma hat am 4. Juli 2022 in Hamburg gemeldet, dass der Umsatz stieg. Am 9. März fiel die Aktie.", 2),
        ("de", "Im Rennen wurde er nur 14. Danach gab er auf.", 2),
        ("da", "Bestyrelsen meddelte den 4. juli 2022, at direktøren gik af. Aktien faldt den 9. marts.", 2),
    ])
    func dayNumbersBeforeMonthNames(_ locale: String, _ text: String, _ count: Int) throws {
        let document = try Fixture.segmented(text, rules: .icuOnly(locale: locale))
        #expect(document.sentences!.map { String(document[$0]) }.count == count, "\(document.sentences!.map { String(document[$0]) })")
    }

    /// Dictionary-based word breaking (Chinese, Japanese, Thai) through the shim and the chunking.
    static let segmentationCases: [(String, String, [String], Int)] = [
        ("zh", "董事会周一宣布解雇首席执行官。微软表示支持。", ["宣布", "解雇", "微软", "支持"], 2),
        ("ja", "東京で会議が開かれた。参加者は百人だった。", ["東京", "会議", "参加"], 2),
        ("th", "คณะกรรมการประกาศปลดประธาน บริษัทยืนยันข่าวนี้", ["ประกาศ", "ประธาน", "บริษัท"], 1),
    ]

    @Test(arguments: segmentationCases)
    func dictionaryWords(_ locale: String, _ text: String, _ words: [String], _ sentences: Int) throws {
        // Repeated past a chunk boundary, so words are also cut across UTF-16 chunks.
        let long = Array(repeating: text + "\n", count: 400).joined()
        let document = try Fixture.segmented(long, rules: .icuOnly(locale: locale))
        let tokens = document.tokens!.map { String(document[$0.span]) }
        for w in words { #expect(tokens.filter { $0 == w }.count == 400, "\(w)") }
        #expect(document.sentences!.count == 400 * sentences)
        var previous = 0
        for t in document.tokens! {
            #expect(t.span.start >= previous && t.span.end > t.span.start)
            previous = t.span.end
        }
    }
}
