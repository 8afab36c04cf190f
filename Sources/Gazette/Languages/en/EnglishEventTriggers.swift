extension TriggerLexicon {
    /// English event triggers, with the same event types as the French table (ACE 2005 style
    /// plus `Statement` and `Product.Launch`). The first entry listing a form wins.
    public static let english = TriggerLexicon(englishTriggers, inflect: EnglishInflection.forms)
}

/// The English trigger table (language data).
let englishTriggers: [TriggerEntry] = [
    // Personnel
    .verb("fire", "Personnel.EndPosition"), .verb("dismiss", "Personnel.EndPosition"), .noun("dismissal", "Personnel.EndPosition"),
    .verb("resign", "Personnel.EndPosition"), .noun("resignation", "Personnel.EndPosition"),
    .verb("oust", "Personnel.EndPosition"), .noun("ouster", "Personnel.EndPosition"),
    .verb("sack", "Personnel.EndPosition"), .noun("layoff", "Personnel.EndPosition"),
    .verb("quit", "Personnel.EndPosition", participles: ["quit"]),
    .noun("departure", "Personnel.EndPosition"), .verb("retire", "Personnel.EndPosition"), .noun("retirement", "Personnel.EndPosition"),
    .verb("appoint", "Personnel.StartPosition"), .noun("appointment", "Personnel.StartPosition"),
    .verb("name", "Personnel.StartPosition"), .verb("hire", "Personnel.StartPosition"), .verb("rehire", "Personnel.StartPosition"),
    .verb("recruit", "Personnel.StartPosition"), .verb("succeed", "Personnel.StartPosition"),
    .verb("join", "Personnel.StartPosition"), .verb("reinstate", "Personnel.StartPosition"), .noun("return", "Personnel.StartPosition"),
    .verb("elect", "Personnel.Elect"), .noun("election", "Personnel.Elect"), .verb("re-elect", "Personnel.Elect"),
    .noun("vote", "Politics.Vote"),
    // Business
    .verb("acquire", "Business.Acquire"), .noun("acquisition", "Business.Acquire"), .verb("merge", "Business.Merge"),
    .noun("merger", "Business.Merge"), .noun("takeover", "Business.Acquire"),
    .verb("invest", "Transaction.TransferMoney"), .noun("investment", "Transaction.TransferMoney"),
    .noun("founding", "Business.StartOrg"), .verb("launch", "Product.Launch", unless: "PRODUCT", then: "Business.StartOrg"),
    .verb("release", "Product.Launch", unless: "PRODUCT", then: "Statement"), .noun("launch", "Product.Launch"),
    .verb("unveil", "Product.Launch", unless: "PRODUCT", then: "Statement"),
    .noun("bankruptcy", "Business.EndOrg"),
    // Justice
    .verb("arrest", "Justice.ArrestJail"), .noun("arrest", "Justice.ArrestJail"),
    .verb("jail", "Justice.ArrestJail"), .verb("imprison", "Justice.ArrestJail"),
    .verb("charge", "Justice.ChargeIndict"), .verb("indict", "Justice.ChargeIndict"), .noun("indictment", "Justice.ChargeIndict"),
    .verb("sue", "Justice.Sue"), .noun("lawsuit", "Justice.Sue"),
    .verb("convict", "Justice.Sentence"), .noun("conviction", "Justice.Sentence"),
    .verb("sentence", "Justice.Sentence"), .verb("acquit", "Justice.Acquit"), .noun("acquittal", "Justice.Acquit"),
    .verb("appeal", "Justice.TrialHearing"), .noun("trial", "Justice.TrialHearing"), .noun("hearing", "Justice.TrialHearing"),
    .verb("impeach", "Justice.ChargeIndict"), .noun("impeachment", "Justice.ChargeIndict"),
    // Life
    .verb("die", "Life.Die"), .noun("death", "Life.Die"), .verb("kill", "Life.Die"),
    .verb("injure", "Life.Injure"), .verb("wound", "Life.Injure"),
    .noun("birth", "Life.BeBorn"),
    // Conflict
    .verb("attack", "Conflict.Attack"), .noun("attack", "Conflict.Attack"), .verb("bomb", "Conflict.Attack"),
    .noun("bombing", "Conflict.Attack"), .verb("protest", "Conflict.Demonstrate"), .noun("protest", "Conflict.Demonstrate"),
    .noun("demonstration", "Conflict.Demonstrate"), .noun("strike", "Conflict.Demonstrate"),
    // Contact
    .verb("meet", "Contact.Meet", forms: ["met"], participles: ["met"]), .noun("meeting", "Contact.Meet"),
    .noun("summit", "Contact.Meet"), .verb("call", "Contact.Communicate"),
    // Statements
    .verb("announce", "Statement"), .noun("announcement", "Statement"),
    .verb("say", "Statement", forms: ["said"], participles: ["said"]), .verb("declare", "Statement"),
    .verb("state", "Statement"), .noun("statement", "Statement"), .verb("confirm", "Statement"),
    .verb("report", "Statement"), .verb("tell", "Statement", forms: ["told"], participles: ["told"]),
    // Agreements and movement
    .verb("sign", "Politics.Sign"), .noun("agreement", "Politics.Sign"), .noun("deal", "Politics.Sign"),
    .verb("buy", "Business.Acquire", forms: ["bought"], participles: ["bought"]),
    .verb("travel", "Movement.Transport"), .verb("arrive", "Movement.Transport"), .noun("visit", "Movement.Transport"),
]
