import Foundation

/// What rebasing a statement needs: the corpus, the word similarity and the settings. An
/// analysis that matched has them at once; one restored from a cache prepares them the first
/// time they are asked for, so reopening a folder never pays for them unless a statement is
/// rebased.
final class AnalysisContext: @unchecked Sendable {
  private let lock = NSLock()
  private var prepared: (corpus: Corpus, similarity: WordSimilarity)?
  private let prepare: () -> (corpus: Corpus, similarity: WordSimilarity)
  let settings: MatchingSettings

  /// A context with `corpus` and `similarity` ready.
  init(corpus: Corpus, similarity: WordSimilarity, settings: MatchingSettings) {
    prepared = (corpus, similarity)
    prepare = { (corpus, similarity) }
    self.settings = settings
  }

  /// A context that prepares the corpus of `articles`, and the similarity of the words of
  /// `statements`, when first asked.
  init(
    articles: [Article], statements: [Statement], lexicon: Lexicon, settings: MatchingSettings
  ) {
    self.settings = settings
    prepare = {
      let corpus = Corpus(articles: articles, lexicon: lexicon)
      var similarity = WordSimilarity(vocabulary: corpus.vocabulary, wordNet: lexicon.wordNet)
      var involved: [Int32] = []
      for statement in statements {
        for version in statement.versions {
          for passage in version.passages {
            involved.append(contentsOf: corpus.terms[passage.article][passage.words])
          }
        }
      }
      similarity.prepare(involved)
      return (corpus, similarity)
    }
  }

  var corpus: Corpus { ready().corpus }
  var similarity: WordSimilarity { ready().similarity }

  private func ready() -> (corpus: Corpus, similarity: WordSimilarity) {
    lock.lock()
    defer { lock.unlock() }
    if let prepared { return prepared }
    let made = prepare()
    prepared = made
    return made
  }
}
