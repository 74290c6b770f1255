import Foundation
import Testing

@testable import QuotedriftEngine

/// Who each version credits, whether it quotes, and the flags that raises: on the sample corpus
/// (the facts issue 13 names) and on small articles written for each case.
@Suite struct SampleAttributionTests {
  let analysis = sampleAnalysis
  var corpus: Corpus { analysis.corpus }

  func articleIndex(_ prefix: String) -> Int {
    corpus.articles.firstIndex { ($0.path as NSString).lastPathComponent.hasPrefix(prefix) }!
  }

  var butler: Statement {
    analysis.statements.first { $0.speaker == "Col. Dave Butler" && $0.versions.count >= 4 }!
  }

  func version(_ statement: Statement, _ prefix: String) -> StatementVersion {
    statement.versions.first { $0.article == articleIndex(prefix) }!
  }

  func text(of words: [Int], in prefix: String) -> String {
    let article = corpus.articles[articleIndex(prefix)]
    return words.map { article.text(ofWord: $0) }.joined(separator: " ")
  }

  @Test(arguments: ["000", "001", "002"])
  func theButlerStatementIsCreditedToButler(article: String) {
    let attribution = version(butler, article).attribution
    #expect(attribution.map { Attribution.sameSpeaker($0.speaker, "Col. Dave Butler") } == true)
    #expect(attribution?.kind == .name)
    #expect(!version(butler, article).flags.contains(.attribution))
  }

  @Test func article003CreditsJohnKirbyAndIsFlagged() {
    let kirby = version(butler, "003")
    #expect(kirby.attribution?.speaker == "John Kirby")
    let flagged = kirby.flagged.first { $0.flag == .attribution }
    #expect(flagged.map { text(of: $0.words, in: "003").hasPrefix("John Kirby") } == true)
  }

  @Test func aMisspeltSurnameIsTheSameSpeaker() {
    let attribution = version(butler, "002").attribution
    #expect(
      attribution.map { corpus.articles[articleIndex("002")].text($0.start..<$0.end) }
        == "According to Bulter")
    #expect(attribution?.speaker == "Col. Dave Butler")
  }

  @Test func theSpokeswomanIsTheSpokespersonNamedBefore() {
    let spokeswoman = version(butler, "000").attributions.first {
      corpus.articles[articleIndex("000")].text($0.start..<$0.end).hasSuffix("the spokeswoman")
    }
    #expect(spokeswoman?.kind == .description)
    #expect(spokeswoman.map { Attribution.sameSpeaker($0.speaker, "Butler") } == true)
  }

  @Test func theReportersWordsAreAttributionNotDrift() {
    let article = corpus.articles[articleIndex("000")]
    let drift = version(butler, "000").passages.flatMap(\.drift)
    for word in ["according", "Butler", "continued", "spokeswoman"] {
      let kinds = Set(drift.filter { article.text(ofWord: $0.word) == word }.map(\.kind))
      #expect(kinds == [.attribution], "\(word)")
    }
    for version in butler.versions {
      let article = corpus.articles[version.article]
      let added = version.passages.flatMap(\.drift).filter { $0.kind == .added }.map {
        article.text(ofWord: $0.word)
      }
      #expect(Set(added).isDisjoint(with: ["according", "continued", "Butler"]), "\(article.path)")
    }
  }

  @Test(arguments: ["000", "002"])
  func paraphrasedQuotesAreMisquotes(article: String) {
    let misquote = version(butler, article).flagged.first { $0.flag == .misquote }
    #expect(misquote != nil)
    let words = misquote.map { text(of: $0.words, in: article) } ?? ""
    #expect(words.contains(article == "000" ? "critical" : "conversations"))
  }

  @Test func aQuoteTrimmedWithAnEllipsisIsNoMisquote() {
    let kirby = version(butler, "003")
    #expect(!kirby.flags.contains(.misquote))
    #expect(kirby.quotation == .direct)
    #expect(kirby.exact > 0.9, "every word 003 quotes is the statement's")
    #expect(kirby.kept < 0.3, "it quotes one sentence of six")
  }

  @Test func article002OpensWithAnUnquotedParaphrase() {
    let version = version(butler, "002")
    #expect(version.passages[0].pieces[0].quotation == .none)
    #expect(version.passages.flatMap(\.pieces).contains { $0.quotation == .direct })
    #expect(version.quotation == .partial)
  }

  @Test func theBlockQuoteOf001IsDirect() {
    #expect(version(butler, "001").quotation == .direct)
  }

  @Test func theReferenceEndsAtTheEndOfItsSentence() {
    let reference = butler.reference
    let article = corpus.articles[reference.article]
    let last = reference.passages.last!
    #expect(
      article.text(last.start..<last.end).hasSuffix("in light of media reporting on the subject."))
  }

  @Test func theGerasimovStatementIsCreditedToAJCSPressReleaseIn004() {
    let statement = analysis.statements.first { statement in
      Set(statement.versions.map(\.article)) == [articleIndex("002"), articleIndex("004")]
        && statement.speaker != nil
    }!
    let attribution = version(statement, "004").attribution
    #expect(attribution?.speaker == "a JCS press release")
    #expect(attribution?.kind == .source)
    #expect(!version(statement, "004").flags.contains(.attribution))
  }

  @Test func theStatementsListShowsTheLeastExactQuotation() {
    let quoting = butler.versions.filter { $0.quotation != .none }
    #expect(butler.leastExactQuotation == quoting.map(\.exact).min())
    #expect(butler.flags.contains(.misquote) && butler.flags.contains(.attribution))
  }
}

/// Attribution and quotation on articles written for each case.
@Suite struct AttributionCaseTests {
  static let quote =
    "We will rebuild the harbour wall before the winter storms arrive, and every family on the seafront will be safe again."

  /// The analysis of `texts` dated a day apart in order, so that the first is the reference.
  func analyzeDated(_ texts: [String]) -> Analysis {
    let articles = texts.enumerated().map { index, text in
      var loaded = ArticleLoader.parse(
        bytes: Array("---\ntitle: Article \(index)\ndate: 2021-09-1\(index)\n---\n\(text)\n".utf8),
        path: "t\(index).md"
      ).article!
      loaded.id = "a\(index + 1)"
      return loaded
    }
    return Analysis(articles: articles, lexicon: sharedLexicon)
  }

  /// The version of article `article` of the one statement of `texts`, the first the reference.
  func version(_ texts: [String], article: Int) -> (StatementVersion, Statement, Corpus) {
    let analysis = analyzeDated(texts)
    let statement = analysis.statements.first!
    return (statement.versions.first { $0.article == article }!, statement, analysis.corpus)
  }

  func words(_ indices: [Int], in article: Article) -> [String] {
    indices.map { article.text(ofWord: $0) }
  }

  @Test func aQuoteSplitByHeSaidIsOneDirectQuotation() {
    let texts = [
      "Mayor Jane Porter said on Monday that the town would act.\n\n“We will rebuild the harbour wall before the winter storms arrive,” she said, “and every family on the seafront will be safe again.”",
      "The council met in the evening.\n\n“\(Self.quote)” Mayor Jane Porter told reporters.",
    ]
    let (split, _, corpus) = version(texts, article: 0)
    #expect(split.quotation == .direct)
    let pronoun = split.attributions.first {
      corpus.articles[0].text($0.start..<$0.end) == "she said"
    }
    #expect(pronoun?.kind == .description)
    #expect(pronoun?.speaker == "Mayor Jane Porter")
    let kinds = split.passages.flatMap(\.drift).filter {
      ["she", "said"].contains(corpus.articles[0].text(ofWord: $0.word))
    }.map(\.kind)
    #expect(kinds == [.attribution, .attribution])
    #expect(!split.flags.contains(.misquote))
  }

  @Test func aQuoteThatGoesOnIsCreditedWhereItCloses() {
    let texts = [
      "The mayor spoke first.\n\n“\(Self.quote)” said Mayor Jane Porter.",
      "Then the council voted.\n\n“\(Self.quote) Nobody in this town will be left behind by the council,” Porter said.",
    ]
    let (goesOn, _, _) = version(texts, article: 1)
    #expect(goesOn.attribution?.speaker == "Porter")
    #expect(goesOn.quotation == .direct)
  }

  @Test func aBlockQuoteAttributedInTheSentenceBeforeIsDirect() {
    let texts = [
      "Harbour master Tom Reyes said in a statement:\n\n\(Self.quote.replacingOccurrences(of: "We will", with: "The town will"))",
      "Reporters gathered by the water.\n\nThe town will rebuild the harbour wall before the winter storms arrive, and every family on the seafront will be safe again, Reyes said.",
    ]
    let (block, _, _) = version(texts, article: 0)
    #expect(block.quotation == .direct)
    #expect(block.attribution?.speaker == "Tom Reyes")
    let (paraphrase, _, _) = version(texts, article: 1)
    #expect(paraphrase.quotation == .none)
    #expect(paraphrase.attribution?.speaker == "Reyes")
  }

  @Test func nestedQuotationMarksStayQuotedUntilTheOuterOneCloses() {
    let text =
      "“The minister told us ‘the wall will be rebuilt’ and Milley’s aides believed him,” said Ann Lee. After that he left."
    let loaded = article(text)
    func depth(_ word: String) -> Int {
      let start = loaded.words.first {
        loaded.text(ofWord: loaded.words.firstIndex(of: $0)!) == word
      }!.start
      return QuotationMarks.depth(in: loaded.bytes, from: 0, to: loaded.bytes.count, at: start)
    }
    #expect(depth("minister") == 1)
    #expect(depth("wall") == 2)
    #expect(
      depth("believed") == 1, "“Milley’s” is an apostrophe, “rebuilt’” closes the inner quote")
    #expect(depth("said") == 0)
    #expect(depth("left") == 0)
  }

  @Test(arguments: [
    "\"The minister told us 'the wall will be rebuilt' and we believed him,\" said Ann Lee.",
    "«The minister told us ‹the wall will be rebuilt› and we believed him», said Ann Lee.",
  ])
  func straightQuotesAndGuillemetsNestToo(text: String) {
    let loaded = article(text)
    let corpus = Corpus(articles: [loaded], lexicon: sharedLexicon)
    let byWord = Dictionary(
      loaded.words.indices.map { (loaded.text(ofWord: $0), Int(corpus.quoteDepths[0][$0])) },
      uniquingKeysWith: { first, _ in first })
    #expect(byWord["minister"] == 1)
    #expect(byWord["wall"] == 2)
    #expect(byWord["believed"] == 1)
    #expect(byWord["Ann"] == 0)
  }

  @Test func aQuoteLeftOpenClosesWithItsParagraph() {
    let loaded = article("“The wall will be rebuilt, she said.\n\nThe town voted.")
    let corpus = Corpus(articles: [loaded], lexicon: sharedLexicon)
    let depths = Dictionary(
      loaded.words.indices.map { (loaded.text(ofWord: $0), corpus.quoteDepths[0][$0]) },
      uniquingKeysWith: { first, _ in first })
    #expect(depths["wall"] == 1)
    #expect(depths["she"] == 1)
    #expect(depths["town"] == 0, "the next paragraph starts unquoted")
  }

  @Test func aParaphraseThatKeepsEveryWordIsExactButNoQuotation() {
    let paraphrase =
      "Then the council voted.\n\nMayor Jane Porter said that \(Self.quote.prefix(1).lowercased() + Self.quote.dropFirst())"
    let analysis = analyze([
      paraphrase, "The mayor spoke first.\n\n“\(Self.quote)” said Mayor Jane Porter.",
    ])
    let statement = analysis.statements.first!
    #expect(statement.reference.article == 1, "a quotation wins over a paraphrase as the reference")
    let version = statement.versions.first { $0.article == 0 }!
    #expect(version.quotation == .none)
    #expect(version.exact == 1)
    #expect(version.flags.isEmpty)
  }

  @Test func oneChangedWordInsideTheQuoteIsAMisquote() {
    let texts = [
      "The mayor spoke first.\n\n“\(Self.quote)” said Mayor Jane Porter.",
      "Then the council voted.\n\n“\(Self.quote.replacingOccurrences(of: "safe", with: "secure"))” Porter said.",
    ]
    let (changed, _, corpus) = version(texts, article: 1)
    let misquote = changed.flagged.first { $0.flag == .misquote }
    #expect(misquote.map { words($0.words, in: corpus.articles[1]) } == ["secure"])
    #expect(!changed.flags.contains(.attribution))
  }

  @Test func wordsLeftOutOfAQuoteNeedAnEllipsis() {
    let marked =
      "We will rebuild the harbour wall … and every family on the seafront will be safe again."
    let unmarked =
      "We will rebuild the harbour wall and every family on the seafront will be safe again."
    let reference = "The mayor spoke first.\n\n“\(Self.quote)” said Mayor Jane Porter."
    let (withEllipsis, _, _) = version(
      [reference, "Then the council voted.\n\n“\(marked)” Porter said."], article: 1)
    #expect(!withEllipsis.flags.contains(.misquote))
    let (without, _, corpus) = version(
      [reference, "Then the council voted.\n\n“\(unmarked)” Porter said."], article: 1)
    let misquote = without.flagged.first { $0.flag == .misquote }
    #expect(
      misquote.map { words($0.referenceWords, in: corpus.articles[0]) }
        == ["before", "the", "winter", "storms", "arrive"])
  }

  @Test func wordsInSquareBracketsAreTheReportersAndNoMisquote() {
    let reference = "The mayor spoke first.\n\n“\(Self.quote)” said Mayor Jane Porter."
    let bracketed = Self.quote.replacingOccurrences(
      of: "every family on the", with: "every [resident] on the [town’s]")
    let (version, _, _) = self.version(
      [reference, "Then the council voted.\n\n“\(bracketed)” Porter said."], article: 1)
    #expect(version.quotation == .direct)
    let changed = version.passages.flatMap(\.drift).filter { $0.kind != .same }.count
    #expect(changed >= 2, "the bracketed words are in the version and drift")
    #expect(!version.flags.contains(.misquote))
  }

  @Test func aStatementCreditedToTwoPeopleFlagsTheOtherName() {
    let texts = [
      "The mayor spoke first.\n\n“\(Self.quote)” said Mayor Jane Porter.",
      "Then the council voted.\n\n“\(Self.quote)” Governor Sam Ortiz said.",
    ]
    let analysis = analyzeDated(texts)
    let statement = analysis.statements.first!
    let other = statement.versions.first { $0.article != statement.reference.article }!
    #expect(
      Set(statement.versions.compactMap(\.attribution?.speaker))
        == ["Mayor Jane Porter", "Governor Sam Ortiz"])
    let flagged = other.flagged.first { $0.flag == .attribution }
    let credited = flagged.map { words($0.words, in: analysis.corpus.articles[other.article]) }
    #expect(
      credited.map {
        $0.contains(other.attribution!.speaker.split(separator: " ").last.map(String.init)!)
      } == true)
    #expect(!statement.reference.flags.contains(.attribution))
  }

  @Test func surnamesMatchUpToOneTypo() {
    #expect(AttributionFinder.similarSurnames("butler", "bulter"))
    #expect(AttributionFinder.similarSurnames("butler", "butlers"))
    #expect(!AttributionFinder.similarSurnames("butler", "cutlery"))
    #expect(!AttributionFinder.similarSurnames("kirby", "butler"))
    #expect(!AttributionFinder.similarSurnames("lee", "lea"), "short names must match exactly")
  }
}
