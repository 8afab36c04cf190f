extension SegmentationRules {
    /// English: contractions and possessives split as in the Penn Treebank and UD English
    /// (`don't` → `do` `n't`, `can't` → `ca` `n't`, `John's` → `John` `'s`), abbreviations
    /// that keep their period (`Mr.`, `Dr.`, `e.g.`; initials such as `U.S.` are kept by the
    /// shared rules), ordinals (`1st`, `22nd`).
    public static let english: SegmentationRules = {
        var r = SegmentationRules(wordLocale: "en", sentenceLocale: "en")
        r.contractionSuffixes = ["n't", "'s", "'re", "'ll", "'ve", "'d", "'m"]
        r.abbreviations = [
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Gen", "Gov", "Sen", "Rep", "Rev", "Capt", "Col",
            "Lt", "Sgt", "Cpl", "Adm", "Cmdr", "Supt", "Pres", "Hon", "Messrs", "etc", "vs", "approx", "dept", "est",
            "Inc", "Corp", "Ltd", "Co", "Bros", "No", "Nos", "Vol", "pp", "p", "cf", "al", "fig", "Fig", "ca",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
            "Ave", "Blvd", "Rd", "a.m", "p.m", "e.g", "i.e",
        ]
        r.nonFinalAbbreviations = [
            "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "Gen", "Gov", "Sen", "Rep", "Rev", "Capt", "Col", "Lt", "Sgt",
            "Cpl", "Adm", "Cmdr", "Supt", "Pres", "Hon", "Messrs", "vs", "No", "Nos", "Vol", "pp", "p", "cf", "fig", "Fig",
            "e.g", "i.e", "approx", "U.S", "U.K", "U.N", "E.U",
        ]
        r.ordinalSuffixes = ["st", "nd", "rd", "th"]
        r.numberSuffixes = ["am", "pm", "a.m", "p.m"]
        r.sentenceStarters = ["He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "There"]
        r.functionWords = [
            "The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "You", "There",
            "In", "On", "At", "For", "By", "With", "From", "After", "Before", "Since", "According", "But", "And", "Or",
            "So", "Then", "However", "When", "If", "While",
        ]
        r.monthAbbreviations = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
        r.emoticons = [":)", ":-)", ";)", ";-)", ":(", ":-(", ":D", ":-D", ":P", ":p", ":/", ":'(", "<3"]
        return r
    }()
}
