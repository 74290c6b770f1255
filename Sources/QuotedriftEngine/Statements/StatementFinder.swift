/// The engine's front door: finds every statement that two or more articles carry, and collates
/// each against its reference.
public struct Analysis: Sendable {
  public let corpus: Corpus
  public private(set) var statements: [Statement]
  let similarity: WordSimilarity
  let settings: MatchingSettings

  /// Finds the statements of `articles`, taking what `reuse` holds from earlier runs instead of
  /// matching it again, reporting how far matching got to `progress`, and handing what matching
  /// found to `record` (for a cache: see QuotedriftCache).
  public init(
    articles: [Article], lexicon: Lexicon, settings: MatchingSettings = MatchingSettings(),
    reuse: MatchingReuse = MatchingReuse(), progress: AnalysisProgress? = nil,
    record: (MatchingRecord) -> Void = { _ in }
  ) {
    let settings = settings.scaled()
    let corpus = Corpus(articles: articles, stemmer: lexicon.stemmer)
    var similarity = WordSimilarity(vocabulary: corpus.vocabulary, wordNet: lexicon.wordNet)
    let links: [PassageLink]
    if let reused = reuse.links {
      links = reused
      record(MatchingRecord(links: links, rejectedPairs: [], matched: false))
    } else {
      var matcher = PassageMatcher(corpus: corpus, settings: settings)
      matcher.knownRejections = reuse.rejectedPairs
      matcher.progress = progress
      var rejected: [SentencePair] = []
      links = matcher.links(similarity: &similarity, rejected: &rejected)
      record(MatchingRecord(links: links, rejectedPairs: rejected, matched: true))
    }
    let chainer = StatementChainer(corpus: corpus, settings: settings)
    let groups = chainer.statements(from: chainer.pieces(from: links))
    let passageSets = groups.map { chainer.passages(of: $0) }
    var involved: [Int32] = []
    for passages in passageSets {
      for (article, ranges) in passages {
        for range in ranges { involved.append(contentsOf: corpus.terms[article][range]) }
      }
    }
    similarity.prepare(involved)
    let builder = StatementBuilder(corpus: corpus, similarity: similarity, settings: settings)
    let pieceCounts = groups.map { group in
      Dictionary(group.flatMap { $0.spans.keys }.map { ($0, 1) }, uniquingKeysWith: +)
    }
    var statements = Parallel.map(count: groups.count) { index in
      builder.statement(
        passages: passageSets[index], completeness: pieceCounts[index], reference: nil)
    }
    statements.sort { first, second in
      if first.versions.count != second.versions.count {
        return first.versions.count > second.versions.count
      }
      let a = first.reference.passages[0]
      let b = second.reference.passages[0]
      return (a.article, a.start) < (b.article, b.start)
    }
    self.corpus = corpus
    self.similarity = similarity
    self.settings = settings
    self.statements = statements.enumerated().map { index, statement in
      StatementBuilder.numbered(statement, id: "s\(index + 1)")
    }
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
