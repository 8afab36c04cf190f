/// The version of the Gazette library and tools.
public enum GazetteVersion {
    /// Semantic version string.
    public static let string = "0.1.0"
}
