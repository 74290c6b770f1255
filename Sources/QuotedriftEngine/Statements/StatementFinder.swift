/// The engine's front door: finds every statement that two or more articles carry, and collates
/// each against its reference.
public struct Analysis: Sendable {
  /// The articles, in corpus order.
  public let articles: [Article]
  public private(set) var statements: [Statement]
  let lexicon: Lexicon
  private let context: AnalysisContext

  /// The articles prepared for matching (prepared on first use by a restored analysis).
  public var corpus: Corpus { context.corpus }
  var similarity: WordSimilarity { context.similarity }
  var settings: MatchingSettings { context.settings }

  /// Finds the statements of `articles`, telling `progress` how matching goes.
  public init(
    articles: [Article], lexicon: Lexicon, settings: MatchingSettings = MatchingSettings(),
    progress: AnalysisProgress? = nil
  ) {
    let settings = settings.scaled()
    let corpus = StageTimes.measure("corpus") {
      Corpus(articles: articles, lexicon: lexicon)
    }
    var similarity = WordSimilarity(vocabulary: corpus.vocabulary, wordNet: lexicon.wordNet)
    var matcher = PassageMatcher(corpus: corpus, settings: settings)
    matcher.progress = progress
    var links = StageTimes.measure("matching") { matcher.links(similarity: &similarity) }
    links += StageTimes.measure("quote continuations") {
      QuoteContinuation(corpus: corpus).links(continuing: links)
    }
    let chainer = StatementChainer(corpus: corpus, settings: settings)
    let (groups, passageSets) = StageTimes.measure("chaining") {
      let groups = chainer.statements(from: chainer.pieces(from: links))
      return (groups, groups.map { chainer.passages(of: $0) })
    }
    var involved: [Int32] = []
    for passages in passageSets {
      for (article, ranges) in passages {
        for range in ranges { involved.append(contentsOf: corpus.terms[article][range]) }
      }
    }
    StageTimes.measure("similarity") { similarity.prepare(involved) }
    let builder = StatementBuilder(corpus: corpus, similarity: similarity, settings: settings)
    let pieceCounts = groups.map { group in
      Dictionary(group.flatMap { $0.spans.keys }.map { ($0, 1) }, uniquingKeysWith: +)
    }
    var statements = StageTimes.measure("collation") {
      Parallel.map(count: groups.count) { index in
        builder.statement(
          passages: passageSets[index], completeness: pieceCounts[index], reference: nil)
      }
    }
    statements.sort { first, second in
      if first.versions.count != second.versions.count {
        return first.versions.count > second.versions.count
      }
      let a = first.reference.passages[0]
      let b = second.reference.passages[0]
      return (a.article, a.start) < (b.article, b.start)
    }
    self.init(
      corpus: corpus,
      statements: statements.enumerated().map { index, statement in
        StatementBuilder.numbered(statement, id: "s\(index + 1)")
      }, similarity: similarity, settings: settings, lexicon: lexicon)
  }

  /// An analysis of `corpus` whose statements were found otherwise (``QuoteFinder``).
  init(
    corpus: Corpus, statements: [Statement], similarity: WordSimilarity,
    settings: MatchingSettings, lexicon: Lexicon
  ) {
    articles = corpus.articles
    self.statements = statements
    self.lexicon = lexicon
    context = AnalysisContext(corpus: corpus, similarity: similarity, settings: settings)
  }

  /// The analysis of `articles` whose `statements` an earlier run found with `settings` (a
  /// cache's): nothing is matched again.
  public init(
    restoring statements: [Statement], of articles: [Article], lexicon: Lexicon,
    settings: MatchingSettings = MatchingSettings()
  ) {
    self.articles = articles
    self.statements = statements
    self.lexicon = lexicon
    context = AnalysisContext(
      articles: articles, statements: statements, lexicon: lexicon, settings: settings.scaled())
  }

  /// The statement with `versionIndex` made the reference and every version collated again.
  public func rebased(_ statement: Statement, onVersion versionIndex: Int) -> Statement {
    let builder = StatementBuilder(corpus: corpus, similarity: similarity, settings: settings)
    var passages: [Int: [Range<Int>]] = [:]
    for version in statement.versions { passages[version.article] = version.passages.map(\.words) }
    let rebuilt = builder.statement(
      passages: passages, completeness: [:], reference: statement.versions[versionIndex].article)
    return StatementBuilder.numbered(rebuilt, id: statement.id)
  }
}
