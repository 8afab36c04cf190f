/// How the letter case of a gazetteer name must agree with the text.
///
/// Diacritics, ligatures, apostrophes, dashes and spaces are always folded (see
/// ``TextFolder``); the policy only decides about letter case.
public enum CasePolicy: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// Letter case must be as written in the gazetteer (`Tours` does not match `tours`).
    case sensitive
    /// Any letter case matches (`Nouveau Front Populaire` matches `Nouveau Front populaire`).
    case insensitive
    /// Decided per name when the gazetteer is compiled (``EntityRules/autoCase(form:folded:)``):
    /// as written for a one-word name that is also a common lowercase word of the language
    /// (`Orange`, `Tours`) and for a short acronym (`RN`, `X`); any case for a multi-word name
    /// (`Nouveau Front Populaire` = `Nouveau Front populaire`) and any other name, as long as
    /// the text is not all lowercase when the name has capitals (`suisse` is not `Suisse`), and,
    /// for names made only of common words, written as a title (`le monde` is not `Le Monde`).
    case auto

    /// The policy's name in gazetteer files: `sensitive`, `insensitive`, `auto`.
    public var description: String {
        switch self {
        case .sensitive: "sensitive"
        case .insensitive: "insensitive"
        case .auto: "auto"
        }
    }

    /// The policy named `sensitive`, `insensitive` or `auto`, or nil.
    public init?(name: some StringProtocol) {
        switch name {
        case "sensitive": self = .sensitive
        case "insensitive": self = .insensitive
        case "auto": self = .auto
        default: return nil
        }
    }
}
