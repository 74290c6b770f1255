/// What an analysis takes from earlier runs instead of matching again. Each part is only ever a
/// shortcut: an analysis given it finds exactly what one without it finds.
public struct MatchingReuse: Sendable {
  /// Every passage link of an earlier run over the same articles (same text, same order) with
  /// the same settings: matching is skipped and the statements are built from these.
  public var links: [PassageLink]?
  /// Sentence pairs an earlier run found rejected on evidence that no other article changes
  /// (see ``MatchingRecord/rejectedPairs``): they are not matched again.
  public var rejectedPairs: Set<SentencePair>

  public init(links: [PassageLink]? = nil, rejectedPairs: Set<SentencePair> = []) {
    self.links = links
    self.rejectedPairs = rejectedPairs
  }
}

/// What matching found that a later run can reuse.
public struct MatchingRecord: Sendable {
  /// Every passage link found.
  public var links: [PassageLink]
  /// Candidate sentence pairs matched in this run (not given as rejected) whose match fails on
  /// what the two sentences alone decide (too few paired words, too few ordinary words), so no
  /// article added or removed can make them match. Pairs whose match failed on coverage are not
  /// among them: coverage weighs words by their rarity across the whole corpus.
  public var rejectedPairs: [SentencePair]
  /// Whether matching ran (false when the links were reused).
  public var matched: Bool
}
