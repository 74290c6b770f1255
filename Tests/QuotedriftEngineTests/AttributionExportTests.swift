import Foundation
import Testing

@testable import QuotedriftEngine

/// Every export carries who each version credits, whether it quotes, kept, exact and the flags
/// with the words that raised them: the Butler statement of the sample corpus.
@Suite struct AttributionExportTests {
  let analysis = sampleAnalysis

  var butler: Statement {
    analysis.statements.first { $0.speaker == "Col. Dave Butler" && $0.versions.count >= 4 }!
  }

  func rendered(_ format: ExportFormat) -> String {
    String(decoding: format.render([butler], of: analysis), as: UTF8.self)
  }

  @Test func theTextListingShowsCreditQuotationScoresAndFlaggedWords() {
    let text = rendered(.text)
    #expect(
      text.contains("credits John Kirby · direct quote · kept 16% · exact 100%  flags: attribution")
    )
    #expect(
      text.contains(
        "⚑ attribution: John Kirby, Department of Defense spokesman, confirmed the Pentagon’s support for Milley, saying"
      ))
    #expect(text.contains("[~critical|vital]⚑"), "000's misquoted word is marked")
    #expect(text.contains("[@according to Butler. Butler continued]"))
    #expect(text.contains("least exact quotation"))
  }

  @Test func theHTMLExportMarksFlaggedWordsAndCredits() {
    let html = rendered(.html)
    #expect(html.contains("<td>John Kirby<br><small>“John Kirby, Department of Defense spokesman"))
    #expect(html.contains("<sup class=\"flag\" title=\"raised misquote\">⚑</sup>"))
    #expect(html.contains("class=\"d-attribution\""))
    #expect(html.contains("<td>partly quoted</td>"))
  }

  @Test func theMarkdownTableHasEveryFact() {
    let markdown = rendered(.md)
    #expect(
      markdown.contains(
        "| version | article | outlet | date | credits | quotation | kept | exact | flags |"))
    #expect(markdown.contains("| direct quote | 16% | 100% | attribution: “John Kirby"))
    #expect(markdown.contains("_according to Butler. Butler continued_"))
  }

  @Test func teiCreditsSpeakersWithSaidWhoAndQuotesWithQ() {
    let tei = rendered(.tei)
    #expect(tei.contains("<person xml:id=\"sp"))
    #expect(tei.contains("<persName>John Kirby</persName>"))
    #expect(tei.contains("<said resp=\"#"))
    #expect(tei.contains(" who=\"#sp"))
    #expect(tei.contains("<q>his calls with the Chinese"))
    #expect(tei.contains("<note type=\"flag\" subtype=\"attribution\">John Kirby"))
  }

  @Test func jsonCarriesAttributionQuotationScoresAndFlaggedRanges() throws {
    let json =
      try JSONSerialization.jsonObject(with: Data(rendered(.json).utf8)) as! [String: Any]
    let passages = (json["statements"] as! [[String: Any]])[0]["passages"] as! [[String: Any]]
    let kirby = passages.first {
      ($0["attribution"] as? [String: Any])?["speaker"] as? String == "John Kirby"
    }!
    #expect(kirby["quotation"] as? String == "direct")
    #expect((kirby["flags"] as? [String])?.contains("attribution") == true)
    let attribution = kirby["attribution"] as! [String: Any]
    #expect(attribution["kind"] as? String == "name")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: kirby["path"] as! String))
    let start = attribution["start"] as! Int
    let end = attribution["end"] as! Int
    #expect(String(decoding: bytes[start..<end], as: UTF8.self) == attribution["text"] as? String)
    let flagged = (kirby["flagged"] as! [[String: Any]]).first {
      $0["flag"] as? String == "attribution"
    }!
    let range = (flagged["words"] as! [[Int]])[0]
    #expect(String(decoding: bytes[range[0]..<range[1]], as: UTF8.self).hasPrefix("John Kirby"))
    for passage in passages {
      #expect(passage["kept"] is Double && passage["exact"] is Double)
      #expect(passage["fidelity"] == nil)
    }
  }
}
