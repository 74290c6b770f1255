import QuotedriftEngine

/// What the screens look up again and again, computed once per analysis: which statements each
/// article carries, and how each word of a passage drifted.
public struct ReaderIndex: Sendable {
  public let analysis: Analysis
  /// For each article, the indices of the statements it carries, in statement order.
  public let statementsByArticle: [[Int]]
  /// For each article, its words that lie in passages: the statement and the drift.
  public let passageWords: [[Int: (statement: Int, kind: DriftKind)]]

  public init(analysis: Analysis) {
    self.analysis = analysis
    let articleCount = analysis.corpus.articles.count
    var byArticle = [[Int]](repeating: [], count: articleCount)
    var words = [[Int: (statement: Int, kind: DriftKind)]](repeating: [:], count: articleCount)
    for (index, statement) in analysis.statements.enumerated() {
      for version in statement.versions {
        byArticle[version.article].append(index)
        for passage in version.passages {
          for drift in passage.drift { words[version.article][drift.word] = (index, drift.kind) }
        }
      }
    }
    statementsByArticle = byArticle
    passageWords = words
  }

  public var articles: [Article] { analysis.corpus.articles }
  public var statements: [Statement] { analysis.statements }

  /// The article that shares most statements with `article`, if any shares one.
  public func bestPartner(of article: Int) -> Int? {
    var counts: [Int: Int] = [:]
    for statement in statementsByArticle[article] {
      for version in analysis.statements[statement].versions where version.article != article {
        counts[version.article, default: 0] += 1
      }
    }
    return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
  }
}
