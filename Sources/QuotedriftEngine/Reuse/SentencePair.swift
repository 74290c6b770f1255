/// Two sentences of different articles, by article and sentence index in the corpus, the lower
/// article first.
public struct SentencePair: Hashable, Sendable {
  public var firstArticle: Int32
  public var firstSentence: Int32
  public var secondArticle: Int32
  public var secondSentence: Int32

  /// The pair of sentence `first` of `firstArticle` and `second` of `secondArticle`, in either
  /// order.
  public init(_ firstArticle: Int32, _ first: Int32, _ secondArticle: Int32, _ second: Int32) {
    if firstArticle <= secondArticle {
      (self.firstArticle, firstSentence, self.secondArticle, secondSentence) =
        (firstArticle, first, secondArticle, second)
    } else {
      (self.firstArticle, firstSentence, self.secondArticle, secondSentence) =
        (secondArticle, second, firstArticle, first)
    }
  }
}
