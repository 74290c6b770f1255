/// The language resources matching uses: the Snowball stemmer and, when installed, WordNet.
public struct Lexicon: Sendable {
  public let stemmer: SnowballStemmer
  /// `nil` when WordNet's files are missing: matching then knows no synonyms.
  public let wordNet: WordNet?

  /// Why the lexicon cannot be opened.
  public struct Unavailable: Error, CustomStringConvertible {
    public var description: String
  }

  /// Opens the English stemmer and WordNet from `wordNetDirectory`.
  public init(wordNetDirectory: String = WordNet.defaultDirectory) throws(Unavailable) {
    guard let stemmer = SnowballStemmer() else {
      throw Unavailable(description: "libstemmer has no English stemmer")
    }
    self.stemmer = stemmer
    wordNet = WordNet(directory: wordNetDirectory)
  }
}
