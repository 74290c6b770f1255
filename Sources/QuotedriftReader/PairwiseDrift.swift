import QuotedriftEngine

/// How each column's words drifted from the column it is compared with on screen, never from a
/// reference that is not shown: with two columns each against the other; with more, the first
/// against the second and every other against the first (or, for a statement a column's
/// partner lacks, the first column that carries it). A statement no other column carries is
/// tinted without drift. Each collation of one version against another is done once.
struct PairwiseDrift {
  let index: ReaderIndex
  private var collated: [Pair: [WordDrift]] = [:]

  struct Pair: Hashable {
    var statement: Int
    var article: Int
    var partner: Int
  }

  init(index: ReaderIndex) { self.index = index }

  /// For each column, its passage words: the statement and the drift against its partner.
  mutating func words(articles: [Int], shared: [Int]) -> [[Int: (
    statement: Int, kind: DriftKind
  )]] {
    let shared = Set(shared)
    let carried = articles.map { Set(index.statementsByArticle[$0]) }
    var result: [[Int: (statement: Int, kind: DriftKind)]] = []
    for column in articles.indices {
      let article = articles[column]
      var words = index.passageWords[article].mapValues {
        (statement: $0.statement, kind: DriftKind.same)
      }
      guard articles.count > 1 else {
        result.append(words)
        continue
      }
      let partners = (column == 0 ? [] : [0]) + articles.indices.filter { $0 != column && $0 != 0 }
      for statement in index.statementsByArticle[article] where shared.contains(statement) {
        guard let partner = partners.first(where: { carried[$0].contains(statement) }),
          articles[partner] != article
        else { continue }
        let drift = self.drift(of: article, against: articles[partner], in: statement)
        for word in drift { words[word.word] = (statement, word.kind) }
      }
      result.append(words)
    }
    return result
  }

  /// The drift of `article`'s version of statement `number` collated against `partner`'s
  /// version: the reference words it points at are `partner`'s words.
  mutating func drift(of article: Int, against partner: Int, in number: Int) -> [WordDrift] {
    let pair = Pair(statement: number, article: article, partner: partner)
    if let drift = collated[pair] { return drift }
    let drift = collate(article, against: partner, in: index.statements[number])
    collated[pair] = drift
    return drift
  }

  private func collate(_ article: Int, against partner: Int, in statement: Statement)
    -> [WordDrift]
  {
    if statement.reference.article == partner {
      return statement.versions.first { $0.article == article }?.passages.flatMap(\.drift) ?? []
    }
    var pair = statement
    pair.versions = statement.versions.filter { $0.article == article || $0.article == partner }
    pair.referenceIndex = 0
    guard pair.versions.count == 2,
      let partnerVersion = pair.versions.firstIndex(where: { $0.article == partner })
    else { return [] }
    let rebased = index.analysis.rebased(pair, onVersion: partnerVersion)
    return rebased.versions.first { $0.article == article }?.passages.flatMap(\.drift) ?? []
  }
}
