/// A TIMEX3 expression found in a document.
public struct Timex: Hashable, Sendable {
    /// TIMEX3 type.
    public enum Kind: String, Sendable {
        case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
    }

    /// What the value was resolved against.
    public enum Anchor: String, Sendable {
        /// The document's reference date.
        case reference
        /// The previous date of the discourse.
        case previous
        /// The dated heading the expression sits under.
        case heading
        /// Nothing: the text states the value in full.
        case explicit
        /// Nothing could anchor it (durations, underspecified values).
        case none
    }

    /// Where it is, in Unicode scalars, half-open.
    public var span: Span
    /// DATE, TIME, DURATION or SET.
    public var kind: Kind
    /// TIMEX3 value: `2023-11-17`, `2022-FA`, `P4D`, `XXXX-WXX-1`, `2013-07-13/2013-07-15`.
    public var value: String
    /// TIMEX3 mod: `START`, `MID`, `END`, `APPROX`, `AFTER`, `BEFORE`, `ON_OR_AFTER`, `ON_OR_BEFORE`.
    public var mod: String?
    /// What the value was resolved against.
    public var anchor: Anchor

    /// A timex over `span`.
    public init(span: Span, kind: Kind, value: String, mod: String? = nil, anchor: Anchor) {
        self.span = span
        self.kind = kind
        self.value = value
        self.mod = mod
        self.anchor = anchor
    }
}

/// The timex layer: produced by the `timex` stage, in text order, not overlapping.
public enum TimexesLayer: LayerKey {
    public typealias Value = [Timex]
    public static let name = "timexes"
}

extension Document {
    /// The TIMEX3 expressions, once the `timex` stage has run.
    public var timexes: [Timex]? {
        get { layers[TimexesLayer.self] }
        set { layers[TimexesLayer.self] = newValue }
    }
}
