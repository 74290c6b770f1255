/// How two sentences match as a statement, order mostly kept: their content words paired one to
/// one by best grade (equal, then inflection, then synonym), the pairs that keep their order in
/// both sentences (the longest such run, and a clause the sentences put on opposite sides of it),
/// and the stretch of each sentence those pairs span.
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

  /// Pairs the content words of two sentences; `nil` when fewer than two pairs keep their order,
  /// or fewer than `settings` lets any use of a match accept (see ``minimumUsefulMatches(for:)``).
  /// `similarity` is borrowed: an initialiser would otherwise take its own copy, counting a
  /// reference to each of its arrays, for every candidate pair.
  init?(
    first: (article: Int, words: Range<Int>), second: (article: Int, words: Range<Int>),
    corpus: Corpus, similarity: borrowing WordSimilarity, settings: MatchingSettings
  ) {
    // What the match reads of the corpus, taken once: the loops below touch no shared struct,
    // so the two cores do not contend for its reference counts.
    let isFunctionWord = corpus.vocabulary.isFunctionWord
    let weights = corpus.vocabulary.weights
    let firstTerms = corpus.terms[first.article]
    let secondTerms = corpus.terms[second.article]
    let firstContent = first.words.filter { !isFunctionWord[Int(firstTerms[$0])] }
    let secondContent = second.words.filter { !isFunctionWord[Int(secondTerms[$0])] }
    let rows = firstContent.count
    let columns = secondContent.count
    // What grading reads of each word, read once per word rather than once per pair.
    let secondColumns = similarity.gradeColumns(secondContent.lazy.map { secondTerms[$0] })
    // Every pair graded once; only related pairs are kept (most are unrelated), by row. The words
    // that have any partner bound how many pairs there can be, which rules out most candidates
    // before pairing.
    var related: [(row: Int32, column: Int32, grade: WordGrade)] = []
    var rowsWithPartner = 0
    var columnHasPartner = [Bool](repeating: false, count: columns)
    for row in 0..<rows {
      let key = similarity.gradeKey(firstTerms[firstContent[row]])
      var hasPartner = false
      for column in 0..<columns {
        let grade = similarity.grade(key, secondColumns, column)
        guard grade != .unrelated else { continue }
        related.append((Int32(row), Int32(column), grade))
        hasPartner = true
        columnHasPartner[column] = true
      }
      if hasPartner { rowsWithPartner += 1 }
    }
    let columnsWithPartner = columnHasPartner.count { $0 }
    guard min(rowsWithPartner, columnsWithPartner) >= Self.minimumUsefulMatches(for: settings)
    else { return nil }
    // Best grade first, so an exact pair is never lost to a synonym pair.
    var partnerOfRow = [Int](repeating: -1, count: rows)
    var gradeOfRow = [WordGrade](repeating: .unrelated, count: rows)
    var columnUsed = [Bool](repeating: false, count: columns)
    for wanted in Self.gradesBestFirst {
      var cell = 0
      while cell < related.count {
        let row = Int(related[cell].row)
        var end = cell
        while end < related.count && Int(related[end].row) == row { end += 1 }
        defer { cell = end }
        guard partnerOfRow[row] < 0 else { continue }
        let a = firstContent[row]
        var best = -1
        var bestDistance = Int.max
        let expected =
          second.words.lowerBound + (a - first.words.lowerBound) * second.words.count
          / max(1, first.words.count)
        for index in cell..<end where related[index].grade == wanted {
          let column = Int(related[index].column)
          guard !columnUsed[column] else { continue }
          let distance = abs(secondContent[column] - expected)
          if distance < bestDistance {
            bestDistance = distance
            best = column
          }
        }
        if best >= 0 {
          partnerOfRow[row] = best
          gradeOfRow[row] = wanted
          columnUsed[best] = true
        }
      }
    }
    var pairs: [(Int, Int)] = []
    // The score of each pair's grade, by its first word's place in the first sentence.
    var pairScores = [Float](repeating: 0, count: first.words.count)
    for row in 0..<rows where partnerOfRow[row] >= 0 {
      pairs.append((firstContent[row], secondContent[partnerOfRow[row]]))
      pairScores[firstContent[row] - first.words.lowerBound] =
        switch gradeOfRow[row] {
        case .equal: settings.equalScore
        case .inflection: settings.inflectionScore
        case .synonym: settings.synonymScore
        case .unrelated: 0
        }
    }
    let run = UniqueAnchors.longestIncreasing(pairs)
    guard run.count >= 2 else { return nil }
    let ordered = run + Self.swappedClause(of: pairs, besides: run)
    firstWords = ordered.map(\.0).min()!..<(ordered.map(\.0).max()! + 1)
    secondWords = ordered.map(\.1).min()!..<(ordered.map(\.1).max()! + 1)
    Self.extendOverEqualWords(
      &firstWords, within: first.words, terms: firstTerms, &secondWords, within: second.words,
      terms: secondTerms)
    contentMatches = ordered.count
    commonWordMatches = 0
    let firstArticleWords = corpus.articles[first.article].words
    let secondArticleWords = corpus.articles[second.article].words
    let firstCapitals = Self.capitalsMarkNames(
      first.words, firstArticleWords, firstTerms, isFunctionWord)
    let secondCapitals = Self.capitalsMarkNames(
      second.words, secondArticleWords, secondTerms, isFunctionWord)
    var matchedWeight: Float = 0
    for (a, b) in ordered {
      // Capitalised on either side, and not merely because it opens a sentence: a title one
      // outlet capitalises ("Chairman of the Joint Chiefs") is a name in the other too.
      let isName =
        (firstCapitals && firstArticleWords[a].isCapitalized && a != first.words.lowerBound)
        || (secondCapitals && secondArticleWords[b].isCapitalized && b != second.words.lowerBound)
      if !isName { commonWordMatches += 1 }
      let weight = (weights[Int(firstTerms[a])] + weights[Int(secondTerms[b])]) / 2
      matchedWeight += 2 * weight * pairScores[a - first.words.lowerBound]
    }
    let total =
      Self.contentWeight(firstWords, firstTerms, isFunctionWord, weights)
      + Self.contentWeight(secondWords, secondTerms, isFunctionWord, weights)
    coverage = total > 0 ? matchedWeight / total : 0
    shorterSentenceContent = min(firstContent.count, secondContent.count)
    let firstStretch = firstWords
    let secondStretch = secondWords
    sentenceShare = min(
      Float(firstContent.count { firstStretch.contains($0) }) / Float(max(1, firstContent.count)),
      Float(secondContent.count { secondStretch.contains($0) }) / Float(max(1, secondContent.count))
    )
  }

  /// Whether capitals in `words` mark names: not in a title-case headline ("Saudi Women Allowed
  /// To Compete At Olympics", a capitalised function word past the first).
  private static func capitalsMarkNames(
    _ words: Range<Int>, _ articleWords: [Word], _ terms: [Int32], _ isFunctionWord: [Bool]
  ) -> Bool {
    !words.dropFirst().contains { isFunctionWord[Int(terms[$0])] && articleWords[$0].isCapitalized }
  }

  /// The summed weight of the content words among `words`.
  private static func contentWeight(
    _ words: Range<Int>, _ terms: [Int32], _ isFunctionWord: [Bool], _ weights: [Float]
  ) -> Float {
    words.reduce(0) { sum, word in
      let term = Int(terms[word])
      return isFunctionWord[term] ? sum : sum + weights[term]
    }
  }

  /// The pairs of a clause the two sentences put on opposite sides of `run` ("I'll call you if
  /// we're about to attack" / "If we're going to attack, I'm going to call you"): the longest
  /// run, of at least ``swappedClauseMinimum``, of the pairs `run` leaves out that lies wholly
  /// before `run` in one sentence and wholly after it in the other, next to it on both sides (at
  /// most ``swappedClauseReach`` words away) and dense (spanning at most ``swappedClauseSpread``
  /// words per pair), so that two names the sentences share in passing are no clause. Empty when
  /// there is none.
  static func swappedClause(of pairs: [(Int, Int)], besides run: [(Int, Int)]) -> [(Int, Int)] {
    guard pairs.count - run.count >= swappedClauseMinimum, let head = run.first,
      let tail = run.last
    else { return [] }
    let inRun = Set(run.map(\.0))
    let before = pairs.filter { !inRun.contains($0.0) && $0.0 < head.0 && $0.1 > tail.1 }
    let after = pairs.filter { !inRun.contains($0.0) && $0.0 > tail.0 && $0.1 < head.1 }
    let clause = [before, after].map(UniqueAnchors.longestIncreasing).max { $0.count < $1.count }!
    guard clause.count >= swappedClauseMinimum, let first = clause.first, let last = clause.last
    else { return [] }
    let spread = swappedClauseSpread * clause.count
    let gaps =
      first.0 < head.0
      ? (head.0 - last.0, first.1 - tail.1) : (first.0 - tail.0, head.1 - last.1)
    guard last.0 - first.0 < spread, last.1 - first.1 < spread,
      max(gaps.0, gaps.1) <= swappedClauseReach
    else { return [] }
    return clause
  }

  /// The grades a word is paired by, best first: a list made once, not per sentence pair.
  private static let gradesBestFirst: [WordGrade] = [.equal, .inflection, .synonym]

  /// The fewest pairs of a swapped clause: two names or a two-word title the sentences share in
  /// another order are no clause.
  static let swappedClauseMinimum = 3

  /// The most words between a swapped clause and the run it changed places with.
  static let swappedClauseReach = 8

  /// The most words a swapped clause spans per pair of it.
  static let swappedClauseSpread = 3

  /// What the match weighs as evidence of a statement: paired content words times coverage
  /// (see ``MatchingSettings/minimumStatementEvidence``).
  var evidence: Float { coverage * Float(contentMatches) }

  /// The fewest pairs a match needs for any of its uses to accept it: as strong evidence (one
  /// fewer when they are a whole short sentence), to be judged by the paraphrase model, or beside
  /// a strong match; and never fewer than the two that make a stretch.
  static func minimumUsefulMatches(for settings: MatchingSettings) -> Int {
    max(2, min(settings.minimumContentMatches - 1, settings.minimumBridgedContentMatches))
  }

  /// Whether the match alone is evidence of one statement rather than a shared name or phrase.
  func isStrong(for settings: MatchingSettings) -> Bool {
    let wholeShortSentence =
      contentMatches >= settings.minimumContentMatches - 1
      && contentMatches == shorterSentenceContent
    let commonWordsNeeded =
      settings.minimumCommonWordMatches + (coverage >= settings.confidentCoverage ? 0 : 1)
    let wholeSentences =
      sentenceShare >= settings.wholeSentenceShare && coverage >= settings.confidentCoverage
    return (contentMatches >= settings.minimumContentMatches || wholeShortSentence)
      && (commonWordMatches >= commonWordsNeeded || wholeSentences)
      && coverage >= settings.minimumCoverage
  }

  /// Whether the sentences share enough to let the ``ParaphraseModel`` judge them: one content
  /// word fewer than a strong match needs, and one ordinary word fewer (not names alone: two
  /// sentences sharing a long title are no paraphrase for that).
  func isWorthJudging(for settings: MatchingSettings) -> Bool {
    contentMatches >= settings.minimumContentMatches - 1
      && commonWordMatches >= max(1, settings.minimumCommonWordMatches - 1)
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
