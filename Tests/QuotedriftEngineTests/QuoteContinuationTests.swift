import Testing

@testable import QuotedriftEngine

/// A quote broken by an attribution or a reporter's sentence stays one version, while quoted
/// words that merely recur elsewhere join nothing.
@Suite struct QuoteContinuationTests {
  func texts(of statement: Statement, in analysis: Analysis) -> [String] {
    statement.versions.map { version in
      let article = analysis.corpus.articles[version.article]
      return version.passages.map { article.text($0.start..<$0.end) }.joined(separator: " … ")
    }
  }

  @Test func aQuoteBrokenByAnAttributionStaysOneVersion() throws {
    let analysis = analyze([
      """
      The mayor spoke at the harbour on Monday.

      “We will rebuild the old harbour bridge before the first frost of winter arrives,” the \
      mayor told the crowd on Monday. “It will not be easy.”

      The council meets again next week.
      """,
      """
      Repairs were promised on Monday.

      “We will rebuild the old harbour bridge before the first frost of winter arrives. It will \
      not be easy,” the mayor said.

      Residents welcomed the news.
      """,
    ])
    let statement = try #require(analysis.statements.first)
    #expect(analysis.statements.count == 1)
    for text in texts(of: statement, in: analysis) {
      #expect(text.contains("rebuild the old harbour bridge"))
      #expect(text.contains("It will not be easy"))
    }
  }

  @Test func unquotedOrFarWordsDoNotContinueAQuote() throws {
    let analysis = analyze([
      """
      “We will rebuild the old harbour bridge before the first frost of winter arrives,” the \
      mayor said. It will not be easy, critics replied.
      """,
      """
      “We will rebuild the old harbour bridge before the first frost of winter arrives,” the \
      mayor said. It will not be easy, engineers warned.
      """,
    ])
    let statement = try #require(analysis.statements.first)
    for text in texts(of: statement, in: analysis) {
      #expect(!text.contains("It will not be easy"), "the reporter's words are not the quote's")
    }
  }

  @Test func theLinksFoundAreMarkedAsContinuations() {
    let articles = [
      article("“We shall stay. It will not be easy,” he said.\n", id: "a1"),
      article("“We shall stay,” he said. “It will not be easy.”\n", id: "a2"),
    ]
    let corpus = Corpus(articles: articles, lexicon: sharedLexicon)
    let stay = PassageLink(
      firstArticle: 0, firstWords: 0..<3, secondArticle: 1, secondWords: 0..<3, score: 1,
      sentenceShare: 1)
    let found = QuoteContinuation(corpus: corpus).links(continuing: [stay])
    #expect(found.count == 1)
    #expect(found.first?.isContinuation == true)
    #expect(
      found.first.map { $0.firstWords.map(corpus.articles[0].norm(ofWord:)) } == [
        "it", "will", "not", "be", "easy",
      ])
  }
}
