extension LanguageProfile {
    /// English: the most frequent function words of news text.
    public static let english = LanguageProfile(code: "en", words: [
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with", "as", "by", "at",
        "he", "she", "they", "his", "her", "their", "its", "from", "this", "be", "are", "were", "has", "have",
        "had", "not", "but", "or", "an", "which", "who", "will", "would", "been", "said", "after", "about",
        "more", "than", "into", "also", "we", "you", "there", "when", "what", "up", "out", "can", "could",
    ])
}
