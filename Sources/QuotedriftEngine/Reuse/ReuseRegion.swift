/// A stretch of one article reused in another: copied verbatim, reworded, or summarised.
public struct ReuseRegion: Sendable, Equatable {
  /// How the second stretch reuses the first.
  public enum Kind: String, Sendable {
    /// Identical words, run by run.
    case verbatim
    /// The same sentences, reworded, reordered or trimmed.
    case paraphrase
    /// One side much shorter: it summarises the other.
    case summary
  }

  public var firstArticle: Int
  /// UTF-8 byte range of the stretch in the first article's text.
  public var firstBytes: Range<Int>
  public var secondArticle: Int
  public var secondBytes: Range<Int>
  /// tf-idf cosine of the two stretches (1 for a verbatim run).
  public var similarity: Double
  public var kind: Kind
}
