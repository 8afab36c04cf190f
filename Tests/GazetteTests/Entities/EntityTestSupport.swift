@testable import Gazette

/// Runs the segmenter and an entity stage over `text` with a fixture gazetteer (TSV text).
func recognize(_ text: String, gazetteer tsv: String) throws -> [EntityMention] {
    let source = GazetteerSource(name: "fixture.tsv", format: .tsv, bytes: Array(tsv.utf8))
    let stage = try EntityRecognizer.french(extra: [source], includeDefaults: false)
    var document = Document(id: "test", text: text)
    try Segmenter(rules: .french).process(&document)
    try stage.process(&document)
    return document.entities ?? []
}

/// (text, id, match) of each mention, checking `text[span]` on the way.
func described(_ mentions: [EntityMention], in text: String) -> [String] {
    let t = DocumentText(text)
    return mentions.map { "\(t[$0.span])=\($0.id)/\($0.match.rawValue)" }
}

/// A small fixture gazetteer: made-up and real names, no evaluation data.
let fixtureGazetteer = """
#id\ttype\tname\taliases
openai\tORG\tOpenAI\t\twikidata=Q21708200
page-corp\tORG\tPage\t
gpt-4\tPRODUCT\tGPT-4\t
tours\tLOC\tTours\t
orange\tORG\tOrange\t
rn\tORG\tRN\tRassemblement national
nfp\tORG\tNouveau Front populaire\t
le-journal\tORG\tLe Monde\t
etats-unis\tLOC\tÉtats-Unis\t
melenchon\tPER\tJean-Luc Mélenchon\t
coeur\tORG\tSacré-Cœur\t
cote-divoire\tLOC\tCôte d'Ivoire\t
ada-lovelace\tPER\tAda Lovelace\t
ada-yonath\tPER\tAda Yonath\t
alan-turing\tPER\tAlan Mathison Turing\t
marie-curie\tPER\tMarie Curie\t
new-york\tLOC\tNew York\t
new-york-times\tORG\tNew York Times\t
"""
