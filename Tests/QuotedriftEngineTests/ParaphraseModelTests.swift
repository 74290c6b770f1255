import Testing

@testable import QuotedriftEngine

/// The paraphrase model: its features as the published whole-sentence judges read them, and
/// its verdict on versions that restate a statement or share part of it.
@Suite struct ParaphraseModelTests {
  func features(_ first: String, _ second: String) -> (ParaphraseFeatures, Double) {
    let articles = [article(first + "\n", id: "a1"), article(second + "\n", id: "a2")]
    let corpus = Corpus(articles: articles, lexicon: sharedLexicon)
    let features = ParaphraseFeatures.ofWholeArticles(
      corpus: corpus, wordNet: sharedLexicon.wordNet)
    return (features, ParaphraseModel.probability(features))
  }

  @Test func ngramPrecisionsCountBothDirections() {
    let (p, q) = ParaphraseFeatures.ngramPrecisions([1, 2, 3, 4], [1, 2, 3], n: 2)
    #expect(p == 2.0 / 3.0)
    #expect(q == 1)
    #expect(ParaphraseFeatures.ngramPrecisions([1], [1, 2], n: 2) == (0, 0))
    #expect(BitParallelSequences([1, 2, 9, 3]).commonSubsequence(with: [1, 5, 2, 3]) == 3)
  }

  @Test func identicalSentencesScoreHighestAndNumbersAreRead() {
    let (same, sameProbability) = features(
      "The bank raised its interest rate to 5 percent on Monday.",
      "The bank raised its interest rate to 5 percent on Monday.")
    #expect(same.values[0] == 1 && same.values[7] == 1)
    #expect(same.values[12] == 0, "the same numbers")
    let (other, _) = features(
      "The bank raised its interest rate to 5 percent on Monday.",
      "The bank raised its interest rate to 6 percent on Monday.")
    #expect(other.values[12] == 1, "numbers differ")
    let (_, unrelated) = features(
      "The bank raised its interest rate to 5 percent on Monday.",
      "Heavy snow closed the mountain pass for a second day.")
    #expect(sameProbability > 0.9)
    #expect(unrelated < 0.1)
  }

  @Test func editDistanceCountsWordsInsertedDeletedOrReplaced() {
    #expect(BitParallelSequences([1, 2, 3]).editDistance(from: [1, 2, 3]) == 0)
    #expect(BitParallelSequences([1, 9, 3, 4]).editDistance(from: [1, 2, 3]) == 2)
    #expect(BitParallelSequences([1, 2]).editDistance(from: []) == 2)
  }

  @Test func synonymsNamesAndNegationsAreRead() {
    func value(_ name: String, _ features: ParaphraseFeatures) -> Double {
      features.values[ParaphraseFeatures.names.firstIndex(of: name)!]
    }
    let (reworded, _) = features(
      "The talks aimed at reducing tensions between the two armies.",
      "The talks aimed at lowering tensions between the two armies.")
    #expect(value("related_low", reworded) == 1, "every content word has a partner")
    #expect(value("synonym_only", reworded) == 2, "reducing and lowering, both ways")
    let (renamed, _) = features(
      "Officials in Paris said the talks had failed.",
      "Officials in Madrid said the talks had failed.")
    #expect(value("unshared_names", renamed) == 2)
    let (negated, _) = features(
      "The minister said the bridge would open in spring.",
      "The minister said the bridge would not open in spring.")
    #expect(value("negations_differ", negated) == 1)
  }

  @Test func aRestatementIsTheSameStatementAndATrimmedQuoteIsPartOfIt() throws {
    let analysis = analyze([
      "The minister said the new bridge across the river would open to traffic next spring.",
      "The minister said the new bridge across the river would open to traffic next spring.",
      """
      The minister said the new bridge across the river would open to traffic next spring, \
      although engineers warned that the budget had doubled and the contractor had gone \
      bankrupt twice since the works began.
      """,
    ])
    let statement = try #require(analysis.statements.first)
    let verdicts = Dictionary(
      uniqueKeysWithValues: statement.versions.map { ($0.article, $0.sameStatement) })
    let reference = statement.versions[statement.referenceIndex].article
    #expect(verdicts[reference]! == nil)
    let others = verdicts.filter { $0.key != reference }
    #expect(others.count == 2)
    #expect(others.values.contains { ($0 ?? 0) >= 0.5 }, "the verbatim copy restates it")
    #expect(others.values.contains { ($0 ?? 1) < 0.5 }, "the long sentence only shares part")
  }
}
