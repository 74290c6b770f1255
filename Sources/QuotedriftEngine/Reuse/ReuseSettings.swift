/// The thresholds of text-reuse alignment, as published by Sanchez-Perez, Gelbukh and Sidorov
/// ("Adaptive Algorithm for Plagiarism Detection: The Best-Performing Approach at PAN 2014 Text
/// Alignment Competition", CLEF 2015), and used here unchanged.
public struct ReuseSettings: Sendable, Equatable {
  /// Seeds: the tf-idf cosine two sentences must exceed.
  public var seedCosine: Double = 0.33
  /// Seeds: the Dice coefficient of their stem sets they must exceed.
  public var seedDice: Double = 0.33
  /// Validation: the tf-idf cosine of a region's two sides (their sentences summed) must exceed.
  public var regionCosine: Double = 0.34
  /// Extension: sentences between two seeds that still join them into one region.
  public var maximumGap: Int = 4
  /// Extension when one side summarises the other.
  public var summaryGap: Int = 24
  /// A summary: one side's regions at least this many times the length of the other's.
  public var summaryRatio: Int = 3
  /// Sentences with fewer counted words are joined to the next.
  public var minimumSentenceWords: Int = 3
  /// Regions shorter than this many characters on either side are dropped.
  public var minimumRegionCharacters: Int = 150
  /// Verbatim: runs of identical words longer than this many characters make a pair verbatim
  /// copying, reported run by run.
  public var minimumVerbatimCharacters: Int = 256

  public init() {}
}
