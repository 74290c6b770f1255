import Foundation
import TerminalSafety
import Testing

@testable import QuotedriftEngine

@Suite struct ExportTests {
  @Test func jsonHasTheDocumentedShape() throws {
    let analysis = sampleAnalysis
    let object =
      try JSONSerialization.jsonObject(
        with: Data(StatementsJSON.encode(analysis.statements, of: analysis))) as! [String: Any]
    let articles = object["articles"] as! [[String: Any]]
    #expect(articles.count == 5)
    #expect(Set(articles[0].keys).isSuperset(of: ["id", "path", "title", "outlet", "date"]))
    #expect(articles[0]["outlet"] is NSNull)
    let statement = (object["statements"] as! [[String: Any]])[0]
    #expect(
      Set(statement.keys).isSuperset(of: ["id", "label", "speaker", "reference", "passages"]))
    let passages = statement["passages"] as! [[String: Any]]
    #expect(passages.contains { $0["id"] as? String == statement["reference"] as? String })
    let passage = passages[0]
    #expect(
      Set(passage.keys).isSuperset(of: [
        "id", "article", "path", "start", "end", "text", "kept", "exact", "quotation",
        "attribution",
        "words", "omitted", "flags", "flagged", "attributions", "pieces",
      ]))
    let word = (passage["words"] as! [[String: Any]])[0]
    #expect(Set(word.keys) == ["start", "end", "text", "drift", "ref"])
    let drifts = Set(
      passages.flatMap { ($0["words"] as! [[String: Any]]).map { $0["drift"] as! String } })
    #expect(drifts.isSubset(of: Set(DriftKind.allCases.map(\.rawValue))))
    let added = passages.flatMap { $0["words"] as! [[String: Any]] }.first {
      $0["drift"] as? String == "added"
    }
    #expect(added?["ref"] is NSNull)
  }

  @Test func plainListingMarksDriftInBrackets() {
    let listing = StatementListing(colored: false).render(
      sampleAnalysis.statements, of: sampleAnalysis)
    #expect(listing.hasPrefix("5 articles, "))
    #expect(listing.contains("S1  Col. Dave Butler"))
    #expect(listing.contains("[~lowering|reducing]"))
    #expect(listing.contains("(reference)"))
    #expect(!listing.contains("\u{1B}"))
  }

  @Test func oneStatementIsCountedInTheSingular() {
    let analysis = analyze(["Iraq violence kills 11", "Iraq violence kills seven"])
    let listing = StatementListing(colored: false).render(analysis.statements, of: analysis)
    #expect(listing.hasPrefix("2 articles, 1 statement\n"))
    #expect(counted(1, "reuse region") == "1 reuse region")
    #expect(counted(0, "statement") == "0 statements")
    #expect(counted(2, "child", plural: "children") == "2 children")
  }

  @Test func colouredListingUsesSGR() {
    let listing = StatementListing(colored: true).render(
      sampleAnalysis.statements, of: sampleAnalysis)
    #expect(listing.contains("\u{1B}[33mlowering\u{1B}[0m"))
  }

  @Test func articleTextNeverSendsControlsToTheTerminal() {
    let hostile =
      "Quote \u{1B}]52;c;ZXZpbA==\u{07} and \u{1B}[2J \u{9B}31m \u{202E}reversed\u{7F} end."
    let safe = TerminalSafeText.sanitize(hostile)
    #expect(safe.unicodeScalars.allSatisfy(TerminalSafeText.isSafe))
    #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    #expect(safe.contains("␛[2J"))
    let analysis = analyze([
      "The chairman regularly communicates with defense chiefs \u{1B}[31macross the world, including China and Russia.",
      "The chairman regularly communicates with defense chiefs across the whole world, including China and Russia.",
    ])
    let listing = StatementListing(colored: true).render(analysis.statements, of: analysis)
    #expect(!listing.contains("\u{1B}[31m"))
  }
}
