/// Where else a passage of an article appears (the reader's `w`): the statement it lies in, or,
/// for words that lie in no statement, the passages of other articles that match them.
public enum PassageOccurrences: Sendable {
  /// The passage lies in this statement of the analysis: its versions are where else it appears.
  case statement(Statement)
  /// The passage lies in no statement: its versions in the other articles, found by
  /// ``QuoteFinder`` with the passage as the given text (the reference); the finding's
  /// ``QuoteFinding/versionsBestFirst`` lists the best matches first.
  case matches(QuoteFinding)
}

extension Analysis {
  /// Where else words `words` of article `article` appear: the statement whose version in that
  /// article overlaps the most of them, else the passages of other articles that match them.
  /// Throws when the range holds no word.
  public func occurrences(ofWords words: Range<Int>, inArticle article: Int) throws(QuoteFinder
    .Failure) -> PassageOccurrences
  {
    let source = corpus.articles[article]
    let words = words.clamped(to: 0..<source.words.count)
    guard let first = words.first, let last = words.last else {
      throw QuoteFinder.Failure(description: "the passage has no words")
    }
    var best: (statement: Statement, overlap: Int)?
    for statement in statements {
      for version in statement.versions where version.article == article {
        let overlap = version.passages.reduce(0) { $0 + $1.words.clamped(to: words).count }
        if overlap > (best?.overlap ?? 0) { best = (statement, overlap) }
      }
    }
    if let best { return .statement(best.statement) }
    let text = source.text(source.words[first].start..<source.words[last].end)
    return .matches(try QuoteFinder(analysis: self).find(text, excluding: [article]))
  }
}
