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
  public var minimumContentMatches = 3
  /// Of those, words that are not names or titles (capitalised on both sides, not only at the
  /// start of a sentence); one more is needed below `confidentCoverage`.
  public var minimumCommonWordMatches = 2
  /// Coverage above which `minimumCommonWordMatches` suffice.
  public var confidentCoverage: Float = 0.6
  /// The share of both sentences' content words a match above `confidentCoverage` must hold for
  /// its names to count as evidence: two headlines matching whole ("EU receives Nobel Peace
  /// Prize" and "EU Receives 2012 Nobel Peace Prize") are one statement even when every word is
  /// capitalised, while a few shared names in longer sentences are not. Above 1, never.
  public var wholeSentenceShare: Float = 0.8
  /// Weighted share of the content words of both stretches that pair (Dice coefficient).
  public var minimumCoverage: Float = 0.5
  /// A sentence pair next to an accepted pair of the same two articles needs only this many
  /// paired content words…
  public var minimumBridgedContentMatches = 3
  /// … and this coverage.
  public var minimumBridgedCoverage: Float = 0.3
  /// A sentence pair short of that evidence is still a match when the ``ParaphraseModel``
  /// judges the two sentences paraphrases with at least this probability (a heavily reworded
  /// sentence). Above 1, never.
  public var minimumParaphraseProbability: Float = 0.7

  // Statements.
  /// Evidence a statement needs in all: the sum over its sentence pairs of paired content words
  /// times coverage (a lone short phrase is no statement; several weak pairs in a row are). A
  /// sentence pair the ``ParaphraseModel`` judges paraphrases (at least
  /// ``minimumParaphraseProbability``) has this much.
  public var minimumStatementEvidence: Float = 2
  /// Words every version of a statement must have ("Related articles" in two pages is none); one
  /// fewer for a statement of one lone sentence pair (two short headlines).
  public var minimumStatementWords = 4
  /// A statement of one lone sentence pair: the share of each sentence's content words its
  /// matched stretch must hold (a few shared words of two long sentences are not one statement).
  public var minimumLonePairShare: Float = 0.55
  /// Words between two matched stretches of one article that still make them one passage.
  public var maximumGapWords = 10
  /// Words between two statement pieces that one article carries next to each other.
  public var maximumPieceGapWords = 10
  /// Words between two statement pieces that still make them one when every article carrying
  /// one carries the other (a summary skips a sentence of its own between those it takes).
  public var maximumInseparableGapWords = 40
  /// Evidence each of two such pieces needs to chain across that wider gap.
  public var minimumInseparablePieceEvidence: Float = 3
  /// Sentences apart that two statement pieces may be in an article and still be one statement.
  public var maximumStatementSpread = 60

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
    result.minimumStatementEvidence = minimumStatementEvidence * factor
    result.minimumLonePairShare = min(1, minimumLonePairShare * factor)
    return result
  }

  /// Every threshold, by its name in the configuration file's `[matching]` table.
  public static let thresholds: [MatchingThreshold] = [
    .init(
      "sensitivity", \.sensitivity, in: 0.05...10,
      "1 is the default; above 1 finds more, weaker matches; below 1 fewer, stronger ones"),
    .init(
      "equal_score", \.equalScore, in: 0...10,
      "word alignment: score of two words with the same matching form"),
    .init(
      "inflection_score", \.inflectionScore, in: 0...10,
      "word alignment: score of two words with the same stem"),
    .init(
      "synonym_score", \.synonymScore, in: 0...10, "word alignment: score of two WordNet synonyms"),
    .init(
      "mismatch_score", \.mismatchScore, in: -10...0,
      "word alignment: score of two unrelated words aligned (doubled when only one is a function word)"
    ),
    .init(
      "gap_open", \.gapOpen, in: -10...0,
      "word alignment: cost of opening a gap (words on one side only)"),
    .init(
      "gap_extend", \.gapExtend, in: -10...0, "word alignment: cost of each further word of a gap"),
    .init(
      "anchor_window", \.anchorWindow, in: 1...10,
      "candidates: content words within this distance of each other form an index key"),
    .init(
      "maximum_key_frequency", \.maximumKeyFrequency, in: 1...100_000,
      "candidates: keys shared by more sentences than this suggest no match"),
    .init(
      "minimum_shared_keys", \.minimumSharedKeys, in: 1...100,
      "candidates: keys two sentences must share to be aligned"),
    .init(
      "minimum_content_matches", \.minimumContentMatches, in: 1...100,
      "evidence: paired content words (equal, inflected, synonymous); one fewer when they are all the shorter sentence's"
    ),
    .init(
      "minimum_common_word_matches", \.minimumCommonWordMatches, in: 0...100,
      "evidence: of those, words that are not names or titles; one more below confident_coverage"),
    .init(
      "confident_coverage", \.confidentCoverage, in: 0...1,
      "evidence: coverage above which minimum_common_word_matches suffice"),
    .init(
      "whole_sentence_share", \.wholeSentenceShare, in: 0...1.01,
      "evidence: share of both sentences a confident match must hold for names to count as evidence"
    ),
    .init(
      "minimum_coverage", \.minimumCoverage, in: 0...1,
      "evidence: weighted share of both stretches' content words that pair (Dice)"),
    .init(
      "minimum_bridged_content_matches", \.minimumBridgedContentMatches, in: 1...100,
      "evidence: paired content words a sentence pair next to an accepted pair needs"),
    .init(
      "minimum_bridged_coverage", \.minimumBridgedCoverage, in: 0...1,
      "evidence: coverage a sentence pair next to an accepted pair needs"),
    .init(
      "minimum_paraphrase_probability", \.minimumParaphraseProbability, in: 0...1.01,
      "evidence: paraphrase model probability that makes a sentence pair a match without the word evidence"
    ),
    .init(
      "minimum_statement_evidence", \.minimumStatementEvidence, in: 0...1000,
      "statements: evidence a statement needs in all (paired content words times coverage, summed; a pair the paraphrase model accepts has this much)"
    ),
    .init(
      "minimum_statement_words", \.minimumStatementWords, in: 0...1000,
      "statements: words every version of a statement must have (one fewer for a lone sentence pair)"
    ),
    .init(
      "minimum_lone_pair_share", \.minimumLonePairShare, in: 0...1,
      "statements: share of each sentence a statement of one lone sentence pair must match"),
    .init(
      "maximum_gap_words", \.maximumGapWords, in: 0...1000,
      "statements: words between two matched stretches of one article that still make them one passage"
    ),
    .init(
      "maximum_piece_gap_words", \.maximumPieceGapWords, in: 0...10_000,
      "statements: words between two pieces one article carries next to each other"),
    .init(
      "maximum_inseparable_gap_words", \.maximumInseparableGapWords, in: 0...10_000,
      "statements: the same, when every article carrying one piece carries the other"),
    .init(
      "minimum_inseparable_piece_evidence", \.minimumInseparablePieceEvidence, in: 0...1000,
      "statements: evidence each of two pieces needs to chain across that wider gap"),
    .init(
      "maximum_statement_spread", \.maximumStatementSpread, in: 0...10_000,
      "statements: sentences apart two pieces may be in an article and still be one statement"),
  ]

  /// The threshold called `name` in the configuration file.
  public static func threshold(named name: String) -> MatchingThreshold? {
    thresholds.first { $0.name == name }
  }
}
