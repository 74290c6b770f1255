/// Collates one version of a statement against the reference, word by word: each passage of the
/// version is aligned with the reference (all of the passage, against the stretch of the reference
/// it matches best), then every word gets its ``DriftKind``, the reference words no passage keeps
/// are the omissions, and words out of the reference's order are marked moved.
struct Collator {
  let corpus: Corpus
  let similarity: WordSimilarity
  let settings: MatchingSettings

  /// A reference: one or more passages of one article, read as one run of words.
  struct Reference {
    var article: Int
    var words: [Int]
    var terms: [Int32]

    init(article: Int, passages: [Range<Int>], corpus: Corpus) {
      self.article = article
      words = passages.flatMap { Array($0) }
      terms = words.map { corpus.terms[article][$0] }
    }
  }

  /// The collation of one version.
  struct Result {
    var drift: [[WordDrift]]
    var omitted: [Int]
    var fidelity: Double
    var flags: [MeaningFlag]
  }

  func collate(article: Int, passages: [Range<Int>], against reference: Reference) -> Result {
    let aligner = WordAligner(similarity: similarity, settings: settings, weighted: false)
    let articleWords = corpus.articles[article].words
    let referenceWords = corpus.articles[reference.article].words
    let articleBytes = corpus.articles[article].bytes
    let referenceBytes = corpus.articles[reference.article].bytes
    var drift: [[WordDrift]] = []
    // Position in the reference run of each aligned word, and its grade, by passage.
    var alignedPositions: [[Int?]] = []
    var grades: [[WordGrade?]] = []
    var covered = [Bool](repeating: false, count: reference.words.count)
    var keptVerbatim = [Bool](repeating: false, count: reference.words.count)
    for passage in passages {
      let terms = Array(corpus.terms[article][passage])
      let alignment = aligner.align(terms, reference.terms, mode: .wholeFirst)
      var positions = [Int?](repeating: nil, count: terms.count)
      var passageGrades = [WordGrade?](repeating: nil, count: terms.count)
      for step in alignment.steps {
        guard let first = step.first, let second = step.second else { continue }
        positions[first] = second
        passageGrades[first] = step.grade
        covered[second] = true
        if step.grade == .equal { keptVerbatim[second] = true }
      }
      alignedPositions.append(positions)
      grades.append(passageGrades)
      drift.append(
        passage.enumerated().map { offset, word in
          guard let position = positions[offset], let grade = passageGrades[offset] else {
            return WordDrift(word: word, kind: .added, referenceWord: nil)
          }
          let referenceWord = reference.words[position]
          let kind: DriftKind
          switch grade {
          case .equal:
            let identical = articleBytes[articleWords[word].start..<articleWords[word].end]
              .elementsEqual(referenceBytes[referenceWords[referenceWord].start..<referenceWords[referenceWord].end])
            kind = identical ? .same : .variant
          case .inflection: kind = .inflection
          case .synonym: kind = .synonym
          case .unrelated: kind = .reworded
          }
          return WordDrift(word: word, kind: kind, referenceWord: referenceWord)
        })
    }
    pairMovedWords(&drift, &alignedPositions, &covered, &keptVerbatim, reference: reference, article: article)
    markOutOfOrder(&drift, alignedPositions)
    let omitted = reference.words.indices.filter { !covered[$0] }.map { reference.words[$0] }
    let fidelity =
      reference.words.isEmpty
      ? 1 : Double(keptVerbatim.filter { $0 }.count) / Double(reference.words.count)
    let flags = meaningFlags(
      drift: drift, positions: alignedPositions, covered: covered, article: article,
      reference: reference)
    return Result(drift: drift, omitted: omitted, fidelity: fidelity, flags: flags)
  }

  /// An added content word whose form an omitted reference word has was moved, not added.
  private func pairMovedWords(
    _ drift: inout [[WordDrift]], _ positions: inout [[Int?]], _ covered: inout [Bool],
    _ keptVerbatim: inout [Bool], reference: Reference, article: Int
  ) {
    var omittedByTerm: [Int32: [Int]] = [:]
    for position in reference.words.indices where !covered[position] {
      let term = reference.terms[position]
      if !corpus.vocabulary.isFunctionWord[Int(term)] {
        omittedByTerm[term, default: []].append(position)
      }
    }
    guard !omittedByTerm.isEmpty else { return }
    for passage in drift.indices {
      for index in drift[passage].indices where drift[passage][index].kind == .added {
        let term = corpus.terms[article][drift[passage][index].word]
        guard var candidates = omittedByTerm[term], !candidates.isEmpty else { continue }
        let position = candidates.removeFirst()
        omittedByTerm[term] = candidates
        covered[position] = true
        keptVerbatim[position] = true
        positions[passage][index] = position
        drift[passage][index].kind = .moved
        drift[passage][index].referenceWord = reference.words[position]
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
    let inOrder = Set(UniqueAnchors.longestIncreasing(pairs).map(\.0))
    for (order, location) in locations.enumerated() where !inOrder.contains(order) {
      drift[location.0][location.1].kind = .moved
    }
  }

  /// Flags for numbers, negations and modals that differ between the version and the stretch of
  /// the reference it covers.
  private func meaningFlags(
    drift: [[WordDrift]], positions: [[Int?]], covered: [Bool], article: Int,
    reference: Reference
  ) -> [MeaningFlag] {
    let aligned = positions.flatMap { $0 }.compactMap { $0 }
    guard let low = aligned.min(), let high = aligned.max() else { return [] }
    let vocabulary = corpus.vocabulary
    let versionTerms = drift.flatMap { $0 }.map { corpus.terms[article][$0.word] }
    let referenceTerms = Array(reference.terms[low...high])
    var flags: [MeaningFlag] = []
    let numbers = { (terms: [Int32]) in
      terms.filter { vocabulary.isNumberLike[Int($0)] }.sorted()
    }
    if numbers(versionTerms) != numbers(referenceTerms) { flags.append(.number) }
    let negations = { (terms: [Int32]) in
      terms.filter { WordLists.negations.contains(vocabulary.norms[Int($0)]) }.count
    }
    if negations(versionTerms) != negations(referenceTerms) { flags.append(.negation) }
    let modals = { (terms: [Int32]) in
      terms.compactMap { WordLists.modals[vocabulary.norms[Int($0)]] }.sorted()
    }
    if modals(versionTerms) != modals(referenceTerms) { flags.append(.modal) }
    return flags
  }
}
