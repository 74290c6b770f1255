/// Every threshold the matcher uses, in one place, with the values that won on the sample
/// articles and the public training splits. `sensitivity` scales the evidence a match needs.
public struct MatchingSettings: Sendable, Equatable {
  // Word alignment scores.
  /// Score of two words with the same matching form.
  public var equalScore: Float = 1.0
  /// Score of two words with the same stem.
  public var inflectionScore: Float = 0.85
  /// Score of two WordNet synonyms.
  public var synonymScore: Float = 0.7
  /// Score of two unrelated words aligned with each other (doubled when only one is a function
  /// word).
  public var mismatchScore: Float = -0.45
  /// Cost of opening a gap (a run of words on one side only).
  public var gapOpen: Float = -0.9
  /// Cost of each further word of a gap.
  public var gapExtend: Float = -0.12

  // Candidates from the index.
  /// Content words within this distance of each other form an index key.
  public var anchorWindow = 3
  /// Keys shared by more sentences than this are too common to suggest a match.
  public var maximumKeyFrequency = 64
  /// Keys two sentences must share to be aligned.
  public var minimumSharedKeys = 2

  // Evidence a pair of aligned passages needs.
  /// Paired content words (equal, inflected or synonymous); one fewer will do when they are all
  /// the content words of the shorter sentence.
  public var minimumContentMatches = 4
  /// Of those, words that are not names or titles (capitalised on both sides, not only at the
  /// start of a sentence); one more is needed below `confidentCoverage`.
  public var minimumCommonWordMatches = 2
  /// Coverage above which `minimumCommonWordMatches` suffice.
  public var confidentCoverage: Float = 0.6
  /// Weighted share of the content words of both stretches that pair (Dice coefficient).
  public var minimumCoverage: Float = 0.5
  /// A sentence pair next to an accepted pair of the same two articles needs only this many
  /// paired content words…
  public var minimumBridgedContentMatches = 3
  /// … and this coverage.
  public var minimumBridgedCoverage: Float = 0.3

  // Statements.
  /// Words between two matched stretches of one article that still make them one passage.
  public var maximumGapWords = 10
  /// Sentences apart that two statement pieces may be in an article and still be one statement.
  public var maximumStatementSpread = 15

  /// 1 is the default; above 1 finds more, weaker matches; below 1 fewer, stronger ones.
  public var sensitivity: Float = 1.0

  public init() {}

  /// The settings with evidence thresholds scaled by `sensitivity`.
  public func scaled() -> MatchingSettings {
    guard sensitivity != 1 else { return self }
    var result = self
    let factor = 1 / max(sensitivity, 0.05)
    result.minimumCoverage = min(1, minimumCoverage * factor)
    result.minimumBridgedCoverage = min(1, minimumBridgedCoverage * factor)
    result.minimumContentMatches = max(2, Int((Float(minimumContentMatches) * factor).rounded()))
    return result
  }
}
