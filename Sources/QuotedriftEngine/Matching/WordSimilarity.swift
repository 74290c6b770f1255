/// How alike two words are, from most to least: the same matching form, the same stem, WordNet
/// synonyms, unrelated. (Whether the bytes are identical is a finer grade that only drift
/// classification needs.)
public enum WordGrade: Int, Sendable, Comparable {
  case unrelated, synonym, inflection, equal

  public static func < (lhs: WordGrade, rhs: WordGrade) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Grades pairs of corpus words. Holds, for each content word it was prepared for, the corpus
/// words that are its WordNet synonyms, found once per pair of words that share a synset when
/// they are prepared, since grading runs in the innermost loop of alignment; words it was not
/// prepared for are never synonyms.
public struct WordSimilarity: Sendable {
  private(set) var vocabulary: Vocabulary
  private let wordNet: WordNet?
  private var prepared: [Bool]
  /// Per form: its synonyms among the prepared forms, sorted.
  private var synonyms: [[Int32]]
  /// Per form: a Bloom filter of its synonyms in ``filterWords`` words (a bit per synonym, by
  /// ``filterBit(_:)``), which rules out most unrelated pairs without searching the list.
  private var synonymFilters: [UInt64]
  /// Per form: the WordNet relations it was prepared with.
  private var relations: [WordNet.Relations?]
  /// The prepared forms holding each synonym key.
  private var formsByKey: [Int64: [Int32]] = [:]

  init(vocabulary: Vocabulary, wordNet: WordNet?) {
    self.vocabulary = vocabulary
    self.wordNet = wordNet
    prepared = Array(repeating: false, count: vocabulary.count)
    synonyms = Array(repeating: [], count: vocabulary.count)
    synonymFilters = Array(repeating: 0, count: vocabulary.count * Self.filterWords)
    relations = Array(repeating: nil, count: vocabulary.count)
  }

  /// The same relations over `vocabulary`, which extends this one's with more forms (see
  /// ``Vocabulary/extended(with:lexicon:)``); the new forms are not prepared yet.
  func extended(to vocabulary: Vocabulary) -> WordSimilarity {
    var similarity = self
    let added = vocabulary.count - self.vocabulary.count
    similarity.vocabulary = vocabulary
    similarity.prepared += Array(repeating: false, count: added)
    similarity.synonyms += Array(repeating: [], count: added)
    similarity.synonymFilters += Array(repeating: 0, count: added * Self.filterWords)
    similarity.relations += Array(repeating: nil, count: added)
    return similarity
  }

  /// Looks up WordNet relations for the content words among `terms` not looked up yet, and links
  /// each to the prepared words it is a synonym of.
  mutating func prepare(_ terms: some Sequence<Int32>) {
    guard let wordNet else { return }
    // Each word is marked prepared when first met, so it is missing once.
    var missing: [Int32] = []
    for term in terms where !prepared[Int(term)] {
      prepared[Int(term)] = true
      let index = Int(term)
      if !vocabulary.isFunctionWord[index] && !vocabulary.isNumberLike[index] {
        missing.append(term)
      }
    }
    let ordered = missing.sorted()
    let norms = vocabulary.norms
    let found = Parallel.mapChunks(count: ordered.count) { range in
      range.map { wordNet.relations(of: norms[Int(ordered[$0])]) }
    }.flatMap { $0 }
    // Every new word under each of its synonym keys, grouped by key (a stable sort keeps each
    // group in word order); the words sharing a key with a new word are its candidate synonyms.
    var keys: [UInt64] = []
    var keyTerms: [Int32] = []
    for (term, relation) in zip(ordered, found) where !relation.synonymKeys.isEmpty {
      relations[Int(term)] = relation
      for key in relation.synonymKeys {
        keys.append(UInt64(bitPattern: key))
        keyTerms.append(term)
      }
    }
    RadixSort.sort(&keys, carrying: &keyTerms)
    // Each pair of words that share a key, once (smaller id high), with a new word in it.
    var pairs: [UInt64] = []
    var start = 0
    while start < keys.count {
      var end = start + 1
      while end < keys.count && keys[end] == keys[start] { end += 1 }
      let key = Int64(bitPattern: keys[start])
      let earlier = formsByKey[key, default: []]
      for index in start..<end {
        let term = keyTerms[index]
        for partner in earlier { pairs.append(Self.pair(term, partner)) }
        for other in keyTerms[start..<index] { pairs.append(Self.pair(term, other)) }
      }
      formsByKey[key] = earlier + keyTerms[start..<end]
      start = end
    }
    RadixSort.sort(&pairs)
    pairs.removeRepeatsOfSorted()
    // Words that share a key are synonyms unless one is an antonym of the other.
    let known = relations
    let candidates = pairs
    let isSynonym = Parallel.mapChunks(count: pairs.count) { range in
      range.map { index in
        let (first, second) = Self.terms(ofPair: candidates[index])
        return known[Int(first)]!.isSynonym(of: known[Int(second)]!)
      }
    }.flatMap { $0 }
    var linked = [Bool](repeating: false, count: vocabulary.count)
    for term in keyTerms { linked[Int(term)] = true }
    for (pair, synonymous) in zip(pairs, isSynonym) where synonymous {
      let (first, second) = Self.terms(ofPair: pair)
      synonyms[Int(first)].append(second)
      synonyms[Int(second)].append(first)
      linked[Int(first)] = true
      linked[Int(second)] = true
    }
    for term in linked.indices where linked[term] {
      synonyms[Int(term)].sort()
      for synonym in synonyms[Int(term)] {
        let (word, shift) = Self.filterBit(synonym)
        synonymFilters[Int(term) * Self.filterWords + word] |= 1 << shift
      }
    }
  }

  /// Two word ids in one key, the smaller first, so that a pair sorts and compares as one number.
  private static func pair(_ a: Int32, _ b: Int32) -> UInt64 {
    UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b)))
  }

  /// The two word ids of ``pair(_:_:)``.
  private static func terms(ofPair pair: UInt64) -> (Int32, Int32) {
    (Int32(truncatingIfNeeded: pair >> 32), Int32(truncatingIfNeeded: pair))
  }

  /// The grade of words `first` and `second`.
  public func grade(_ first: Int32, _ second: Int32) -> WordGrade {
    let (lane, shift) = Self.filterBit(second)
    return grade(
      gradeKey(first), term: second, stem: vocabulary.stems[Int(second)], lane: lane,
      shift: UInt64(shift)
    ) { synonymFilters[Int(second) * Self.filterWords + $0] }
  }

  /// What grading reads of one word, read once for a word graded against many (a row of the
  /// word aligner's table): its id, its stem, the bit that stands for it in a synonym filter
  /// (its lane and the bit in that lane), and its own synonym filter, so that grading it against
  /// a column reads nothing else unless both filters pass.
  struct GradeKey {
    fileprivate var term: Int32
    fileprivate var stem: Int32
    fileprivate var lane: Int
    fileprivate var bit: UInt64
    /// The filter's four lanes, apart: a lane is picked by comparisons, not by an index into a
    /// vector, which the compiler would store to memory and read back in every cell.
    fileprivate var filter: (UInt64, UInt64, UInt64, UInt64)

    @inline(__always)
    fileprivate func filterLane(_ lane: Int) -> UInt64 {
      lane < 2 ? (lane == 0 ? filter.0 : filter.1) : (lane == 2 ? filter.2 : filter.3)
    }
  }

  /// What grading reads of words graded against many rows (the columns of a table): a column's
  /// stem, id and filter bit in twelve bytes, read by every cell of a row, and its filter apart,
  /// read only for the few pairs whose filters might hold each other.
  struct GradeColumns {
    fileprivate struct Column {
      var stem: Int32
      var term: Int32
      var lane: UInt8
      /// The bit's place in its lane.
      var shift: UInt8
    }

    fileprivate var columns: [Column] = []
    /// ``WordSimilarity/filterWords`` words per column.
    fileprivate var filters: [UInt64] = []

    /// How many columns there are.
    var count: Int { columns.count }
  }

  /// The ``GradeKey`` of word `term`.
  @inline(__always)
  func gradeKey(_ term: Int32) -> GradeKey {
    let (lane, shift) = Self.filterBit(term)
    let start = Int(term) * Self.filterWords
    return GradeKey(
      term: term, stem: vocabulary.stems[Int(term)], lane: lane, bit: 1 << shift,
      filter: (
        synonymFilters[start], synonymFilters[start + 1], synonymFilters[start + 2],
        synonymFilters[start + 3]
      ))
  }

  /// The ``GradeColumns`` of words `terms`, in order.
  func gradeColumns(_ terms: some Collection<Int32>) -> GradeColumns {
    var list: [GradeColumns.Column] = []
    list.reserveCapacity(terms.count)
    let stems = vocabulary.stems
    // Each column's filter copied word by word into place: four words are too few to copy as
    // a slice.
    let filters = [UInt64](unsafeUninitializedCapacity: terms.count * Self.filterWords) {
      filters, written in
      synonymFilters.withUnsafeBufferPointer { source in
        for term in terms {
          let (lane, shift) = Self.filterBit(term)
          list.append(
            .init(stem: stems[Int(term)], term: term, lane: UInt8(lane), shift: UInt8(shift)))
          let start = Int(term) * Self.filterWords
          for word in 0..<Self.filterWords { filters[written + word] = source[start + word] }
          written += Self.filterWords
        }
      }
    }
    return GradeColumns(columns: list, filters: filters)
  }

  /// ``grade(_:_:)`` of the word whose key `row` is and column `column` of `columns`.
  @inline(__always)
  func grade(_ row: GradeKey, _ columns: GradeColumns, _ column: Int) -> WordGrade {
    let other = columns.columns[column]
    return grade(
      row, term: other.term, stem: other.stem, lane: Int(other.lane), shift: UInt64(other.shift)
    ) { columns.filters[column * Self.filterWords + $0] }
  }

  /// The grade of the word whose key `row` is and word `term`, whose stem is `stem`, whose bit
  /// in a synonym filter is bit `shift` of lane `lane`, and whose own filter's lanes
  /// `filterLane` reads.
  @inline(__always)
  private func grade(
    _ row: GradeKey, term: Int32, stem: Int32, lane: Int, shift: UInt64,
    filterLane: (Int) -> UInt64
  ) -> WordGrade {
    // A word's stem is its form's: the same form has the same stem.
    if row.stem == stem { return row.term == term ? .equal : .inflection }
    // Synonymy is symmetric, so each word's filter must hold the other; the lists are searched
    // (from the shorter) only when both do.
    guard (row.filterLane(lane) >> shift) & 1 != 0, filterLane(row.lane) & row.bit != 0 else {
      return .unrelated
    }
    return listedSynonyms(row.term, term) ? .synonym : .unrelated
  }

  /// Whether either word's list of synonyms (searched from the shorter) holds the other.
  private func listedSynonyms(_ first: Int32, _ second: Int32) -> Bool {
    synonyms[Int(first)].count <= synonyms[Int(second)].count
      ? synonyms[Int(first)].sortedContains(second)
      : synonyms[Int(second)].sortedContains(first)
  }

  /// Words in each form's filter: 256 bits, since a verb or an adjective can have a hundred
  /// synonyms or more (the four lanes of a ``GradeKey``'s filter).
  private static let filterWords = 4

  /// The word of a filter and the place of the bit in it that stand for `term`.
  @inline(__always)
  private static func filterBit(_ term: Int32) -> (word: Int, shift: Int) {
    let hash = UInt64(UInt32(term)) &* 0x9E37_79B9_7F4A_7C15
    return (Int((hash >> 32) % UInt64(filterWords)), Int((hash >> 56) & 63))
  }
}
