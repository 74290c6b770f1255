/// One statement carried by two or more articles: every article's version of it, one of them the
/// reference the others are collated against.
public struct Statement: Sendable {
  /// "s1", "s2", …
  public var id: String
  /// The speaker when the text attributes the statement, else its opening words.
  public var label: String
  public var speaker: String?
  /// One version per article that carries the statement, in article order.
  public var versions: [StatementVersion]
  /// Index into `versions` of the reference.
  public var referenceIndex: Int

  public var reference: StatementVersion { versions[referenceIndex] }

  /// Indices into `versions`, the reference first: the order collations show them in.
  public var referenceFirstOrder: [Int] {
    [referenceIndex] + versions.indices.filter { $0 != referenceIndex }
  }

  /// The lowest fidelity of any version.
  public var lowestFidelity: Double { versions.map(\.fidelity).min() ?? 1 }
}

/// One article's version of a statement: one passage, or several when the article splits the
/// statement up (a quote, then the reporter's words, then the quote goes on).
public struct StatementVersion: Sendable {
  /// Index of the article in the corpus.
  public var article: Int
  public var passages: [Passage]
  /// Share of the reference's words this version keeps verbatim (same, variant, or moved).
  public var fidelity: Double
  public var flags: [MeaningFlag]
  /// Word indices (in the reference article) of reference words this version leaves out.
  public var omitted: [Int]
}

/// A contiguous stretch of one article that carries (part of) a statement.
public struct Passage: Sendable {
  /// "s1.p1", …
  public var id: String
  /// Index of the article in the corpus.
  public var article: Int
  /// Word indices in the article.
  public var words: Range<Int>
  /// Byte offsets into the file as stored on disk.
  public var start: Int
  public var end: Int
  /// The drift of each word, in order.
  public var drift: [WordDrift]
}

/// A word of a passage and how it drifted from the reference.
public struct WordDrift: Sendable, Equatable {
  /// Word index in the passage's article.
  public var word: Int
  public var kind: DriftKind
  /// The aligned word's index in the reference article, when there is one.
  public var referenceWord: Int?
}
