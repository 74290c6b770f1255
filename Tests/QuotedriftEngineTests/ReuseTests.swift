import Foundation
import Testing

@testable import QuotedriftEngine

/// Text-reuse alignment (`quotedrift reuse`): verbatim copies bounded run by run, reworded and
/// reordered stretches found as regions, summaries told apart, unrelated articles left alone.
@Suite struct ReuseTests {
  static let copied = """
    The city council voted on Tuesday to close the old harbour bridge to heavy lorries from next \
    spring, after engineers found corrosion in three of its steel supports. Repairs are expected \
    to take two years and to cost about forty million pounds, which the council hopes to share \
    with the regional transport authority. Residents of the eastern districts complained that the \
    detour will add half an hour to every delivery.
    """

  static let unrelatedBefore = """
    Farmers in the valley reported an early harvest this year. Apple growers said the warm \
    weather in April had helped the blossom, and cherry prices fell at the weekly market. \
    Several families opened their orchards to visitors for the first time.
    """

  static let unrelatedAfter = """
    In sport, the local football club signed a new goalkeeper from a second division side. The \
    coach praised his reflexes and said the squad was ready for the new season, which opens \
    with a derby against the neighbouring town.
    """

  func regions(_ first: String, _ second: String) -> [ReuseRegion] {
    let articles = [
      article(first, path: "first.txt", id: "a1"), article(second, path: "second.txt", id: "a2"),
    ]
    let corpus = Corpus(articles: articles, lexicon: sharedLexicon)
    return ReuseAligner(corpus: corpus).regions(between: 0, and: 1)
  }

  func text(of bytes: Range<Int>, in source: String) -> String {
    String(decoding: Array(source.utf8)[bytes], as: UTF8.self)
  }

  @Test func aVerbatimCopyIsOneRegionBoundedExactly() {
    let source = "Harbour bridge to close.\n\n" + Self.copied + "\n"
    let copy =
      "Morning news.\n\n" + Self.unrelatedBefore + "\n\n" + Self.copied + "\n\n"
      + Self.unrelatedAfter
      + "\n"
    let found = regions(copy, source)
    #expect(found.count == 1)
    guard let region = found.first else { return }
    #expect(region.kind == .verbatim)
    #expect(region.similarity == 1)
    #expect(text(of: region.firstBytes, in: copy) == Self.copied)
    #expect(text(of: region.secondBytes, in: source) == Self.copied)
  }

  @Test func shuffledAndRewordedSentencesStillAlign() {
    let reworded = """
      On Tuesday the council of the city voted to shut the old bridge of the harbour to heavy \
      lorries from next spring, after corrosion was found by engineers in three steel supports. \
      The repairs are expected to take about two years and cost forty million pounds, which the \
      council hopes the regional transport authority will share. The detour will add half an \
      hour to each delivery, residents of eastern districts complained.
      """
    let copy =
      "Morning news.\n\n" + Self.unrelatedBefore + "\n\n" + reworded + "\n\n"
      + Self.unrelatedAfter + "\n"
    let source = "Harbour bridge to close.\n\n" + Self.copied + "\n"
    let found = regions(copy, source)
    #expect(found.count == 1)
    guard let region = found.first else { return }
    #expect(region.kind == .paraphrase)
    #expect(text(of: region.firstBytes, in: copy) == reworded)
    #expect(text(of: region.secondBytes, in: source) == Self.copied)
  }

  @Test func unrelatedArticlesShareNothing() {
    #expect(regions(Self.unrelatedBefore + "\n", Self.unrelatedAfter + "\n").isEmpty)
  }

  @Test func aShortSummaryOfALongArticleIsASummary() {
    let long = [
      Self.copied,
      """
      The bridge was opened in 1911 and carried trams until the 1960s. Engineers inspect it \
      every five years, and the last inspection found the corrosion spreading faster than \
      expected in the supports nearest the water, where salt spray collects.
      """,
      """
      Business owners on the eastern side of the harbour said the closure would hurt their \
      trade. A bakery owner said her vans would need to leave an hour earlier, and a haulage firm \
      said it would have to buy smaller lorries to keep using the bridge.
      """,
      """
      The council said it would publish the detour routes in January and run extra buses across \
      the western bridge while the repairs last. Cyclists and pedestrians can still use the \
      bridge throughout the works.
      """,
      """
      Opposition councillors criticised the cost and asked why the corrosion had not been found \
      at the previous inspection. The council leader said a full report on the inspections would \
      be presented at the next meeting.
      """,
    ].joined(separator: "\n\n")
    let summary = """
      Engineers found corrosion in the steel supports of the old harbour bridge, so the council \
      will close it to heavy lorries for two years of repairs costing forty million pounds. \
      Eastern residents and business owners said the detour would hurt deliveries and trade, \
      while buses will run across the western bridge.
      """
    let found = regions(
      "Summary.\n\n" + Self.unrelatedBefore + "\n\n" + summary + "\n\n" + Self.unrelatedAfter
        + "\n",
      "Harbour bridge.\n\n" + long + "\n")
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0.kind == .summary })
    let summarised = found.reduce(0) { $0 + $1.secondBytes.count }
    let summarising = found.reduce(0) { $0 + $1.firstBytes.count }
    #expect(summarised >= 3 * summarising)
  }

  @Test func cliticsAndHyphensCountAsATokenizerSplitsThem() {
    #expect(SentenceBags.withoutClitic("it's") == "it")
    #expect(SentenceBags.withoutClitic("we're") == "we")
    #expect(SentenceBags.withoutClitic("don't") == "do")
    #expect(SentenceBags.withoutClitic("o'brien") == "o")
    #expect(SentenceBags.withoutClitic("bridge") == "bridge")
    #expect(!SentenceBags.counts("of"))
    #expect(SentenceBags.counts("the"))
    let articles = [
      article("Repairs cover pre- and post-exhaust work, it's said.\n", id: "a1"),
      article("Repairs cover pre and post exhaust work, it is said.\n", id: "a2"),
      article("Repairs cover preand postexhaust work.\n", id: "a3"),
    ]
    let corpus = Corpus(articles: articles, lexicon: sharedLexicon)
    let stems = (0..<3).map { index in
      SentenceBags(article: index, corpus: corpus, settings: ReuseSettings()).units
        .flatMap { $0.stems.map(\.stem) }.sorted()
    }
    #expect(stems[0] == stems[1])
    #expect(stems[0] != stems[2])
  }

  @Test func theSampleCorpusShowsTheButlerStatementReused() {
    let corpus = sampleAnalysis.corpus
    let found = ReuseFinder.regions(in: corpus)
    let butler = found.filter { region in
      [region.firstArticle, region.secondArticle].allSatisfy { article in
        let bytes = region.firstArticle == article ? region.firstBytes : region.secondBytes
        let text = String(decoding: corpus.articles[article].bytes[bytes], as: UTF8.self)
        return text.contains("in keeping with these duties")
          || text.contains("in accordance with these duties")
      }
    }
    let pairs = Set(butler.map { [$0.firstArticle, $0.secondArticle] })
    #expect(pairs.contains([0, 1]))
    #expect(pairs.contains([0, 2]))
  }
}
