import Foundation
@testable import Gazette

/// Test helpers shared by the Gazette tests.
enum Fixture {
    /// A document with its tokens and sentences.
    static func segmented(_ text: String, rules: SegmentationRules = .french) throws -> Document {
        var document = Document(id: "test", text: text)
        try Segmenter(rules: rules).process(&document)
        return document
    }

    /// The token texts of `text`.
    static func tokens(_ text: String) throws -> [String] {
        let document = try segmented(text)
        return document.tokens!.map { String(document[$0.span]) }
    }

    /// The sentence texts of `text`.
    static func sentences(_ text: String) throws -> [String] {
        let document = try segmented(text)
        return document.sentences!.map { String(document[$0]) }
    }

    /// The repository's root folder (where Package.swift is).
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// The shared evaluation kit beside the repository (`../shared`).
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// Scalars `[start, end)` of `text`, counted independently of DocumentText.
    static func scalars(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: text[start..<end])
        return String(s)
    }
}
