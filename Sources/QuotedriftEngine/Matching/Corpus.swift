/// Articles prepared for matching: every word numbered in one vocabulary, and noise sentences
/// (captions, credits, prompts, bylines, repeats) marked.
public struct Corpus: Sendable {
  public let articles: [Article]
  public let vocabulary: Vocabulary
  /// For each article, the vocabulary id of each word.
  public let terms: [[Int32]]
  /// For each article, whether each sentence is noise.
  public let noisySentences: [[Bool]]
  /// For each article, the sentence index of each word.
  public let sentenceOfWord: [[Int32]]

  /// Prepares `articles`, stemming with `stemmer`.
  public init(articles: [Article], stemmer: SnowballStemmer) {
    self.articles = articles
    (vocabulary, terms) = Vocabulary.build(for: articles, stemmer: stemmer)
    let terms = terms
    noisySentences = Parallel.map(count: articles.count) {
      NoiseFilter.noisySentences(in: articles[$0], terms: terms[$0])
    }
    sentenceOfWord = articles.map { article in
      var owners = [Int32](repeating: 0, count: article.words.count)
      for (index, sentence) in article.sentences.enumerated() {
        for word in sentence.words { owners[word] = Int32(index) }
      }
      return owners
    }
  }

  /// Whether word `word` of article `article` lies in a noise sentence.
  public func isNoise(article: Int, word: Int) -> Bool {
    noisySentences[article][Int(sentenceOfWord[article][word])]
  }

  /// Whether word `word` of article `article` is a content word (not a function word).
  func isContent(article: Int, word: Int) -> Bool {
    !vocabulary.isFunctionWord[Int(terms[article][word])]
  }
}
