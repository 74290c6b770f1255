/// How alike two words are, from most to least: the same matching form, the same stem, WordNet
/// synonyms, unrelated. (Whether the bytes are identical is a finer grade that only drift
/// classification needs.)
public enum WordGrade: Int, Sendable, Comparable {
  case unrelated, synonym, inflection, equal

  public static func < (lhs: WordGrade, rhs: WordGrade) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Grades pairs of corpus words. Holds WordNet relations for the content words it was prepared
/// for, flattened into plain arrays because grading runs in the innermost loop of alignment;
/// words it was not prepared for are never synonyms.
public struct WordSimilarity: Sendable {
  private(set) var vocabulary: Vocabulary
  private let wordNet: WordNet?
  private var prepared: [Bool]
  /// Per form: the range of its synonym keys in `synonymKeys`, and of its antonym keys in
  /// `antonymKeys`.
  private var synonymRanges: [Range<Int32>]
  private var antonymRanges: [Range<Int32>]
  private var synonymKeys: [Int64] = []
  private var antonymKeys: [Int64] = []

  init(vocabulary: Vocabulary, wordNet: WordNet?) {
    self.vocabulary = vocabulary
    self.wordNet = wordNet
    prepared = Array(repeating: false, count: vocabulary.count)
    synonymRanges = Array(repeating: 0..<0, count: vocabulary.count)
    antonymRanges = synonymRanges
  }

  /// The same relations over `vocabulary`, which extends this one's with more forms (see
  /// ``Vocabulary/extended(with:stemmer:)``); the new forms are not prepared yet.
  func extended(to vocabulary: Vocabulary) -> WordSimilarity {
    var similarity = self
    let added = vocabulary.count - self.vocabulary.count
    similarity.vocabulary = vocabulary
    similarity.prepared += Array(repeating: false, count: added)
    similarity.synonymRanges += Array(repeating: 0..<0, count: added)
    similarity.antonymRanges += Array(repeating: 0..<0, count: added)
    return similarity
  }

  /// Looks up WordNet relations for the content words among `terms` not looked up yet.
  mutating func prepare(_ terms: some Sequence<Int32>) {
    guard let wordNet else { return }
    var missing = Set<Int32>()
    for term in terms where !prepared[Int(term)] {
      prepared[Int(term)] = true
      let index = Int(term)
      if !vocabulary.isFunctionWord[index] && !vocabulary.isNumberLike[index] {
        missing.insert(term)
      }
    }
    let ordered = missing.sorted()
    let norms = vocabulary.norms
    let found = Parallel.mapChunks(count: ordered.count) { range in
      range.map { wordNet.relations(of: norms[Int(ordered[$0])]) }
    }.flatMap { $0 }
    for (term, relation) in zip(ordered, found) {
      let synonymStart = Int32(synonymKeys.count)
      synonymKeys.append(contentsOf: relation.synonymKeys)
      synonymRanges[Int(term)] = synonymStart..<Int32(synonymKeys.count)
      let antonymStart = Int32(antonymKeys.count)
      antonymKeys.append(contentsOf: relation.antonymKeys)
      antonymRanges[Int(term)] = antonymStart..<Int32(antonymKeys.count)
    }
  }

  /// The grade of words `first` and `second`.
  @inline(__always)
  public func grade(_ first: Int32, _ second: Int32) -> WordGrade {
    if first == second { return .equal }
    if vocabulary.stems[Int(first)] == vocabulary.stems[Int(second)] { return .inflection }
    let a = synonymRanges[Int(first)]
    let b = synonymRanges[Int(second)]
    guard !a.isEmpty && !b.isEmpty else { return .unrelated }
    guard intersects(synonymKeys, a, synonymKeys, b),
      !intersects(antonymKeys, antonymRanges[Int(first)], synonymKeys, b),
      !intersects(antonymKeys, antonymRanges[Int(second)], synonymKeys, a)
    else { return .unrelated }
    return .synonym
  }

  @inline(__always)
  private func intersects(
    _ left: [Int64], _ leftRange: Range<Int32>, _ right: [Int64], _ rightRange: Range<Int32>
  ) -> Bool {
    var i = Int(leftRange.lowerBound)
    var j = Int(rightRange.lowerBound)
    let iEnd = Int(leftRange.upperBound)
    let jEnd = Int(rightRange.upperBound)
    while i < iEnd && j < jEnd {
      let x = left[i]
      let y = right[j]
      if x == y { return true }
      if x < y { i += 1 } else { j += 1 }
    }
    return false
  }
}
