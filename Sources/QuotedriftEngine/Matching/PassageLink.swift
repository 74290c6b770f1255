/// Two stretches of words in different articles that align as the same statement.
public struct PassageLink: Sendable, Equatable {
  public var firstArticle: Int
  public var firstWords: Range<Int>
  public var secondArticle: Int
  public var secondWords: Range<Int>
  /// The weighted alignment score.
  public var score: Float
  /// The smaller share of either sentence's content words inside its stretch.
  public var sentenceShare: Float
  /// A quote's continuation (``QuoteContinuation``): it joins only the passage it continues.
  public var isContinuation = false
}
