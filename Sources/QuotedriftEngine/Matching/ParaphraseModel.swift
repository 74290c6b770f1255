import Foundation

/// A logistic regression over ``ParaphraseFeatures``, fitted by `eval/train_paraphrase.py` on
/// the tuning half of the MRPC training split (the weights live in `ParaphraseWeights.swift`,
/// which that script writes): the probability that two stretches say the same thing as wholes.
///
/// The word evidence of ``SentencePairMatch`` finds trimmed and reworded quotes; the model adds
/// what whole-sentence paraphrase judges read (n-gram overlap in both directions, unshared
/// content, numbers), so that a heavily reworded sentence is still found, and a version that
/// shares only part of a statement is told from one that restates it.
public enum ParaphraseModel {
  /// The longest stretch, in words, the model judges: it was fitted on single sentences (MRPC's
  /// longest sentence has 31 words).
  public static let maximumWords = 40

  /// The probability that the two stretches are paraphrases of each other.
  public static func probability(_ features: ParaphraseFeatures) -> Double {
    var score = ParaphraseWeights.intercept
    for (index, value) in features.values.enumerated() {
      let spread = ParaphraseWeights.spreads[index]
      score += ParaphraseWeights.weights[index] * (value - ParaphraseWeights.means[index]) / spread
    }
    return 1 / (1 + exp(-max(-30, min(30, score))))
  }

  /// The probability for words `first` of article `a` and words `second` of article `b`.
  public static func probability(
    _ first: Range<Int>, of a: Int, _ second: Range<Int>, of b: Int, corpus: Corpus,
    similarity: WordSimilarity
  ) -> Double {
    probability(
      ParaphraseFeatures(first, of: a, second, of: b, corpus: corpus, similarity: similarity))
  }
}
