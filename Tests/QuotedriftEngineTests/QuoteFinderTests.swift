import Foundation
import Testing

@testable import QuotedriftEngine

@Suite struct QuoteFinderTests {
  static let finder = QuoteFinder(analysis: sampleAnalysis)

  func fileName(_ version: StatementVersion, in finding: QuoteFinding) -> String {
    String(finding.analysis.corpus.articles[version.article].path.split(separator: "/").last!)
  }

  @Test func reducingTensionsIsCarriedBy000And001And002() throws {
    let finding = try Self.finder.find("reducing tensions, providing clarity")
    let statement = try #require(finding.statement)
    #expect(statement.referenceBasis == .given)
    #expect(statement.reference.article == finding.givenArticle)
    let others = statement.versions.filter { $0.article != finding.givenArticle }
    #expect(
      others.map { fileName($0, in: finding) } == [
        "000_072c7aa62f21f068.txt", "001_8edeff3be66b5690.txt", "002_76383ebcc53da65e.txt",
      ])
    // 000 lowers and gives, 001 reads the same, 002 lowers.
    let kinds = others.map { version in
      version.passages.flatMap(\.drift).map {
        finding.analysis.corpus.articles[version.article].text(ofWord: $0.word) + ":"
          + $0.kind.rawValue
      }
    }
    #expect(kinds[0] == ["lowering:synonym", "tensions:same", "giving:reworded", "clarity:same"])
    #expect(kinds[1] == ["reducing:same", "tensions:same", "providing:same", "clarity:same"])
    #expect(kinds[2] == ["lowering:synonym", "tensions:same", "providing:same", "clarity:same"])
    #expect(
      finding.versionsBestFirst.map { fileName($0, in: finding) }.first
        == "001_8edeff3be66b5690.txt")
  }

  @Test func theGivenTextIsTheLastArticleAndTheFolderKeepsItsIndices() throws {
    let finding = try Self.finder.find("reducing tensions, providing clarity")
    let articles = finding.analysis.corpus.articles
    #expect(articles.count == sampleAnalysis.corpus.articles.count + 1)
    #expect(articles.dropLast().map(\.path) == sampleAnalysis.corpus.articles.map(\.path))
    #expect(articles.last?.path == QuoteFinder.givenTextPath)
    #expect(articles.last?.id == QuoteFinder.givenTextID)
    #expect(finding.givenArticle == articles.count - 1)
  }

  @Test func aFinderOverArticlesFindsWhatOneOverTheAnalysisFinds() throws {
    let finder = QuoteFinder(articles: sampleAnalysis.corpus.articles, lexicon: sharedLexicon)
    let text = "These discussions are critical for increasing mutual understanding of US interests."
    let fromArticles = try finder.find(text).statement.map { $0.versions.map(\.article) }
    let fromAnalysis = try Self.finder.find(text).statement.map { $0.versions.map(\.article) }
    #expect(fromArticles == fromAnalysis)
    #expect(fromArticles == [0, 1, 2, 5])
  }

  @Test func excludedArticlesAreNotSearched() throws {
    let finding = try Self.finder.find("reducing tensions, providing clarity", excluding: [1])
    #expect(finding.statement?.versions.map(\.article) == [0, 2, 5])
  }

  @Test func aTextNoArticleCarriesFindsNoStatement() throws {
    let finding = try Self.finder.find("The quick brown fox jumps over the lazy dog.")
    #expect(finding.statement == nil)
    #expect(finding.versionsBestFirst.isEmpty)
  }

  @Test func anEmptyTextOrOneWithoutWordsCannotBeFound() {
    #expect(throws: QuoteFinder.Failure(description: "the text to find is empty")) {
      try Self.finder.find("")
    }
    #expect(throws: QuoteFinder.Failure(description: "the text to find is empty")) {
      try Self.finder.find(" \n\t ")
    }
    #expect(throws: QuoteFinder.Failure(description: "the text to find has no words")) {
      try Self.finder.find("“ — ”")
    }
    #expect(
      throws: QuoteFinder.Failure(description: "the text to find is not text (control characters)")
    ) {
      try Self.finder.find("\u{1}\u{2}\u{3}abc")
    }
  }

  @Test func theJSONNamesTheGivenTextAsReference() throws {
    let finding = try Self.finder.find("reducing tensions, providing clarity")
    let json = StatementsJSON.encode(finding.analysis.statements, of: finding.analysis)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
    let statement = try #require((object["statements"] as? [[String: Any]])?.first)
    #expect(statement["referenceBasis"] as? String == "given")
    let passages = try #require(statement["passages"] as? [[String: Any]])
    #expect(passages.map { $0["article"] as? String } == ["a1", "a2", "a3", "given"])
    #expect(passages.last?["text"] as? String == "reducing tensions, providing clarity")
  }
}

@Suite struct PassageOccurrencesTests {
  @Test func aPassageOfAStatementAppearsWhereItsVersionsAre() throws {
    let analysis = sampleAnalysis
    let butler = analysis.statements[0]
    let version = butler.versions[0]
    let words = version.passages[0].words.prefix(5)
    let occurrences = try analysis.occurrences(
      ofWords: words.startIndex..<words.endIndex, inArticle: version.article)
    guard case .statement(let statement) = occurrences else {
      Issue.record("expected the statement")
      return
    }
    #expect(statement.id == butler.id)
  }

  @Test func wordsInNoStatementAppearWhereTheyMatchBest() throws {
    let analysis = analyze([
      "First\n\nThe minister said that reducing tensions and providing clarity mattered more than anything else the government could have done in the whole of a long and difficult year of strikes.\n",
      "Second\n\nCritics noted that reducing tensions and providing clarity was the stated claim, while the opposition leader spent the afternoon listing failures of the transport and housing budgets.\n",
      "Third\n\nWeather forecasters expect heavy rain across the northern hills on Sunday.\n",
    ])
    #expect(analysis.statements.isEmpty, "a shared phrase of two long sentences is no statement")
    let first = analysis.corpus.articles[0]
    let start = try #require(
      first.words.indices.firstIndex { first.norm(ofWord: $0) == "reducing" })
    let occurrences = try analysis.occurrences(ofWords: start..<(start + 5), inArticle: 0)
    guard case .matches(let finding) = occurrences else {
      Issue.record("expected matches")
      return
    }
    #expect(finding.versionsBestFirst.map(\.article) == [1])
    let match = try #require(finding.versionsBestFirst.first)
    #expect(
      analysis.corpus.articles[1].wordTexts(match.passages[0].words) == [
        "reducing", "tensions", "and", "providing", "clarity",
      ])
  }

  @Test func aRangeWithoutWordsIsAFailure() {
    #expect(throws: QuoteFinder.Failure.self) {
      try sampleAnalysis.occurrences(ofWords: 5..<5, inArticle: 0)
    }
  }
}
