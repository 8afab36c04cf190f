/// What a token is, as the tokenizer decided.
public enum TokenKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// Letters (and ideographs): `OpenAI`, `États-Unis`, `aujourd'hui`.
    case word
    /// A number: `10 000`, `3,5`, `-1`, `2007-2008`.
    case number
    /// An ordinal: `1er`, `2e`, `XIXe`.
    case ordinal
    /// An elided article, pronoun or conjunction with its apostrophe: `l'`, `qu’`, `jusqu'`.
    case elision
    /// An inverted clitic with its hyphens: `-t-il`, `-ce`, `-moi`.
    case clitic
    /// An abbreviation or initial with its period: `M.`, `etc.`, `J.-C.`, `R.E.M.`.
    case abbreviation
    /// Punctuation other than quotation marks: `.`, `,`, `...`, `(`, `--`.
    case punctuation
    /// A quotation mark: `«`, `»`, `“`, `”`, `"`, `‹`, `›`.
    case quote
    /// A symbol or emoji: `%`, `€`, `°`, `👍🏽`.
    case symbol
    /// An emoticon standing alone: `:)`, `;-)`, `<3`.
    case emoticon
    /// A URL: `https://example.org/a?b=c`, `www.example.fr`.
    case url
    /// An e-mail address.
    case email
    /// A social-media handle: `@sama`.
    case mention
    /// A hashtag: `#IA`.
    case hashtag

    public var description: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .ordinal: "ordinal"
        case .elision: "elision"
        case .clitic: "clitic"
        case .abbreviation: "abbreviation"
        case .punctuation: "punctuation"
        case .quote: "quote"
        case .symbol: "symbol"
        case .emoticon: "emoticon"
        case .url: "url"
        case .email: "email"
        case .mention: "mention"
        case .hashtag: "hashtag"
        }
    }
}

/// Facts about a token's surroundings and case, computed once by the tokenizer.
public struct TokenFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The first scalar is an upper-case letter (`Altman`, `États-Unis`).
    public static let capitalized = TokenFlags(rawValue: 1)
    /// The first scalar is a lower-case letter.
    public static let lowercase = TokenFlags(rawValue: 2)
    /// White space (or the start of the text) comes right before the token.
    public static let spaceBefore = TokenFlags(rawValue: 4)
    /// The token is the first of its line (or of the text).
    public static let lineStart = TokenFlags(rawValue: 8)
    /// The token is the first after a blank line (or of the text).
    public static let paragraphStart = TokenFlags(rawValue: 16)
}

/// A token: a span of the text, its kind and flags.
public struct Token: Hashable, Sendable {
    /// Where the token is, in Unicode scalars.
    public let span: Span
    /// What it is.
    public let kind: TokenKind
    /// Case and surroundings.
    public let flags: TokenFlags

    public init(span: Span, kind: TokenKind, flags: TokenFlags = []) {
        self.span = span
        self.kind = kind
        self.flags = flags
    }

    /// Offset of the token's first scalar.
    public var start: Int { span.start }
    /// Offset one past the token's last scalar.
    public var end: Int { span.end }
}
