extension ClauseRules {
    /// English clause boundaries, participles (`-ing`) and the passive (`was fired by`).
    public static let english: ClauseRules = {
        var r = ClauseRules()
        r.clauseOpenersAfterComma = ["and", "but", "so", "or", "which", "who", "whom", "whose", "where", "while", "whereas",
                                     "although", "though", "then"]
        r.clauseOpeners = ["while", "whereas", "when", "because", "although", "though", "since"]
        r.subordinators = ["which", "who", "whom", "whose", "where", "when", "because", "although", "though"]
        r.clauseMarks = [";", ":"]
        r.participleEnding = "ing"
        r.participleExceptions = [
            "during", "morning", "evening", "thing", "nothing", "something", "anything", "everything", "king", "ring",
            "spring", "string", "wing", "sibling", "ceiling", "building", "meeting", "wedding", "bring", "sing", "swing",
            "according", "including", "following", "regarding", "concerning", "notwithstanding", "pending",
        ]
        r.determiners = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
                         "your", "some", "any", "no", "every", "each", "very", "more", "most", "less"]
        r.gerundMarker = "by"
        r.passiveAuxiliaries = ["was", "were", "is", "are", "been", "be", "being", "am", "got", "gets"]
        r.agentPreposition = "by"
        return r
    }()
}
