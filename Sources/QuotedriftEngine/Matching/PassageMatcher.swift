/// Finds every pair of passages in different articles that carry the same statement: candidate
/// sentence pairs from the ``CandidateIndex``, matched word by word (``SentencePairMatch``), kept
/// when the match shows enough evidence (see ``MatchingSettings``) or the ``ParaphraseModel``
/// judges the two sentences paraphrases; never two stretches that name different places
/// (``Corpus/nameDifferentPlaces(_:_:)``).
struct PassageMatcher {
  let corpus: Corpus
  let settings: MatchingSettings
  /// Told of the candidate pairs matched, chunk by chunk.
  var progress: AnalysisProgress?

  /// The links between passages, and the word similarity prepared for the words they touch.
  func links(similarity: inout WordSimilarity) -> [PassageLink] {
    let index = StageTimes.measure("candidates") {
      CandidateIndex(corpus: corpus, settings: settings)
    }
    return links(sentences: index.sentences, candidates: index.candidates, similarity: &similarity)
  }

  /// The links between the candidate pairs of `sentences` (pairs of positions in it) that match,
  /// and the word similarity prepared for the words they touch.
  func links(
    sentences: [CandidateIndex.SentenceRef], candidates: [(Int32, Int32)],
    similarity: inout WordSimilarity
  ) -> [PassageLink] {
    var involved = [Bool](repeating: false, count: sentences.count)
    for (first, second) in candidates {
      involved[Int(first)] = true
      involved[Int(second)] = true
    }
    var terms: [Int32] = []
    for position in involved.indices where involved[position] {
      let ref = sentences[position]
      let words = corpus.articles[Int(ref.article)].sentences[Int(ref.sentence)].words
      terms.append(contentsOf: corpus.terms[Int(ref.article)][words])
    }
    StageTimes.measure("similarity for candidates") { similarity.prepare(terms) }
    let similarity = similarity
    let corpus = corpus
    let settings = settings
    let progress = progress
    let firstJudged: [(SentencePairMatch?, Bool)] = Parallel.mapChunks(
      count: candidates.count
    ) { range in
      defer { progress?.matched(range.count, of: candidates.count) }
      return range.map { position -> (SentencePairMatch?, Bool) in
        let (first, second) = candidates[position]
        let found = Self.match(
          sentences[Int(first)], sentences[Int(second)], similarity: similarity, corpus: corpus,
          settings: settings)
        let match = found.flatMap { match in
          corpus.nameDifferentPlaces(
            (Int(sentences[Int(first)].article), match.firstWords),
            (Int(sentences[Int(second)].article), match.secondWords)) ? nil : match
        }
        guard let match, !match.isStrong(for: settings), match.isWorthJudging(for: settings)
        else { return (match, false) }
        return (
          match,
          Self.isParaphrase(
            sentences[Int(first)], sentences[Int(second)], corpus, similarity, settings)
        )
      }
    }.flatMap { $0 }
    let judged = judgeLoneStrongMatches(
      firstJudged, candidates: candidates, sentences: sentences, similarity: similarity)
    let matches = judged.map(\.0)
    StageTimes.count("matching", candidates.count, "candidate sentence pairs")
    StageTimes.count("matching", matches.count { $0 != nil }, "pairs matched")
    StageTimes.count(
      "matching", firstJudged.count { $0.0.map { !$0.isStrong(for: settings) } ?? false },
      "matched pairs short of strong")
    let accepted = acceptedPairs(
      candidates: candidates, sentences: sentences, matches: matches,
      paraphrases: judged.map(\.1))
    return candidates.indices.compactMap { position -> PassageLink? in
      guard accepted.contains(position), let match = matches[position] else { return nil }
      let (first, second) = candidates[position]
      let a = sentences[Int(first)]
      let b = sentences[Int(second)]
      let score = match.evidence
      if judged[position].1 && match.isStrong(for: settings) {
        // The model judged the whole sentences the same, and the words match on their own: the
        // stretches are the passages, the verdict the evidence that they stand for the sentences.
        return PassageLink(
          firstArticle: Int(a.article), firstWords: match.firstWords,
          secondArticle: Int(b.article), secondWords: match.secondWords,
          score: max(score, settings.minimumStatementEvidence), sentenceShare: 1)
      }
      if judged[position].1 {
        // The model judged the whole sentences: they are the passages, and its verdict is the
        // evidence a statement needs.
        return PassageLink(
          firstArticle: Int(a.article),
          firstWords: corpus.articles[Int(a.article)].sentences[Int(a.sentence)].words,
          secondArticle: Int(b.article),
          secondWords: corpus.articles[Int(b.article)].sentences[Int(b.sentence)].words,
          score: max(score, settings.minimumStatementEvidence), sentenceShare: 1)
      }
      return PassageLink(
        firstArticle: Int(a.article), firstWords: match.firstWords,
        secondArticle: Int(b.article), secondWords: match.secondWords,
        score: score, sentenceShare: match.sentenceShare)
    }
  }

  /// How a neighbouring sentence pair lies in the two articles: the sentence before or after in
  /// both, or in one of them with the same sentence in the other.
  private static let neighbourShifts = [(-1, -1), (1, 1), (-1, 0), (0, -1), (1, 0), (0, 1)]

  /// `judged` with the verdicts of strong matches short of what a statement of one sentence
  /// pair needs (a small share of its sentences, or too little evidence) and with no strong
  /// match beside them to make a longer statement with: the verdict that the whole sentences say
  /// the same is that evidence.
  private func judgeLoneStrongMatches(
    _ judged: [(SentencePairMatch?, Bool)], candidates: [(Int32, Int32)],
    sentences: [CandidateIndex.SentenceRef], similarity: WordSimilarity
  ) -> [(SentencePairMatch?, Bool)] {
    struct PairKey: Hashable {
      var first: CandidateIndex.SentenceRef, second: CandidateIndex.SentenceRef
    }
    let settings = settings
    var strong = Set<PairKey>()
    var waiting: [Int] = []
    for (position, (match, _)) in judged.enumerated() {
      guard let match, match.isStrong(for: settings) else { continue }
      let (first, second) = candidates[position]
      strong.insert(PairKey(first: sentences[Int(first)], second: sentences[Int(second)]))
      if match.sentenceShare < settings.minimumLonePairShare
        || match.evidence < settings.minimumStatementEvidence,
        match.isWorthJudging(for: settings)
      {
        waiting.append(position)
      }
    }
    let lone = waiting.filter { position in
      let first = sentences[Int(candidates[position].0)]
      let second = sentences[Int(candidates[position].1)]
      return !Self.neighbourShifts.contains { shift in
        var a = first
        var b = second
        a.sentence += Int32(shift.0)
        b.sentence += Int32(shift.1)
        return strong.contains(PairKey(first: a, second: b))
      }
    }
    let corpus = corpus
    StageTimes.count("matching", lone.count, "lone strong pairs judged by the model")
    let verdicts = Parallel.mapChunks(count: lone.count) { range in
      range.map { index in
        let (first, second) = candidates[lone[index]]
        return Self.isParaphrase(
          sentences[Int(first)], sentences[Int(second)], corpus, similarity, settings)
      }
    }.flatMap { $0 }
    var result = judged
    for (position, verdict) in zip(lone, verdicts) { result[position].1 = verdict }
    return result
  }

  /// Strong matches, then, until nothing changes, weaker ones whose sentences are next to an
  /// accepted pair's sentences in both articles.
  private func acceptedPairs(
    candidates: [(Int32, Int32)], sentences: [CandidateIndex.SentenceRef],
    matches: [SentencePairMatch?], paraphrases: [Bool]
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
      if match.isStrong(for: settings) || paraphrases[position] {
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
        let neighbours = Self.neighbourShifts.map {
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

  /// Whether the ``ParaphraseModel`` judges the two whole sentences paraphrases of each other
  /// with at least ``MatchingSettings/minimumParaphraseProbability``; never for a sentence
  /// longer than the model judges (``ParaphraseModel/maximumWords``) or sentences that name
  /// different places.
  private static func isParaphrase(
    _ first: CandidateIndex.SentenceRef, _ second: CandidateIndex.SentenceRef, _ corpus: Corpus,
    _ similarity: WordSimilarity, _ settings: MatchingSettings
  ) -> Bool {
    let a = Int(first.article)
    let b = Int(second.article)
    let firstWords = corpus.articles[a].sentences[Int(first.sentence)].words
    let secondWords = corpus.articles[b].sentences[Int(second.sentence)].words
    guard max(firstWords.count, secondWords.count) <= ParaphraseModel.maximumWords,
      !corpus.nameDifferentPlaces((a, firstWords), (b, secondWords))
    else { return false }
    let probability = ParaphraseModel.probability(
      firstWords, of: a, secondWords, of: b, corpus: corpus, similarity: similarity)
    return probability >= Double(settings.minimumParaphraseProbability)
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
