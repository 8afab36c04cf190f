extension LanguageProfile {
    /// French: the most frequent function words of news text.
    public static let french = LanguageProfile(code: "fr", words: [
        "le", "la", "les", "l'", "de", "des", "du", "d'", "un", "une", "et", "est", "à", "au", "aux", "en",
        "que", "qui", "qu'", "dans", "pour", "par", "sur", "avec", "ne", "pas", "plus", "ce", "cette", "ces",
        "il", "elle", "ils", "elles", "se", "s'", "son", "sa", "ses", "leur", "leurs", "mais", "ou", "où",
        "été", "était", "sont", "ont", "a", "n'", "c'", "selon", "après", "avant", "lors", "aussi", "très",
    ])
}
