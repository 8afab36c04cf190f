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
        try TimexHarness.expect(expression, value, in: sentence, reference: "2023-11-21", language: .english, rules: .english)
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

/// English word order through the grammar's hooks, against Tuesday 12 February 2013.
@Suite("English word order")
struct EnglishWordOrderTests {
    static let cases: [(String, String, String)] = [
        ("They met next Tuesday.", "next Tuesday", "2013-02-19"),
        ("Prices rose last month.", "last month", "2013-01"),
        ("The firm was sold two years ago.", "two years ago", "2011"),
        ("The plant closed three days ago.", "three days ago", "2013-02-09"),
        ("The report is due on February 15.", "February 15", "2013-02-15"),
        ("Sales fell last year.", "last year", "2012"),
        ("The results come out next week.", "next week", "2013-W08"),
        ("The vote is on the 2nd of March.", "2nd of March", "2013-03-02"),
        ("The filing is dated 10/31/1974.", "10/31/1974", "1974-10-31"),
        ("The law took effect March 3rd 2015.", "March 3rd 2015", "2015-03-03"),
        ("Prices rose over the last two weeks.", "the last two weeks", "2013-W05/2013-W06"),
    ]

    @Test(arguments: cases)
    func value(_ sentence: String, _ expression: String, _ value: String) throws {
        try TimexHarness.expect(expression, value, in: sentence, reference: "2013-02-12", language: .english, rules: .english)
    }
}

/// English clock times and weekday-rule holidays, against Tuesday 12 February 2013 04:30.
@Suite("English clock and holidays")
struct EnglishClockTests {
    static let cases: [(String, String, String)] = [
        ("The meeting starts at 3pm.", "3pm", "2013-02-12T15:00"),
        ("Doors open at 7 p.m.", "7 p.m.", "2013-02-12T19:00"),
        ("The call is at 3:30 PM.", "3:30 PM", "2013-02-12T15:30"),
        ("Shops close for Thanksgiving 2014.", "Thanksgiving 2014", "2014-11-27"),
        ("Sales peaked on Black Friday 2017.", "Black Friday 2017", "2017-11-24"),
    ]

    @Test(arguments: cases)
    func value(_ sentence: String, _ expression: String, _ value: String) throws {
        try TimexHarness.expect(expression, value, in: sentence, reference: "2013-02-12T04:30:00", language: .english, rules: .english)
    }

    @Test func amAndPmSplitOffNumbers() throws {
        let document = try Fixture.segmented("at 3pm and 10AM", rules: .english)
        #expect(document.tokens!.map { String(document[$0.span]) } == ["at", "3", "pm", "and", "10", "AM"])
    }
}
