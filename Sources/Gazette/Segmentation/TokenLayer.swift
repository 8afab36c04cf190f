/// The tokens of a document, in text order, stored in 8 bytes per token.
///
/// A 20 MB French text has about 3.6 million tokens, so the representation matters: each
/// token is a 32-bit start, a 16-bit length, a kind and flags. The rare token longer than 65,534
/// scalars keeps its length in a side table. Documents are limited to 2³² − 1 scalars.
public struct TokenLayer: RandomAccessCollection, Sendable {
    struct Packed {
        var start: UInt32
        var length: UInt16
        var kind: TokenKind
        var flags: TokenFlags
    }

    private var packed: [Packed] = []
    private var longLengths: [Int: Int] = [:]

    public init() {}

    /// Creates a layer from tokens in text order.
    public init(_ tokens: some Sequence<Token>) {
        for token in tokens { append(token.span, kind: token.kind, flags: token.flags) }
    }

    /// Reserves room for `count` tokens.
    public mutating func reserveCapacity(_ count: Int) { packed.reserveCapacity(count) }

    /// Appends a token; tokens must come in text order and must not overlap.
    @inline(__always)
    public mutating func append(_ span: Span, kind: TokenKind, flags: TokenFlags = []) {
        assert(packed.isEmpty || span.start >= last!.end, "token \(span) overlaps or precedes the previous one")
        let length = span.length
        if _slowPath(length >= Int(UInt16.max)) { longLengths[packed.count] = length }
        packed.append(Packed(start: UInt32(span.start), length: UInt16(Swift.min(length, Int(UInt16.max))), kind: kind, flags: flags))
    }

    /// Appends packed tokens (each shorter than 65,535 scalars), in text order after the last.
    mutating func append(packed tokens: UnsafeBufferPointer<Packed>) {
        assert(tokens.isEmpty || packed.isEmpty || Int(tokens[0].start) >= end(at: packed.count - 1))
        packed.append(contentsOf: tokens)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { packed.count }

    @inline(__always)
    public subscript(i: Int) -> Token {
        let p = packed[i]
        let length = p.length == UInt16.max ? longLength(i) : Int(p.length)
        let start = Int(p.start)
        return Token(span: Span(start, start + length), kind: p.kind, flags: p.flags)
    }

    @inline(never)
    private func longLength(_ i: Int) -> Int { longLengths[i]! }

    /// The kind of token `i` (without building the token).
    @inline(__always)
    public func kind(at i: Int) -> TokenKind { packed[i].kind }

    /// The flags of token `i`.
    @inline(__always)
    public func flags(at i: Int) -> TokenFlags { packed[i].flags }

    /// The start of token `i`, in scalars.
    @inline(__always)
    public func start(at i: Int) -> Int { Int(packed[i].start) }

    /// Calls `body` with the packed tokens, for loops over every token (a length of
    /// `UInt16.max` means the length is in the side table: use ``end(at:)`` then).
    @inline(__always)
    func withPacked<R>(_ body: (UnsafeBufferPointer<Packed>) throws -> R) rethrows -> R {
        try packed.withUnsafeBufferPointer(body)
    }

    /// The end of token `i`, in scalars.
    @inline(__always)
    public func end(at i: Int) -> Int {
        let p = packed[i]
        return Int(p.start) + (p.length == UInt16.max ? longLength(i) : Int(p.length))
    }

    /// The index of the first token that ends after `offset` (binary search), i.e. the token
    /// containing `offset` or the next one after it.
    public func firstIndex(endingAfter offset: Int) -> Int {
        var lo = 0, hi = packed.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if end(at: mid) <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The indices of the tokens that lie within `span`.
    public func indices(within span: Span) -> Range<Int> {
        var i = firstIndex(endingAfter: span.start)
        while i < count && start(at: i) < span.start { i += 1 }
        var j = i
        while j < count && end(at: j) <= span.end { j += 1 }
        return i..<j
    }
}

/// The token layer: produced by the segmenter.
public enum TokensLayer: LayerKey {
    public typealias Value = TokenLayer
    public static let name = "tokens"
}

/// The sentence layer: spans without surrounding whitespace, in text order.
public enum SentencesLayer: LayerKey {
    public typealias Value = [Span]
    public static let name = "sentences"
}

extension Document {
    /// The tokens, once a segmenter has run.
    public var tokens: TokenLayer? {
        get { layers[TokensLayer.self] }
        set { layers[TokensLayer.self] = newValue }
    }

    /// The sentences, once a segmenter has run.
    public var sentences: [Span]? {
        get { layers[SentencesLayer.self] }
        set { layers[SentencesLayer.self] = newValue }
    }
}
