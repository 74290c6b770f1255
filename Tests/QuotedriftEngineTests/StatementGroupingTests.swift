import Foundation
import Testing

@testable import QuotedriftEngine

/// How matched passages become statements: pieces copied together are one statement, pieces one
/// article merely runs back to back are not; the reference; the speaker.
@Suite struct StatementGroupingTests {
  static let firstQuote =
    "The chairman regularly communicates with defense chiefs across the world, including China and Russia."
  static let secondQuote =
    "All calls from the chairman to his counterparts are staffed, coordinated and communicated with the department."
  static let otherQuote =
    "The harvest festival attracted thousands of farmers selling apples, pumpkins and cider from wooden carts."

  @Test func piecesCopiedTogetherByTwoArticlesAreOneStatement() {
    let analysis = analyze([
      "Opening about the weather.\n\n\(Self.firstQuote) \(Self.secondQuote)",
      "Opening about football.\n\n\(Self.firstQuote)\n\n\(Self.secondQuote)",
    ])
    #expect(analysis.statements.count == 1)
    #expect(analysis.statements[0].versions.allSatisfy { $0.passages.count == 1 })
  }

  @Test func quotesOneArticleRunsBackToBackStayTwoStatements() {
    let analysis = analyze([
      "Opening about the weather.\n\n\(Self.firstQuote) \(Self.otherQuote)",
      "Opening about football.\n\n\(Self.firstQuote)",
      "Opening about markets.\n\n\(Self.otherQuote)",
    ])
    #expect(analysis.statements.count == 2)
  }

  static let ownSentence =
    "Residents of the valley, who have followed the negotiations for many months with growing impatience, gathered outside the town hall."

  @Test func aSummarySkippingASentenceOfItsOwnIsOneStatementUnlessAnotherOutletSeparatesIt() {
    let filler = (1...6).map {
      "Paragraph \($0) of the source covers unrelated local matters at length."
    }
    let source =
      "Source opening.\n\n\(Self.firstQuote)\n\n\(filler.joined(separator: "\n\n"))\n\n\(Self.secondQuote)"
    let summary = "Summary opening.\n\n\(Self.firstQuote) \(Self.ownSentence) \(Self.secondQuote)"
    #expect(analyze([summary, source]).statements.count == 1)
    var strict = MatchingSettings()
    strict.maximumInseparableGapWords = strict.maximumPieceGapWords
    #expect(analyze([summary, source], settings: strict).statements.count == 2)
    let onlyFirst = "Another outlet.\n\n\(Self.firstQuote)"
    #expect(analyze([summary, source, onlyFirst]).statements.count == 2)
  }

  @Test func clausesInAnotherOrderAreOneStatement() throws {
    let analysis = analyze([
      "One.\n\nCIA Director George Tenet said the two men were \"defined by dedication and courage.\"",
      "Two.\n\n\"They were defined by dedication and courage,\" said the CIA's director George Tenet.",
    ])
    // The names lead one sentence and close the other: they are the speaker, and the quote the
    // statement.
    let statement = try #require(analysis.statements.first)
    #expect(analysis.statements.count == 1)
    #expect(statement.speaker?.hasSuffix("George Tenet") == true)
    for version in statement.versions {
      let article = analysis.articles[version.article]
      let text = version.passages.map { article.text($0.start..<$0.end) }.joined(separator: " ")
      #expect(text.hasPrefix("defined by dedication and courage"), "\(text)")
    }
  }

  @Test func swappedClausesMustBeLongDenseAndNextToTheRun() {
    // The run is the pairs (10, 20), (11, 21), (12, 22); the clause stands before it in the
    // first sentence and after it in the second.
    let run = [(10, 20), (11, 21), (12, 22)]
    let clause = [(5, 24), (6, 25), (7, 26)]
    #expect(SentencePairMatch.swappedClause(of: clause + run, besides: run).map(\.0) == [5, 6, 7])
    #expect(SentencePairMatch.swappedClause(of: clause.dropLast() + run, besides: run).isEmpty)
    let far = [(5, 44), (6, 45), (7, 46)]
    #expect(SentencePairMatch.swappedClause(of: far + run, besides: run).isEmpty)
    let sparse = [(0, 24), (6, 25), (9, 26)]
    #expect(SentencePairMatch.swappedClause(of: sparse + run, besides: run).isEmpty)
  }

  @Test func twoShortHeadlinesMatchingNearlyWholeAreOneStatement() {
    #expect(analyze(["Iraq violence kills 11", "Iraq violence kills seven"]).statements.count == 1)
    #expect(
      analyze([
        "5 people buried in Colorado avalanche", "5 snowboarders killed in Colorado avalanche",
      ])
      .statements.count == 1)
  }

  @Test func aPlaceAdjectiveMatchesItsPlaceAsAnInflection() {
    let analysis = analyze([
      "Tunisian opposition leader shot dead", "Tunisia opposition leader shot dead",
    ])
    #expect(analysis.statements.count == 1)
    let kinds = analysis.statements.flatMap { statement in
      statement.versions.flatMap { $0.passages.flatMap { $0.drift.map(\.kind) } }
    }
    #expect(kinds.contains(.inflection))
    #expect(!kinds.contains(.reworded))
  }

  @Test func sentencesNamingDifferentPlacesAreNoStatement() {
    let russian = "General Mark Milley spoke with Russia's top military official on Tuesday."
    let chinese = "General Mark Milley made secret contact with the top Chinese military official."
    #expect(analyze(["One.\n\n\(russian)", "Two.\n\n\(chinese)"]).statements.isEmpty)
    #expect(
      analyze(["One.\n\n\(russian)", "Two.\n\n\(russian.replacing("Russia's", with: "Russian"))"])
        .statements.count == 1)
  }

  @Test func aPlaceAndTheCountryHoldingItDoNotConflict() {
    #expect(
      analyze([
        "Bomb explodes at Greek shopping mall, two people injured",
        "Bomb explodes at Athens shopping mall, 2 wounded",
      ]).statements.count == 1)
  }

  @Test func aFewSharedWordsOfTwoLongSentencesAreNoStatement() {
    let first =
      "After the storm the council said the old stone bridge over the river would stay closed until engineers finished a full inspection next spring."
    let second =
      "Farmers near the coast worried that the old stone bridge over the river would stay closed, while tourists kept arriving in record numbers all summer."
    #expect(analyze(["One.\n\n\(first)", "Two.\n\n\(second)"]).statements.isEmpty)
    var lenient = MatchingSettings()
    lenient.minimumLonePairShare = 0
    #expect(
      analyze(["One.\n\n\(first)", "Two.\n\n\(second)"], settings: lenient).statements.count == 1)
  }

  @Test func aShortLineTwoPagesShareIsNoStatement() {
    let texts = [
      "One.\n\nRelated news stories.\n\nThe mayor opened a new library on Monday.",
      "Two.\n\nRelated news stories.\n\nFarmers sold pumpkins at the market.",
    ]
    #expect(analyze(texts).statements.isEmpty)
    var lenient = MatchingSettings()
    lenient.minimumStatementWords = 0
    #expect(analyze(texts, settings: lenient).statements.count == 1)
  }

  @Test func titleCaseHeadlinesMatchOnTheirWordsNotAsNames() {
    let texts = [
      "One.\n\nSaudi Women Allowed To Compete At Olympics For The First Time",
      "Two.\n\nSaudi women allowed to compete at the Olympics for the first time",
    ]
    #expect(analyze(texts).statements.count == 1)
  }

  @Test func aTitleOneOutletCapitalisesIsANameInTheOther() {
    let texts = [
      "One.\n\nIt is the duty of every chairman of the joint chiefs to obey the law.",
      "Two.\n\nThe Chairman of the Joint Chiefs met reporters on Monday.",
    ]
    var lenient = MatchingSettings()
    lenient.minimumLonePairShare = 0
    #expect(analyze(texts, settings: lenient).statements.isEmpty)
  }

  @Test func aStatementNeedsEnoughEvidenceInAll() {
    let texts = ["One.\n\n\(Self.firstQuote)", "Two.\n\n\(Self.firstQuote)"]
    #expect(analyze(texts).statements.count == 1)
    var demanding = MatchingSettings()
    demanding.minimumStatementEvidence = 50
    // The paraphrase model's verdict on the whole sentences is evidence enough.
    #expect(analyze(texts, settings: demanding).statements.count == 1)
    demanding.minimumParaphraseProbability = 1.01
    #expect(analyze(texts, settings: demanding).statements.isEmpty)
  }

  @Test func aVersionMaySplitTheStatementIntoPassages() {
    let analysis = analyze([
      "Intro about rain.\n\n\(Self.firstQuote) \(Self.secondQuote)",
      "Intro about snow.\n\n\(Self.firstQuote) \(Self.secondQuote)",
      "Intro about wind.\n\n\(Self.firstQuote)\n\nA reporter then described the long history of the department and its many buildings in great detail.\n\n\(Self.secondQuote)",
    ])
    #expect(analysis.statements.count == 1)
    let split = analysis.statements[0].versions.first { $0.article == 2 }!
    #expect(split.passages.count == 2)
    #expect(split.kept == 1 && split.exact == 1)
  }

  @Test(arguments: [("2021-09-16", "2021-09-15"), ("September 16, 2021", "Sep. 15, 2021")])
  func theEarliestDatedVersionIsTheReference(laterDate: String, earlierDate: String) {
    let later = ArticleLoader.parse(
      bytes: Array(
        "---\ntitle: Later\ndate: \(laterDate)\n---\n\(Self.firstQuote) \(Self.secondQuote)\n".utf8),
      path: "later.md"
    ).article!
    var earlier = ArticleLoader.parse(
      bytes: Array(
        "---\ntitle: Earlier\ndate: \(earlierDate)\n---\nThe chairman communicates with defense chiefs across the world, including China.\n"
          .utf8),
      path: "earlier.md"
    ).article!
    earlier.id = "a2"
    let analysis = Analysis(articles: [later, earlier], lexicon: sharedLexicon)
    #expect(analysis.statements.count == 1)
    #expect(analysis.statements[0].reference.article == 1)
    #expect(analysis.statements[0].referenceBasis == .earliest, "written dates count as dates")
  }

  @Test func withoutDatesTheMostCompleteVersionIsTheReference() {
    let analysis = analyze([
      "Intro about rain.\n\nThe chairman communicates with defense chiefs across the world.",
      "Intro about snow.\n\n\(Self.firstQuote) \(Self.secondQuote)",
      "Intro about wind.\n\n\(Self.firstQuote) \(Self.secondQuote)",
    ])
    #expect(analysis.statements.count == 1)
    #expect(analysis.statements[0].reference.article != 0)
  }

  @Test func amongEquallyCompleteVersionsTheOneTheOthersKeepMostIsTheReference() {
    // Each version changes one word of the original; the original keeps the most of both.
    let original =
      "The chairman spoke with his counterpart twice in the final months of the administration "
      + "to reassure him."
    let analysis = analyze([
      "Intro about rain.\n\n" + original.replacingOccurrences(of: "final", with: "last"),
      "Intro about snow.\n\n" + original,
      "Intro about wind.\n\n" + original.replacingOccurrences(of: "months", with: "weeks"),
    ])
    #expect(analysis.statements.count == 1)
    #expect(analysis.statements.first?.versions.count == 3)
    #expect(analysis.statements.first?.reference.article == 1)
    #expect(analysis.statements.first?.referenceBasis == .mostComplete)
  }

  @Test func theSpeakerIsTheNameMostVersionsAttributeItTo() {
    let analysis = analyze([
      "Joint Staff spokesperson Col. Dave Butler said in a statement:\n\n\(Self.firstQuote)",
      "“\(Self.firstQuote)” Butler said on Wednesday.",
      "According to Butler, \(Self.firstQuote.prefix(1).lowercased() + Self.firstQuote.dropFirst())",
    ])
    #expect(analysis.statements.count == 1)
    #expect(analysis.statements[0].speaker == "Col. Dave Butler")
    #expect(analysis.statements[0].label == "Col. Dave Butler")
  }

  @Test func anUnattributedStatementIsLabelledByItsOpeningWords() {
    let analysis = analyze(["Rain.\n\n\(Self.firstQuote)", "Snow.\n\n\(Self.firstQuote)"])
    #expect(analysis.statements[0].speaker == nil)
    #expect(
      analysis.statements[0].label
        == "The chairman regularly communicates with defense chiefs across…")
  }
}
