/// Finds every version of a given text in a folder: the text (a quote pasted in, or a passage of
/// one of the articles) is read as an article of its own and matched sentence by sentence
/// against the folder's sentences the way the statement matcher matches any two articles
/// (``SentencePairMatch``, with the same evidence thresholds); the passages that carry it are
/// then collated against it, the given text being the reference.
///
/// The folder is prepared once (its vocabulary, noise sentences and word similarity, or those of
/// an ``Analysis`` already made); each find adds only the given text. A folder sentence is
/// aligned with a sentence of the text when the two share two content words or more (same
/// stem).
public struct QuoteFinder: Sendable {
  let corpus: Corpus
  let similarity: WordSimilarity
  let settings: MatchingSettings
  let lexicon: Lexicon

  /// The path the given text's article carries in listings and JSON.
  public static let givenTextPath = "(given text)"
  /// The id of the given text's article.
  public static let givenTextID = "given"

  /// Prepares `articles` for finding texts in them.
  public init(
    articles: [Article], lexicon: Lexicon, settings: MatchingSettings = MatchingSettings()
  ) {
    let corpus = Corpus(articles: articles, lexicon: lexicon)
    self.corpus = corpus
    similarity = WordSimilarity(vocabulary: corpus.vocabulary, wordNet: lexicon.wordNet)
    self.settings = settings.scaled()
    self.lexicon = lexicon
  }

  /// Finds texts in the articles of `analysis`, with its settings, reusing what it prepared.
  public init(analysis: Analysis) {
    corpus = analysis.corpus
    similarity = analysis.similarity
    settings = analysis.settings
    lexicon = analysis.lexicon
  }

  /// Why a text cannot be looked for.
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var description: String
  }

  /// Every version of `text` in the articles (none of those whose indices are in `excluded`).
  public func find(_ text: String, excluding excluded: Set<Int> = []) throws(Failure)
    -> QuoteFinding
  {
    find(try Self.article(of: text), excluding: excluded)
  }

  /// `text` read as the article to find (what ``find(_:excluding:)`` reads it as); throws when it
  /// is empty, has no words or is not text.
  public static func article(of text: String) throws(Failure) -> Article {
    guard !text.allSatisfy(\.isWhitespace) else {
      throw Failure(description: "the text to find is empty")
    }
    let outcome = ArticleLoader.parse(bytes: Array(text.utf8), path: givenTextPath)
    guard var given = outcome.article, !given.words.isEmpty else {
      let isBinary = outcome.diagnostics.contains { $0.reason.contains("binary") }
      throw Failure(
        description: isBinary
          ? "the text to find is not text (control characters)" : "the text to find has no words")
    }
    given.id = givenTextID
    return given
  }

  /// Every version of `given` (an article made by ``article(of:)``) in the articles, none of
  /// those whose indices are in `excluded`.
  public func find(_ given: Article, excluding excluded: Set<Int> = []) -> QuoteFinding {
    let extended = corpus.appending(given, lexicon: lexicon)
    let givenIndex = extended.articles.count - 1
    let (sentences, candidates) = candidatePairs(in: extended, excluding: excluded)
    var similarity = similarity.extended(to: extended.vocabulary)
    let links = PassageMatcher(corpus: extended, settings: settings).links(
      sentences: sentences, candidates: candidates, similarity: &similarity)
    var found: [Int: [Range<Int>]] = [:]
    for link in links { found[link.firstArticle, default: []].append(link.firstWords) }
    var passages = found.mapValues(merged)
    guard !passages.isEmpty else {
      return QuoteFinding(
        analysis: Analysis(
          corpus: extended, statements: [], similarity: similarity, settings: settings,
          lexicon: lexicon))
    }
    passages[givenIndex] = [0..<given.words.count]
    for (article, ranges) in passages {
      for range in ranges { similarity.prepare(extended.terms[article][range]) }
    }
    let builder = StatementBuilder(corpus: extended, similarity: similarity, settings: settings)
    let statement = builder.statement(
      passages: passages, completeness: [:], reference: givenIndex, basis: .given)
    return QuoteFinding(
      analysis: Analysis(
        corpus: extended, statements: [StatementBuilder.numbered(statement, id: "s1")],
        similarity: similarity, settings: settings, lexicon: lexicon))
  }

  /// The sentences to align, the folder's first and then the given text's (the last article of
  /// `corpus`), and the pairs of positions among them to align: each folder sentence (not noise,
  /// not in an excluded article) with each sentence of the text it shares two content words
  /// with.
  private func candidatePairs(in corpus: Corpus, excluding excluded: Set<Int>) -> (
    [CandidateIndex.SentenceRef], [(Int32, Int32)]
  ) {
    let given = corpus.articles.count - 1
    let vocabulary = corpus.vocabulary
    let givenTerms = corpus.terms[given]
    // For each stem of a content word of the text, the text's sentences that hold it.
    var isGivenStem = [Bool](repeating: false, count: vocabulary.stemTexts.count)
    var sentencesOfStem: [Int32: [Int]] = [:]
    for (index, sentence) in corpus.articles[given].sentences.enumerated() {
      for word in sentence.words where !vocabulary.isFunctionWord[Int(givenTerms[word])] {
        let stem = vocabulary.stems[Int(givenTerms[word])]
        isGivenStem[Int(stem)] = true
        if sentencesOfStem[stem]?.last != index { sentencesOfStem[stem, default: []].append(index) }
      }
    }
    let givenSentenceCount = corpus.articles[given].sentences.count
    let isGivenStemShared = isGivenStem
    let sentencesOfStemShared = sentencesOfStem
    let perChunk = Parallel.mapChunks(count: given) {
      range -> [(CandidateIndex.SentenceRef, Int)] in
      var pairs: [(CandidateIndex.SentenceRef, Int)] = []
      var shared = [Int](repeating: 0, count: givenSentenceCount)
      for article in range where !excluded.contains(article) {
        let terms = corpus.terms[article]
        for (index, sentence) in corpus.articles[article].sentences.enumerated()
        where !corpus.noisySentences[article][index] {
          var touched: [Int] = []
          for word in sentence.words {
            let term = Int(terms[word])
            let stem = vocabulary.stems[term]
            guard isGivenStemShared[Int(stem)], !vocabulary.isFunctionWord[term] else { continue }
            for givenSentence in sentencesOfStemShared[stem]! {
              if shared[givenSentence] == 0 { touched.append(givenSentence) }
              shared[givenSentence] += 1
            }
          }
          for givenSentence in touched.sorted() {
            if shared[givenSentence] >= 2 {
              pairs.append(
                (
                  CandidateIndex.SentenceRef(article: Int32(article), sentence: Int32(index)),
                  givenSentence
                ))
            }
            shared[givenSentence] = 0
          }
        }
      }
      return pairs
    }.flatMap { $0 }
    var sentences: [CandidateIndex.SentenceRef] = []
    var candidates: [(Int32, Int32)] = []
    for (ref, givenSentence) in perChunk {
      if sentences.last != ref { sentences.append(ref) }
      candidates.append((Int32(sentences.count - 1), Int32(givenSentence)))
    }
    let givenStart = Int32(sentences.count)
    for index in 0..<givenSentenceCount {
      sentences.append(CandidateIndex.SentenceRef(article: Int32(given), sentence: Int32(index)))
    }
    return (sentences, candidates.map { ($0.0, givenStart + $0.1) })
  }

  /// `ranges` in order, those no more than ``MatchingSettings/maximumGapWords`` apart made one.
  private func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = result.last, range.lowerBound <= last.upperBound + settings.maximumGapWords {
        result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        result.append(range)
      }
    }
    return result
  }
}

/// What ``QuoteFinder`` found: an analysis of the folder's articles with the given text added
/// last, whose one statement (none when no article carries the text) has the given text as its
/// reference, so the statement listing, its JSON, the exports and the reader's collation show it
/// as they show any statement.
public struct QuoteFinding: Sendable {
  /// The folder's articles and the given text (the last article), and the statement found.
  public let analysis: Analysis

  /// Index of the given text's article in the analysis's corpus: the last.
  public var givenArticle: Int { analysis.corpus.articles.count - 1 }

  /// Every version of the given text, the given text's own the reference; `nil` when no article
  /// carries it.
  public var statement: Statement? { analysis.statements.first }

  /// The versions in the folder's articles, those that keep the most of the given text the most
  /// exactly first (then in article order).
  public var versionsBestFirst: [StatementVersion] {
    guard let statement else { return [] }
    return statement.versions.filter { $0.article != givenArticle }.enumerated().sorted {
      let a = $0.element.kept + $0.element.exact
      let b = $1.element.kept + $1.element.exact
      return a != b ? a > b : $0.offset < $1.offset
    }.map(\.element)
  }
}
