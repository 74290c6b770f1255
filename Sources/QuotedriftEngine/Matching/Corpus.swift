/// Articles prepared for matching: every word numbered in one vocabulary, and noise sentences
/// (captions, credits, prompts, bylines, repeats) marked.
///
/// Immutable, and a class so that the matching loops, which hand it to every sentence pair on
/// both cores, share one reference instead of copying (and counting references to) each array.
public final class Corpus: Sendable {
  public let articles: [Article]
  public let vocabulary: Vocabulary
  /// For each article, the vocabulary id of each word.
  public let terms: [[Int32]]
  /// For each article, whether each sentence is noise.
  public let noisySentences: [[Bool]]
  /// For each article, the sentence index of each word.
  public let sentenceOfWord: [[Int32]]
  /// For each article, how many quotations are open at the start of each word.
  let quoteDepths: [[UInt8]]

  /// Prepares `articles`, stemming with `lexicon`.
  public init(articles: [Article], lexicon: Lexicon) {
    self.articles = articles
    let (vocabulary, terms) = Vocabulary.build(for: articles, lexicon: lexicon)
    self.vocabulary = vocabulary
    self.terms = terms
    noisySentences = Parallel.map(count: articles.count) {
      NoiseFilter.noisySentences(in: articles[$0], terms: terms[$0])
    }
    sentenceOfWord = Parallel.map(count: articles.count) {
      Corpus.sentenceOfWord(in: articles[$0])
    }
    quoteDepths = Parallel.map(count: articles.count) {
      QuotationMarks.wordDepths(in: articles[$0])
    }
  }

  private init(
    articles: [Article], vocabulary: Vocabulary, terms: [[Int32]], noisySentences: [[Bool]],
    sentenceOfWord: [[Int32]], quoteDepths: [[UInt8]]
  ) {
    self.articles = articles
    self.vocabulary = vocabulary
    self.terms = terms
    self.noisySentences = noisySentences
    self.sentenceOfWord = sentenceOfWord
    self.quoteDepths = quoteDepths
  }

  /// The corpus with `article` added last, its forms numbered after this corpus's (whose ids,
  /// weights and noise stay as they are), and none of its sentences noise: a text given to find
  /// is what the reader wants to read.
  func appending(_ article: Article, lexicon: Lexicon) -> Corpus {
    let (vocabulary, articleTerms) = vocabulary.extended(with: article, lexicon: lexicon)
    let owners = Self.sentenceOfWord(in: article)
    return Corpus(
      articles: articles + [article], vocabulary: vocabulary, terms: terms + [articleTerms],
      noisySentences: noisySentences + [Array(repeating: false, count: article.sentences.count)],
      sentenceOfWord: sentenceOfWord + [owners],
      quoteDepths: quoteDepths + [QuotationMarks.wordDepths(in: article)])
  }

  /// The sentence index of each word of `article`.
  private static func sentenceOfWord(in article: Article) -> [Int32] {
    var owners = [Int32](repeating: 0, count: article.words.count)
    for (index, sentence) in article.sentences.enumerated() {
      for word in sentence.words { owners[word] = Int32(index) }
    }
    return owners
  }

  /// Whether word `word` of article `article` lies in a noise sentence.
  public func isNoise(article: Int, word: Int) -> Bool {
    noisySentences[article][Int(sentenceOfWord[article][word])]
  }

  /// Whether word `word` of article `article` stands inside quotation marks.
  func isQuoted(article: Int, word: Int) -> Bool {
    quoteDepths[article][word] > 0
  }

  /// Whether each of `words` of article `article` stands inside quotation marks.
  func quoted(_ words: some Sequence<Int>, article: Int) -> QuotedWords {
    var result = QuotedWords()
    for word in words { result[word] = quoteDepths[article][word] > 0 }
    return result
  }

  /// Whether word `word` of article `article` is a content word (not a function word).
  func isContent(article: Int, word: Int) -> Bool {
    !vocabulary.isFunctionWord[Int(terms[article][word])]
  }

  /// True when each of two stretches names a place the other does not (places as in
  /// ``Lexicon/places``): "Milley made secret contact with the Chinese military" and "Milley
  /// spoke with Russia's top military official" tell of different calls, however many other
  /// words they share. A stretch that drops a place the other names ("China and Russia" and
  /// "Russia"), or names a place in it or one that holds it ("Greek" and "Athens", by
  /// ``Lexicon/regions(ofPlace:)``), does not conflict.
  func nameDifferentPlaces(
    _ first: (article: Int, words: Range<Int>), _ second: (article: Int, words: Range<Int>)
  ) -> Bool {
    func places(_ stretch: (article: Int, words: Range<Int>)) -> Set<Int32> {
      var found = Set<Int32>()
      for word in stretch.words {
        let term = Int(terms[stretch.article][word])
        if vocabulary.isPlace[term] { found.insert(vocabulary.stems[term]) }
      }
      return found
    }
    let firstPlaces = places(first)
    guard !firstPlaces.isEmpty else { return false }
    let secondPlaces = places(second)
    guard !secondPlaces.isEmpty else { return false }
    /// A place that the other stretch does not name, nor a place in it or one that holds it.
    func standsApart(_ place: Int32, from others: Set<Int32>) -> Bool {
      let regions = vocabulary.regionsOfPlace[place] ?? []
      return !others.contains(place) && regions.isDisjoint(with: others)
        && !others.contains { vocabulary.regionsOfPlace[$0]?.contains(place) == true }
    }
    return firstPlaces.contains { standsApart($0, from: secondPlaces) }
      && secondPlaces.contains { standsApart($0, from: firstPlaces) }
  }
}
