extension PassageLink {
  /// A link as a cache stored it.
  public init(
    storedFirstArticle firstArticle: Int, firstWords: Range<Int>, secondArticle: Int,
    secondWords: Range<Int>, score: Float, sentenceShare: Float
  ) {
    self.init(
      firstArticle: firstArticle, firstWords: firstWords, secondArticle: secondArticle,
      secondWords: secondWords, score: score, sentenceShare: sentenceShare)
  }
}
