import Foundation
import Testing

@testable import QuotedriftEngine

/// What the sample corpus must show: the Butler statement across 000–003, the Gerasimov sentence
/// across 002 and 004, and no statement made of captions, credits or bylines.
@Suite struct SampleArticlesTests {
  let analysis = sampleAnalysis
  var corpus: Corpus { analysis.corpus }

  func articleIndex(_ prefix: String) -> Int {
    corpus.articles.firstIndex { ($0.path as NSString).lastPathComponent.hasPrefix(prefix) }!
  }

  /// The whole text of an article's version of a statement.
  func versionText(_ statement: Statement, _ prefix: String) -> String? {
    guard let version = statement.versions.first(where: { $0.article == articleIndex(prefix) })
    else { return nil }
    let article = corpus.articles[version.article]
    return version.passages.map { article.text($0.start..<$0.end) }.joined(separator: " … ")
  }

  var butler: Statement {
    analysis.statements.first { $0.speaker == "Col. Dave Butler" && $0.versions.count >= 4 }!
  }

  @Test func theButlerStatementSpansFourArticles() {
    #expect(
      Set(butler.versions.map(\.article)) == Set(["000", "001", "002", "003"].map(articleIndex)))
    #expect(butler.label == "Col. Dave Butler")
    #expect(butler.reference.article == articleIndex("001"))
    #expect(butler.reference.passages.count == 1, "the three paragraphs of 001 are one passage")
  }

  @Test(arguments: [
    // Each sentence of the statement, in each article's own wording.
    ("000", "regularly communicates with Chiefs of Defense throughout the world"),
    ("000", "These discussions are critical for increasing mutual understanding"),
    ("000", "lowering tensions, giving clarity, and avoiding unintended repercussions"),
    ("000", "were in keeping with these duties and obligations of expressing comfort"),
    ("000", "All calls from the Chairman to his counterparts"),
    ("000", "Milley often holds briefings with uniformed leaders"),
    ("000", "remind uniformed Pentagon commanders of the long-standing and rigorous procedures"),
    (
      "001",
      "The Chairman of the Joint Chiefs regularly communicates with Chiefs of Defense across the world"
    ),
    ("001", "These conversations remain vital to improving mutual understanding"),
    ("001", "His calls with the Chinese and others in October and January"),
    ("001", "All calls from the Chairman to his counterparts, including those reported"),
    ("001", "General Milley frequently conducts meetings with uniformed leaders"),
    ("001", "The meeting regarding nuclear weapons protocols was to remind uniformed leaders"),
    ("002", "interacts with Defense Chiefs from across the globe on a routine basis"),
    ("002", "These discussions are still crucial for strengthening common understanding"),
    ("002", "They’re also needed for lowering tensions, providing clarity"),
    ("002", "in accordance with these duties and obligations in providing confidence"),
    ("002", "All conversations from the Chairman to his equivalents"),
    ("002", "General Milley holds regular meetings with military leaders"),
    (
      "003",
      "his calls with the Chinese and others in October and January were in keeping with these duties and responsibilities"
    ),
  ])
  func everySentenceIsFoundInEachArticlesVersion(article: String, sentence: String) {
    #expect(versionText(butler, article)?.contains(sentence) == true)
  }

  @Test func rewordedVersionsAreMarkedWordByWord() {
    func kinds(_ prefix: String) -> [String: Set<DriftKind>] {
      let version = butler.versions.first { $0.article == articleIndex(prefix) }!
      let article = corpus.articles[version.article]
      var kinds: [String: Set<DriftKind>] = [:]
      for drift in version.passages.flatMap(\.drift) {
        kinds[article.text(ofWord: drift.word), default: []].insert(drift.kind)
      }
      return kinds
    }
    let from000 = kinds("000")
    #expect(!(from000["lowering"] ?? []).isDisjoint(with: [.synonym, .reworded]))
    #expect(from000["mutual"] == [.same])
    #expect(from000["understanding"] == [.same])
    #expect(from000["of"]?.contains(.same) == true)
    #expect(from000["US"] == [.variant])
    let from002 = kinds("002")
    #expect(!(from002["lowering"] ?? []).isDisjoint(with: [.synonym, .reworded]))
    #expect(from002["common"] == [.synonym])
    #expect(from002["scheduled"] == [.reworded])
    #expect(
      from002["Butler"] == [.attribution], "“Butler added”, “Butler said” credit the statement")
  }

  @Test func meaningFlagsMarkTheChangedDates() {
    let version = butler.versions.first { $0.article == articleIndex("002") }!
    #expect(version.flags.contains(.number), "“last year and in January” for “October and January”")
  }

  @Test func theLiQuoteIsOneStatementWithBothItsSentencesIn000And003() throws {
    let li = try #require(
      analysis.statements.first { versionText($0, "000")?.contains("General Li, you") == true })
    #expect(Set(li.versions.map { $0.article }) == Set(["000", "003"].map(articleIndex)))
    #expect(li.id != butler.id, "not folded into the Butler statement")
    for prefix in ["000", "003"] {
      let text = try #require(versionText(li, prefix))
      #expect(text.contains("General Li, you and I have"))
      #expect(text.contains("call you ahead of time"))
      #expect(text.contains("It’s not going to be a surprise"), "the quote's last sentence")
      #expect(!text.contains("in keeping with these duties"))
    }
    // 003 swaps the clauses: the swap shows as moved words, not as a second statement.
    let version = try #require(li.versions.first { $0.article == articleIndex("003") })
    #expect(version.passages.flatMap { $0.drift }.contains { $0.kind == DriftKind.moved })
  }

  @Test func theGerasimovSentenceIsSharedBy002And004() {
    let statement = analysis.statements.first {
      $0.versions.contains { version in
        corpus.articles[version.article].text(version.passages[0].start..<version.passages[0].end)
          .contains("keep the specific details of their conversation private")
      }
    }
    #expect(statement != nil)
    #expect(Set(statement!.versions.map(\.article)) == [articleIndex("002"), articleIndex("004")])
    #expect(versionText(statement!, "002")?.contains("In accord with previous practices") == true)
  }

  @Test func noStatementIsMadeOfCaptionsCreditsOrBylines() {
    for statement in analysis.statements {
      for version in statement.versions {
        for passage in version.passages {
          let text = corpus.articles[version.article].text(passage.start..<passage.end)
          for marker in [
            "Getty", "Photo", "Image:", "Leave a Reply", "COMMENTS", "Published:", "Leo Timm",
            "(L)",
          ] {
            #expect(!text.contains(marker), "\(statement.id): \(text)")
          }
        }
      }
    }
  }

  @Test func everyPassageTextIsExactlyItsBytes() throws {
    let json =
      try JSONSerialization.jsonObject(
        with: Data(StatementsJSON.encode(analysis.statements, of: analysis))) as! [String: Any]
    let statements = json["statements"] as! [[String: Any]]
    #expect(!statements.isEmpty)
    for statement in statements {
      for passage in statement["passages"] as! [[String: Any]] {
        let path = passage["path"] as! String
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let start = passage["start"] as! Int
        let end = passage["end"] as! Int
        #expect(String(decoding: bytes[start..<end], as: UTF8.self) == passage["text"] as! String)
        for word in passage["words"] as! [[String: Any]] {
          let range = (word["start"] as! Int)..<(word["end"] as! Int)
          #expect(String(decoding: bytes[range], as: UTF8.self) == word["text"] as! String)
          #expect(range.lowerBound >= start && range.upperBound <= end)
        }
      }
    }
  }
}
