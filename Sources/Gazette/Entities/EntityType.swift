/// The type of a named entity, as the `gazette/1` record writes it.
public enum EntityType: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// A person.
    case person
    /// An organisation: company, party, institution, team, media outlet.
    case organization
    /// A place: country, region, city, geographic feature.
    case location
    /// A product or service: software, device, model, platform.
    case product
    /// A named event: holiday, summit, war, competition.
    case event
    /// Anything else with a name: works, programmes, laws.
    case misc

    /// The record's code: `PER`, `ORG`, `LOC`, `PRODUCT`, `EVENT`, `MISC`.
    public var description: String {
        switch self {
        case .person: "PER"
        case .organization: "ORG"
        case .location: "LOC"
        case .product: "PRODUCT"
        case .event: "EVENT"
        case .misc: "MISC"
        }
    }

    /// The type of a gazetteer code (`PER`, `ORG`…) or spaCy label (`PERSON`, `GPE`, `FAC`,
    /// `NORP`…), case-insensitively; nil when unknown.
    public init?(code: some StringProtocol) {
        switch code.uppercased() {
        case "PER", "PERSON": self = .person
        case "ORG", "ORGANIZATION", "ORGANISATION": self = .organization
        case "LOC", "LOCATION", "GPE", "FAC": self = .location
        case "PRODUCT", "PROD": self = .product
        case "EVENT", "EVT": self = .event
        case "MISC", "NORP", "WORK_OF_ART", "LAW", "LANGUAGE": self = .misc
        default: return nil
        }
    }
}
