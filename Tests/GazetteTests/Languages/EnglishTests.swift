import Testing
@testable import Gazette

@Suite("English pack")
struct EnglishTests {
    /// Input and its tokens joined by " | ".
    static let tokenCases: [(String, String)] = [
        ("I don't know, they can't go and won't stay.", "I | do | n't | know | , | they | ca | n't | go | and | wo | n't | stay | ."),
        ("John's team said they're sure we'll see it; I've said I'd go, I'm in.",
         "John | 's | team | said | they | 're | sure | we | 'll | see | it | ; | I | 've | said | I | 'd | go | , | I | 'm | in | ."),
        ("Mr. Smith met Dr. Jones in the U.S. in Nov. 2023, e.g. on the 1st and the 22nd.",
         "Mr. | Smith | met | Dr. | Jones | in | the | U.S. | in | Nov. | 2023 | , | e.g. | on | the | 1st | and | the | 22nd | ."),
        ("O’Brien’s car didn’t start.", "O’Brien | ’s | car | did | n’t | start | ."),
    ]

    @Test(arguments: tokenCases)
    func tokens(_ text: String, _ expected: String) throws {
        let document = try Fixture.segmented(text, rules: .english)
        let tokens = document.tokens!.map { String(document[$0.span]) }
        #expect(tokens.joined(separator: " | ") == expected)
        for token in document.tokens! { #expect(token.span.length > 0) }
    }

    @Test func mrDoesNotEndASentence() throws {
        let document = try Fixture.segmented("Mr. Smith resigned. The board met on Monday.", rules: .english)
        #expect(document.sentences!.map { String(document[$0]) } == ["Mr. Smith resigned.", "The board met on Monday."])
    }

    /// English expressions and their values against Tuesday 21 November 2023.
    static let timexCases: [(String, String, String)] = [
        ("The deal was signed on November 17, 2023 in Paris.", "November 17, 2023", "2023-11-17"),
        ("The deal was signed on 17 November 2023 in Paris.", "17 November 2023", "2023-11-17"),
        ("He resigned yesterday.", "yesterday", "2023-11-20"),
        ("The vote is tomorrow.", "tomorrow", "2023-11-22"),
        ("Sales fell in March 2023.", "in March 2023", "2023-03"),
        ("The company was founded in 2015.", "in 2015", "2015"),
        ("Two weeks later, the board met again.", "Two weeks later", "2023-12-05"),
        ("The market opens on Christmas Eve.", "Christmas Eve", "2023-12-24"),
    ]

    @Test(arguments: timexCases)
    func timex(_ sentence: String, _ expression: String, _ value: String) throws {
        var document = Document(id: "t", text: sentence, language: "en", referenceDate: ReferenceDate(value: "2023-11-21", source: .option))
        try Segmenter(rules: .english).process(&document)
        try TimexStage(language: .english).process(&document)
        let found = document.timexes!.map { (String(document[$0.span]), $0.value) }
        #expect(found.contains { $0.0 == expression && $0.1 == value }, "\(found)")
    }

    @Test func triggersInflect() {
        let lexicon = TriggerLexicon.english
        #expect(lexicon.sense(of: "resigned")?.type == "Personnel.EndPosition")
        #expect(lexicon.sense(of: "hiring")?.lemma == "hire")
        #expect(lexicon.sense(of: "fired")?.isParticiple == true)
        #expect(lexicon.sense(of: "said")?.type == "Statement")
        #expect(lexicon.sense(of: "acquisitions")?.type == "Business.Acquire")
    }
}
