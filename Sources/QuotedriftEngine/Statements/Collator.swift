/// Collates one version of a statement against the reference, word by word: each passage of the
/// version is aligned with the reference (all of the passage, against the stretch of the reference
/// it matches best), transposed words are aligned with their own reference words, then every word
/// gets its ``DriftKind``, the reference words no passage keeps are the omissions, and words out
/// of the reference's order are marked moved. The version's attribution words ("according to
/// Butler") are aligned with nothing and marked as such; the reference's are left out of it.
struct Collator {
  let corpus: Corpus
  let similarity: WordSimilarity
  let settings: MatchingSettings

  /// A reference: one or more passages of one article, read as one run of words.
  struct Reference {
    let article: Int
    let words: [Int]
    let terms: [Int32]
    /// The first of ``words``' article words, and for each article word from it to the last,
    /// its position in ``words`` (-1 for a word outside the reference).
    private let firstWord: Int
    private let positionOfWord: [Int32]

    init(article: Int, passages: [Range<Int>], corpus: Corpus, excluding: Set<Int> = []) {
      self.article = article
      words = passages.flatMap { Array($0) }.filter { !excluding.contains($0) }
      terms = words.map { corpus.terms[article][$0] }
      firstWord = words.min() ?? 0
      var table = [Int32](repeating: -1, count: words.isEmpty ? 0 : words.max()! - firstWord + 1)
      // Should passages overlap, a word's first position.
      for (position, word) in words.enumerated().reversed() {
        table[word - firstWord] = Int32(position)
      }
      positionOfWord = table
    }

    /// The position in ``words`` of article word `word`, or `nil` for a word outside the
    /// reference.
    func position(of word: Int) -> Int? {
      let index = word - firstWord
      guard index >= 0, index < positionOfWord.count, positionOfWord[index] >= 0 else {
        return nil
      }
      return Int(positionOfWord[index])
    }
  }

  /// The collation of one version.
  struct Result {
    var drift: [[WordDrift]]
    var omitted: [Int]
    /// Share of the reference's words the version carries.
    var kept: Double
    /// Share of the version's own words that are the reference's verbatim (same or variant).
    var exact: Double
    /// Share of the reference's words kept verbatim (same, variant, or moved): how close the
    /// version stays to a reference contender.
    var verbatim: Double
    var flagged: [FlaggedWords]
  }

  /// The reference collated against itself: every word the same but its attribution words.
  static func referenceItself(_ passages: [Range<Int>], attributionWords: Set<Int>) -> Result {
    Result(
      drift: passages.map { passage in
        passage.map {
          attributionWords.contains($0)
            ? WordDrift(word: $0, kind: .attribution, referenceWord: nil)
            : WordDrift(word: $0, kind: .same, referenceWord: $0)
        }
      },
      omitted: [], kept: 1, exact: 1, verbatim: 1, flagged: [])
  }

  func collate(
    article: Int, passages: [Range<Int>], against reference: Reference,
    attributionWords: Set<Int> = []
  ) -> Result {
    let aligner = WordAligner(similarity: similarity, settings: settings)
    // Position in the reference run of each aligned word, and its grade, by passage.
    var positions: [[Int?]] = []
    var grades: [[WordGrade?]] = []
    for passage in passages {
      let terms = Array(corpus.terms[article][passage])
      let alignment = aligner.align(terms, reference.terms)
      var passagePositions = [Int?](repeating: nil, count: terms.count)
      var passageGrades = [WordGrade?](repeating: nil, count: terms.count)
      for step in alignment.steps {
        guard let first = step.first, let second = step.second,
          !attributionWords.contains(passage.lowerBound + first)
        else { continue }
        passagePositions[first] = second
        passageGrades[first] = step.grade
      }
      positions.append(passagePositions)
      grades.append(passageGrades)
    }
    repairTranspositions(passages, article: article, &positions, &grades, reference: reference)
    pairMovedWords(passages, article: article, &positions, &grades, reference: reference)
    var drift = zip(passages, zip(positions, grades)).map { passage, aligned in
      driftOfWords(
        passage, article: article, positions: aligned.0, grades: aligned.1, reference: reference
      ).map { word in
        var word = word
        if word.kind == .added && attributionWords.contains(word.word) { word.kind = .attribution }
        return word
      }
    }
    markOutOfOrder(&drift, positions)
    // A passage starts and ends on words the reference has: unmatched words at its edges came
    // from a neighbouring sentence, not from the statement.
    drift = drift.map { words in
      guard let (first, last) = Self.matchedEdges(of: words) else { return [] }
      return Array(words[first...last])
    }
    var covered = [Bool](repeating: false, count: reference.words.count)
    var keptVerbatim = [Bool](repeating: false, count: reference.words.count)
    var keptPositions: [Int] = []
    for word in drift.joined() {
      guard let referenceWord = word.referenceWord,
        let position = reference.position(of: referenceWord)
      else { continue }
      covered[position] = true
      keptPositions.append(position)
      if word.kind == .same || word.kind == .variant
        || (word.kind == .moved && corpus.terms[article][word.word] == reference.terms[position])
      {
        keptVerbatim[position] = true
      }
    }
    let omitted = reference.words.indices.filter { !covered[$0] }.map { reference.words[$0] }
    func share(_ count: Int, of total: Int) -> Double {
      total == 0 ? 1 : Double(count) / Double(total)
    }
    let ownWords = drift.joined().filter { $0.kind != .attribution }
    let flagged = meaningFlags(
      drift: drift, alignedPositions: keptPositions, article: article, reference: reference)
    return Result(
      drift: drift, omitted: omitted,
      kept: share(covered.filter { $0 }.count, of: reference.words.count),
      exact: share(
        ownWords.filter { $0.kind == .same || $0.kind == .variant }.count, of: ownWords.count),
      verbatim: share(keptVerbatim.filter { $0 }.count, of: reference.words.count),
      flagged: flagged)
  }

  /// The first and last words of a passage that belong to the statement: unmatched words at its
  /// edges, and a moved word cut off from the rest by unmatched ones, came from a neighbouring
  /// sentence. `nil` when none belongs.
  static func matchedEdges(of drift: [WordDrift]) -> (Int, Int)? {
    func isStray(_ index: Int, step: Int) -> Bool {
      let kind = drift[index].kind
      let next = index + step
      return kind == .added || kind == .attribution
        || (kind == .moved && drift.indices.contains(next)
          && [.added, .attribution].contains(drift[next].kind))
    }
    var first = 0
    var last = drift.count - 1
    while first <= last && isStray(first, step: 1) { first += 1 }
    while last >= first && isStray(last, step: -1) { last -= 1 }
    return first <= last ? (first, last) : nil
  }

  /// The drift kind of each word of one passage from its alignment.
  private func driftOfWords(
    _ passage: Range<Int>, article: Int, positions: [Int?], grades: [WordGrade?],
    reference: Reference
  ) -> [WordDrift] {
    let articleWords = corpus.articles[article].words
    let referenceWords = corpus.articles[reference.article].words
    let articleBytes = corpus.articles[article].bytes
    let referenceBytes = corpus.articles[reference.article].bytes
    return passage.enumerated().map { offset, word in
      guard let position = positions[offset], let grade = grades[offset] else {
        return WordDrift(word: word, kind: .added, referenceWord: nil)
      }
      let referenceWord = reference.words[position]
      let kind: DriftKind
      switch grade {
      case .equal:
        let identical = articleBytes[articleWords[word].start..<articleWords[word].end]
          .elementsEqual(
            referenceBytes[referenceWords[referenceWord].start..<referenceWords[referenceWord].end])
        kind = identical ? .same : .variant
      case .inflection: kind = .inflection
      case .synonym: kind = .synonym
      case .unrelated: kind = .reworded
      }
      return WordDrift(word: word, kind: kind, referenceWord: referenceWord)
    }
  }

  /// How far apart, in reference words, a swapped word may have travelled.
  static let transpositionReach = 6

  /// A word aligned with an unrelated reference word, while the reference has the very same word
  /// close by and unmatched, was transposed ("Russia and China" for "China and Russia"): align it
  /// with its own word. Out-of-order marking then calls it moved.
  private func repairTranspositions(
    _ passages: [Range<Int>], article: Int, _ positions: inout [[Int?]],
    _ grades: inout [[WordGrade?]], reference: Reference
  ) {
    for passage in passages.indices {
      var equallyMatched = [Bool](repeating: false, count: reference.terms.count)
      for (position, grade) in zip(positions[passage], grades[passage]) where grade == .equal {
        if let position { equallyMatched[position] = true }
      }
      var claimed = [Bool](repeating: false, count: reference.terms.count)
      for index in positions[passage].indices where grades[passage][index] == .unrelated {
        guard let position = positions[passage][index] else { continue }
        let term = corpus.terms[article][passages[passage].lowerBound + index]
        let window =
          max(
            0, position - Self.transpositionReach)...min(
            reference.terms.count - 1, position + Self.transpositionReach)
        let own = window.filter {
          reference.terms[$0] == term && !equallyMatched[$0] && !claimed[$0]
        }.min { abs($0 - position) < abs($1 - position) }
        guard let own else { continue }
        claimed[own] = true
        positions[passage][index] = own
        grades[passage][index] = .equal
      }
    }
  }

  /// An added content word whose form an unmatched reference word has was moved, not added.
  private func pairMovedWords(
    _ passages: [Range<Int>], article: Int, _ positions: inout [[Int?]],
    _ grades: inout [[WordGrade?]], reference: Reference
  ) {
    var used = [Bool](repeating: false, count: reference.words.count)
    for position in positions.joined() {
      if let position { used[position] = true }
    }
    var unmatchedByTerm: [Int32: [Int]] = [:]
    for position in reference.words.indices where !used[position] {
      let term = reference.terms[position]
      if !corpus.vocabulary.isFunctionWord[Int(term)] {
        unmatchedByTerm[term, default: []].append(position)
      }
    }
    guard !unmatchedByTerm.isEmpty else { return }
    for passage in passages.indices {
      for index in positions[passage].indices where positions[passage][index] == nil {
        let term = corpus.terms[article][passages[passage].lowerBound + index]
        guard var candidates = unmatchedByTerm[term], !candidates.isEmpty else { continue }
        let position = candidates.removeFirst()
        unmatchedByTerm[term] = candidates
        used[position] = true
        positions[passage][index] = position
        grades[passage][index] = .equal
      }
    }
  }

  /// Aligned words outside the longest run that keeps the reference's order are moved.
  private func markOutOfOrder(_ drift: inout [[WordDrift]], _ positions: [[Int?]]) {
    var pairs: [(Int, Int)] = []
    var locations: [(Int, Int)] = []
    for (passage, passagePositions) in positions.enumerated() {
      for (index, position) in passagePositions.enumerated() {
        guard let position else { continue }
        pairs.append((pairs.count, position))
        locations.append((passage, index))
      }
    }
    var inOrder = [Bool](repeating: false, count: pairs.count)
    for (order, _) in UniqueAnchors.longestIncreasing(pairs) { inOrder[order] = true }
    for (order, location) in locations.enumerated() where !inOrder[order] {
      drift[location.0][location.1].kind = .moved
    }
  }

  /// Flags for numbers, negations and modals that differ between the version and the stretch of
  /// the reference it covers, with the words of each side that differ.
  private func meaningFlags(
    drift: [[WordDrift]], alignedPositions aligned: [Int], article: Int, reference: Reference
  ) -> [FlaggedWords] {
    guard let low = aligned.min(), let high = aligned.max() else { return [] }
    let isNumberLike = corpus.vocabulary.isNumberLike
    let isNegation = corpus.vocabulary.isNegation
    let modals = corpus.vocabulary.modals
    let norms = corpus.vocabulary.norms
    // Only numbers, negations and modals have a key: the other words are never flagged.
    func keyed(_ term: Int32) -> Bool {
      isNumberLike[Int(term)] || isNegation[Int(term)] || modals[Int(term)] != nil
    }
    let terms = corpus.terms[article]
    let versionWords = drift.joined().filter { $0.kind != .attribution && keyed(terms[$0.word]) }
      .map { (word: $0.word, term: terms[$0.word]) }
    let referenceWords = (low...high).filter { keyed(reference.terms[$0]) }.map {
      (word: reference.words[$0], term: reference.terms[$0])
    }
    guard !versionWords.isEmpty || !referenceWords.isEmpty else { return [] }
    var flagged: [FlaggedWords] = []
    /// The words of each side whose key the other side lacks (keys compared as multisets).
    func differing(_ key: (Int32) -> String?) -> FlaggedWords? {
      var unmatched: [String: [Int]] = [:]
      for (word, term) in referenceWords {
        if let key = key(term) { unmatched[key, default: []].append(word) }
      }
      var extra: [Int] = []
      for (word, term) in versionWords {
        guard let key = key(term) else { continue }
        if unmatched[key]?.isEmpty == false {
          unmatched[key]!.removeFirst()
        } else {
          extra.append(word)
        }
      }
      let missing = unmatched.values.flatMap { $0 }.sorted()
      guard !extra.isEmpty || !missing.isEmpty else { return nil }
      return FlaggedWords(flag: .number, words: extra, referenceWords: missing)
    }
    let checks: [(MeaningFlag, (Int32) -> String?)] = [
      (.number, { isNumberLike[Int($0)] ? norms[Int($0)] : nil }),
      (.negation, { isNegation[Int($0)] ? "not" : nil }),
      (.modal, { modals[Int($0)] }),
    ]
    for (flag, key) in checks {
      if var found = differing(key) {
        found.flag = flag
        flagged.append(found)
      }
    }
    return flagged
  }
}
