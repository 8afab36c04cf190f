/// Names a layer of annotations that a stage adds to a document, and its value type.
///
/// Each stage folder declares its keys (``TokensLayer``, ``SentencesLayer``…) and a
/// convenience accessor on ``Document``. The `name` is what pipeline files and
/// requires/produces checks speak of.
public protocol LayerKey {
    /// The annotations stored under this key.
    associatedtype Value: Sendable
    /// The layer's name, e.g. `tokens`.
    static var name: String { get }
}

/// The layers of a document, keyed by type. Value semantics: copying a document copies
/// the table of layers, not the text.
public struct Layers: Sendable {
    private var storage: [ObjectIdentifier: any Sendable] = [:]
    /// Names of the layers present, in the order they were added.
    public private(set) var names: [String] = []
    /// Number of elements of each layer whose value is a collection, by name.
    private var sizes: [String: Int] = [:]

    public init() {}

    /// The layer stored under `key`, if a stage has added it.
    public subscript<K: LayerKey>(key: K.Type) -> K.Value? {
        get { storage[ObjectIdentifier(key)] as? K.Value }
        set {
            let id = ObjectIdentifier(key)
            if storage[id] == nil, newValue != nil { names.append(K.name) }
            if newValue == nil { names.removeAll { $0 == K.name } }
            storage[id] = newValue
            sizes[K.name] = (newValue as? any Collection)?.count
        }
    }

    /// The number of annotations in the layer `name` (tokens, sentences, entities…), if it is
    /// present and its value is a collection.
    public func count(of name: String) -> Int? { sizes[name] }

    /// Whether a layer of that name is present.
    public func contains(_ name: String) -> Bool { names.contains(name) }
}
