import Testing

@testable import QuotedriftEngine

@Suite struct FolderSearchTests {
  static let samples = FolderSearch(articles: sampleAnalysis.corpus.articles)

  func texts(_ hits: [SearchHit], in search: FolderSearch) -> [String] {
    hits.map { search.articles[$0.article].text($0.bytes) }
  }

  @Test func strategicStabilityIsInTheFirstFourSampleArticles() {
    let search = Self.samples
    let hits = search.hits(of: "strategic stability")
    let paths = Set(hits.map { search.articles[$0.article].path.split(separator: "/").last! })
    #expect(
      paths == [
        "000_072c7aa62f21f068.txt", "001_8edeff3be66b5690.txt", "002_76383ebcc53da65e.txt",
        "003_eebd3f05e970faac.txt",
      ])
    #expect(hits.count == 6, "000 has it three times (the title, twice in the text)")
    #expect(Set(texts(hits, in: search).map { $0.lowercased() }) == ["strategic stability"])
    #expect(hits.map(\.article) == hits.map(\.article).sorted(), "article order")
  }

  @Test func aHitCarriesItsWordsAndItsSentence() throws {
    let search = Self.samples
    let hit = try #require(search.hits(of: "reducing tensions, providing clarity").first)
    let article = search.articles[hit.article]
    #expect(article.path.hasSuffix("001_8edeff3be66b5690.txt"))
    #expect(article.wordTexts(hit.words) == ["reducing", "tensions", "providing", "clarity"])
    let sentence = article.text(hit.sentence)
    #expect(sentence.hasPrefix("These conversations remain vital"))
    #expect(sentence.hasSuffix("avoiding unintended consequences or conflict."))
    #expect(hit.sentence.contains(hit.bytes.lowerBound))
  }

  @Test func caseQuotesApostrophesAndDashesFold() {
    let search = FolderSearch(articles: [
      article("Title\n\n“Lowering Tensions” was Milley’s aim – said one officer.\n")
    ])
    #expect(texts(search.hits(of: "\"lowering tensions\""), in: search) == ["“Lowering Tensions”"])
    #expect(texts(search.hits(of: "MILLEY'S AIM"), in: search) == ["Milley’s aim"])
    #expect(texts(search.hits(of: "aim - said"), in: search) == ["aim – said"])
    #expect(texts(search.hits(of: "  milley’s\n aim "), in: search) == ["Milley’s aim"])
  }

  @Test func onlyWholeWordsMatch() {
    let search = FolderSearch(articles: [article("Title\n\nStrategic stabilities and stability.\n")]
    )
    #expect(search.hits(of: "strategic stab").isEmpty)
    #expect(search.hits(of: "tability").isEmpty)
    #expect(texts(search.hits(of: "stability"), in: search) == ["stability"])
  }

  @Test func aPhraseWithoutWordsOrALimitOfNoneFindsNothing() {
    let search = Self.samples
    #expect(search.hits(of: "").isEmpty)
    #expect(search.hits(of: " “ – ").isEmpty)
    #expect(search.hits(of: "Milley", limit: 0).isEmpty)
    #expect(search.hits(of: "Milley", limit: 3).count == 3)
  }

  @Test func offsetsPointIntoTheArticleBytesPastMultiByteCharacters() throws {
    let text = "Titel\n\nÜber “Straße” – naïve café’s ÉTÉ.\n"
    let search = FolderSearch(articles: [article(text)])
    #expect(texts(search.hits(of: "straße"), in: search) == ["Straße"])
    #expect(texts(search.hits(of: "café's été"), in: search) == ["café’s ÉTÉ"])
    let hit = try #require(search.hits(of: "über \"straße\"").first)
    #expect(search.articles[0].text(hit.bytes) == "Über “Straße”")
    #expect(search.articles[0].wordTexts(hit.words) == ["Über", "Straße"])
  }

  @Test func frontMatterIsNotSearched() {
    let search = FolderSearch(articles: [
      article("---\ntitle: Secret words\noutlet: Wire\n---\nBody text here.\n", path: "a.md")
    ])
    #expect(search.hits(of: "secret words").isEmpty)
    #expect(texts(search.hits(of: "body text"), in: search) == ["Body text"])
  }
}
