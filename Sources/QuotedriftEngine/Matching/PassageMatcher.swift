/// Finds every pair of passages in different articles that carry the same statement: candidate
/// sentence pairs from the ``CandidateIndex``, matched word by word (``SentencePairMatch``), kept
/// when the match shows enough evidence (see ``MatchingSettings``).
struct PassageMatcher {
  let corpus: Corpus
  let settings: MatchingSettings
  /// Told of the candidate pairs matched, chunk by chunk.
  var progress: AnalysisProgress?

  /// The links between passages, and the word similarity prepared for the words they touch.
  func links(similarity: inout WordSimilarity) -> [PassageLink] {
    let index = CandidateIndex(corpus: corpus, settings: settings)
    let sentences = index.sentences
    var involved = Set<Int>()
    for (first, second) in index.candidates {
      involved.insert(Int(first))
      involved.insert(Int(second))
    }
    var terms: [Int32] = []
    for position in involved {
      let ref = sentences[position]
      let words = corpus.articles[Int(ref.article)].sentences[Int(ref.sentence)].words
      terms.append(contentsOf: corpus.terms[Int(ref.article)][words])
    }
    similarity.prepare(terms)
    let similarity = similarity
    let candidates = index.candidates
    let corpus = corpus
    let settings = settings
    let progress = progress
    let matches: [SentencePairMatch?] = Parallel.mapChunks(count: candidates.count) { range in
      defer { progress?.matched(range.count, of: candidates.count) }
      return range.map { position -> SentencePairMatch? in
        let (first, second) = candidates[position]
        return Self.match(
          sentences[Int(first)], sentences[Int(second)], similarity: similarity, corpus: corpus,
          settings: settings)
      }
    }.flatMap { $0 }
    let accepted = acceptedPairs(candidates: candidates, sentences: sentences, matches: matches)
    return candidates.indices.compactMap { position -> PassageLink? in
      guard accepted.contains(position), let match = matches[position] else { return nil }
      let (first, second) = candidates[position]
      return PassageLink(
        firstArticle: Int(sentences[Int(first)].article), firstWords: match.firstWords,
        secondArticle: Int(sentences[Int(second)].article), secondWords: match.secondWords,
        score: match.coverage * Float(match.contentMatches), sentenceShare: match.sentenceShare)
    }
  }

  /// Strong matches, then, until nothing changes, weaker ones whose sentences are next to an
  /// accepted pair's sentences in both articles.
  private func acceptedPairs(
    candidates: [(Int32, Int32)], sentences: [CandidateIndex.SentenceRef],
    matches: [SentencePairMatch?]
  ) -> Set<Int> {
    struct PairKey: Hashable {
      var firstArticle: Int32, firstSentence: Int32, secondArticle: Int32, secondSentence: Int32
    }
    func key(_ position: Int, shift: Int32 = 0, secondShift: Int32 = 0) -> PairKey {
      let first = sentences[Int(candidates[position].0)]
      let second = sentences[Int(candidates[position].1)]
      return PairKey(
        firstArticle: first.article, firstSentence: first.sentence + shift,
        secondArticle: second.article, secondSentence: second.sentence + secondShift)
    }
    var accepted = Set<Int>()
    var acceptedKeys = Set<PairKey>()
    var waiting: [Int] = []
    for (position, match) in matches.enumerated() {
      guard let match else { continue }
      if match.isStrong(for: settings) {
        accepted.insert(position)
        acceptedKeys.insert(key(position))
      } else if match.isEnoughBesideStrongMatch(for: settings) {
        waiting.append(position)
      }
    }
    var changed = true
    while changed {
      changed = false
      waiting.removeAll { position in
        let neighbours = [(-1, -1), (1, 1), (-1, 0), (0, -1), (1, 0), (0, 1)].map {
          key(position, shift: Int32($0.0), secondShift: Int32($0.1))
        }
        guard neighbours.contains(where: acceptedKeys.contains) else { return false }
        accepted.insert(position)
        acceptedKeys.insert(key(position))
        changed = true
        return true
      }
    }
    return accepted
  }

  private static func match(
    _ first: CandidateIndex.SentenceRef, _ second: CandidateIndex.SentenceRef,
    similarity: WordSimilarity, corpus: Corpus, settings: MatchingSettings
  ) -> SentencePairMatch? {
    let firstArticle = Int(first.article)
    let secondArticle = Int(second.article)
    return SentencePairMatch(
      first: (firstArticle, corpus.articles[firstArticle].sentences[Int(first.sentence)].words),
      second: (secondArticle, corpus.articles[secondArticle].sentences[Int(second.sentence)].words),
      corpus: corpus, similarity: similarity, settings: settings)
  }
}
