/// How two sentences match as a statement, order mostly kept: their content words paired one to
/// one by best grade (equal, then inflection, then synonym), the pairs that keep their order in
/// both sentences (the longest such run), and the stretch of each sentence those pairs span.
///
/// The stretch is what a passage is made of: a quote trimmed out of a longer sentence, or a
/// sentence with an attribution inserted ("…,” Butler said, “…"), matches on the words it shares
/// and no further. Its evidence is measured inside the stretches: how many content words pair,
/// how many of them are ordinary words rather than names and titles (capitalised on both
/// sides, not just at a sentence start), and the weighted share of
/// the stretches' content words they cover (a Dice coefficient).
struct SentencePairMatch {
  /// Word indices (within the article) of the first and second sentence's stretch.
  var firstWords: Range<Int>
  var secondWords: Range<Int>
  var contentMatches: Int
  var commonWordMatches: Int
  /// Weighted Dice coefficient of the paired content words over the stretches' content words.
  var coverage: Float
  /// Content words in the shorter of the two whole sentences.
  var shorterSentenceContent: Int
  /// The smaller of the two shares of a sentence's content words that lie inside its stretch:
  /// low when a few words of a long sentence match.
  var sentenceShare: Float

  /// Pairs the content words of two sentences; `nil` when fewer than two pairs keep their order.
  init?(
    first: (article: Int, words: Range<Int>), second: (article: Int, words: Range<Int>),
    corpus: Corpus, similarity: WordSimilarity, settings: MatchingSettings
  ) {
    let vocabulary = corpus.vocabulary
    let firstTerms = corpus.terms[first.article]
    let secondTerms = corpus.terms[second.article]
    let firstContent = first.words.filter { !vocabulary.isFunctionWord[Int(firstTerms[$0])] }
    let secondContent = second.words.filter { !vocabulary.isFunctionWord[Int(secondTerms[$0])] }
    // Best grade first, so an exact pair is never lost to a synonym pair.
    var pairs: [(Int, Int, WordGrade)] = []
    var usedSecond = Set<Int>()
    var usedFirst = Set<Int>()
    for wanted in [WordGrade.equal, .inflection, .synonym] {
      for a in firstContent where !usedFirst.contains(a) {
        var bestB: Int?
        var bestDistance = Int.max
        let expected =
          second.words.lowerBound + (a - first.words.lowerBound) * second.words.count
          / max(1, first.words.count)
        for b in secondContent where !usedSecond.contains(b) {
          guard similarity.grade(firstTerms[a], secondTerms[b]) == wanted else { continue }
          let distance = abs(b - expected)
          if distance < bestDistance {
            bestDistance = distance
            bestB = b
          }
        }
        if let bestB {
          usedFirst.insert(a)
          usedSecond.insert(bestB)
          pairs.append((a, bestB, wanted))
        }
      }
    }
    pairs.sort { $0.0 < $1.0 }
    let ordered = UniqueAnchors.longestIncreasing(pairs.map { ($0.0, $0.1) })
    guard ordered.count >= 2, let head = ordered.first, let tail = ordered.last else { return nil }
    let grades = Dictionary(uniqueKeysWithValues: pairs.map { ([$0.0, $0.1], $0.2) })
    firstWords = head.0..<(tail.0 + 1)
    secondWords = head.1..<(tail.1 + 1)
    Self.extendOverEqualWords(
      &firstWords, within: first.words, terms: firstTerms, &secondWords, within: second.words,
      terms: secondTerms)
    contentMatches = ordered.count
    commonWordMatches = 0
    // In a title-case headline ("Saudi Women Allowed To Compete At Olympics", a capitalised
    // function word past the first) capitals mark no names.
    func capitalsMarkNames(_ article: Int, _ words: Range<Int>) -> Bool {
      let terms = corpus.terms[article]
      return !words.dropFirst().contains {
        vocabulary.isFunctionWord[Int(terms[$0])]
          && corpus.articles[article].words[$0].isCapitalized
      }
    }
    let firstCapitals = capitalsMarkNames(first.article, first.words)
    let secondCapitals = capitalsMarkNames(second.article, second.words)
    var matchedWeight: Float = 0
    for (a, b) in ordered {
      // Capitalised on either side, and not merely because it opens a sentence: a title one
      // outlet capitalises ("Chairman of the Joint Chiefs") is a name in the other too.
      let isName =
        (firstCapitals && corpus.articles[first.article].words[a].isCapitalized
          && a != first.words.lowerBound)
        || (secondCapitals && corpus.articles[second.article].words[b].isCapitalized
          && b != second.words.lowerBound)
      if !isName { commonWordMatches += 1 }
      let weight =
        (vocabulary.weights[Int(firstTerms[a])] + vocabulary.weights[Int(secondTerms[b])]) / 2
      let score: Float =
        switch grades[[a, b]] ?? .unrelated {
        case .equal: settings.equalScore
        case .inflection: settings.inflectionScore
        case .synonym: settings.synonymScore
        case .unrelated: 0
        }
      matchedWeight += 2 * weight * score
    }
    func contentWeight(_ words: Range<Int>, _ terms: [Int32]) -> Float {
      words.reduce(0) { sum, word in
        let term = Int(terms[word])
        return vocabulary.isFunctionWord[term] ? sum : sum + vocabulary.weights[term]
      }
    }
    let total = contentWeight(firstWords, firstTerms) + contentWeight(secondWords, secondTerms)
    coverage = total > 0 ? matchedWeight / total : 0
    shorterSentenceContent = min(firstContent.count, secondContent.count)
    let firstStretch = firstWords
    let secondStretch = secondWords
    sentenceShare = min(
      Float(firstContent.count { firstStretch.contains($0) }) / Float(max(1, firstContent.count)),
      Float(secondContent.count { secondStretch.contains($0) }) / Float(max(1, secondContent.count))
    )
  }

  /// Whether the match alone is evidence of one statement rather than a shared name or phrase.
  func isStrong(for settings: MatchingSettings) -> Bool {
    let wholeShortSentence =
      contentMatches >= settings.minimumContentMatches - 1
      && contentMatches == shorterSentenceContent
    let commonWordsNeeded =
      settings.minimumCommonWordMatches + (coverage >= settings.confidentCoverage ? 0 : 1)
    return (contentMatches >= settings.minimumContentMatches || wholeShortSentence)
      && commonWordMatches >= commonWordsNeeded
      && coverage >= settings.minimumCoverage
  }

  /// Whether the match is evidence enough next to a strong match of the same two articles (a
  /// heavily reworded sentence inside a statement whose neighbours match).
  func isEnoughBesideStrongMatch(for settings: MatchingSettings) -> Bool {
    contentMatches >= settings.minimumBridgedContentMatches
      && commonWordMatches >= settings.minimumCommonWordMatches
      && coverage >= settings.minimumBridgedCoverage
  }

  /// Grows both stretches over neighbouring words that read the same on both sides ("The" before
  /// "Chairman"), within their sentences.
  private static func extendOverEqualWords(
    _ first: inout Range<Int>, within firstSentence: Range<Int>, terms firstTerms: [Int32],
    _ second: inout Range<Int>, within secondSentence: Range<Int>, terms secondTerms: [Int32]
  ) {
    while first.lowerBound > firstSentence.lowerBound
      && second.lowerBound > secondSentence.lowerBound
      && firstTerms[first.lowerBound - 1] == secondTerms[second.lowerBound - 1]
    {
      first = (first.lowerBound - 1)..<first.upperBound
      second = (second.lowerBound - 1)..<second.upperBound
    }
    while first.upperBound < firstSentence.upperBound
      && second.upperBound < secondSentence.upperBound
      && firstTerms[first.upperBound] == secondTerms[second.upperBound]
    {
      first = first.lowerBound..<(first.upperBound + 1)
      second = second.lowerBound..<(second.upperBound + 1)
    }
  }
}
