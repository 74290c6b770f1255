/// Finds pairs of sentences in different articles worth aligning, from an index rather than by
/// comparing every pair: each sentence is keyed by pairs of content-word stems that stand within
/// a few words of each other ("anchors" that survive rewording, since a synonym swap breaks only
/// the keys of the word it replaces). Sentences sharing enough keys are candidates. Keys shared by
/// too many sentences are ignored, so cost grows close to linearly with the corpus.
///
/// The index is built by sorting (key, sentence) entries in hash buckets on every core; the
/// candidate pairs are counted the same way.
struct CandidateIndex {
  /// A sentence of the corpus.
  struct SentenceRef: Hashable {
    var article: Int32
    var sentence: Int32
  }

  let sentences: [SentenceRef]
  let candidates: [(Int32, Int32)]

  init(corpus: Corpus, settings: MatchingSettings) {
    var sentences: [SentenceRef] = []
    for (articleIndex, article) in corpus.articles.enumerated() {
      for index in article.sentences.indices where !corpus.noisySentences[articleIndex][index] {
        sentences.append(SentenceRef(article: Int32(articleIndex), sentence: Int32(index)))
      }
    }
    self.sentences = sentences
    let refs = sentences
    // A candidate pair packs two sentence positions as `first * sentenceCount + second`, which
    // sorts as the pair does in fewer radix digits than `first << 32 | second`.
    let sentenceCount = UInt64(max(1, refs.count))
    let bucketBits = 6
    let bucketCount = 1 << bucketBits
    // Entries (key, sentence), partitioned into buckets by key hash, per chunk of sentences; keys
    // and sentences in parallel arrays.
    let chunkEntries: [Buckets] = Parallel.mapChunks(count: refs.count) { range in
      var stems: [Int32] = []
      var keys: [UInt64] = []
      var entries: [UInt64] = []
      var owners: [Int32] = []
      let forms = FormStems(corpus.vocabulary)
      for position in range {
        Self.keys(
          of: refs[position], corpus: corpus, forms: forms, window: settings.anchorWindow,
          stems: &stems, into: &keys)
        entries += keys
        owners.append(contentsOf: repeatElement(Int32(position), count: keys.count))
      }
      return Buckets(entries, owners: owners, bits: bucketBits)
    }
    let maximumFrequency = settings.maximumKeyFrequency
    // Pairs of sentences sharing a key, per bucket.
    let pairBuckets: [Buckets] = Parallel.map(count: bucketCount) { bucket in
      var keys = chunkEntries.flatMap { $0.values(in: bucket) }
      var owners = chunkEntries.flatMap { $0.owners(in: bucket) }
      // Stable, and the entries are in sentence order: each key's sentences stay ascending.
      RadixSort.sort(&keys, carrying: &owners)
      var pairs: [UInt64] = []
      var start = 0
      while start < keys.count {
        var end = start + 1
        while end < keys.count && keys[end] == keys[start] { end += 1 }
        if end - start >= 2 && end - start <= maximumFrequency {
          for i in start..<end {
            for j in (i + 1)..<end
            where refs[Int(owners[i])].article != refs[Int(owners[j])].article {
              pairs.append(UInt64(owners[i]) * sentenceCount + UInt64(owners[j]))
            }
          }
        }
        start = end
      }
      return Buckets(pairs, owners: [], bits: bucketBits)
    }
    let minimumShared = settings.minimumSharedKeys
    let counted: [[UInt64]] = Parallel.map(count: bucketCount) { bucket in
      var pairs = pairBuckets.flatMap { $0.values(in: bucket) }
      RadixSort.sort(&pairs)
      var result: [UInt64] = []
      var start = 0
      while start < pairs.count {
        var end = start + 1
        while end < pairs.count && pairs[end] == pairs[start] { end += 1 }
        if end - start >= minimumShared { result.append(pairs[start]) }
        start = end
      }
      return result
    }
    // Packed as first * sentenceCount + second, so sorting the numbers sorts the pairs.
    var packed = counted.flatMap { $0 }
    RadixSort.sort(&packed)
    candidates = packed.map {
      (Int32(truncatingIfNeeded: $0 / sentenceCount), Int32(truncatingIfNeeded: $0 % sentenceCount))
    }
  }

  /// What keying reads of the vocabulary, taken from it once per chunk of sentences rather than
  /// copying the whole vocabulary per sentence.
  struct FormStems {
    let isFunctionWord: [Bool]
    let stems: [Int32]
    /// How many stems there are: a key packs two stems as `low * stemCount + high`, which sorts
    /// as the pair does and leaves the radix sort fewer digits than `low << 32 | high`.
    let stemCount: UInt64

    init(_ vocabulary: Vocabulary) {
      isFunctionWord = vocabulary.isFunctionWord
      stems = vocabulary.stems
      stemCount = UInt64(max(1, vocabulary.stemTexts.count))
    }
  }

  /// Numbers (and a sentence for each, or none) partitioned into hash buckets by
  /// ``bucket(_:bits:)``, each bucket keeping their order: one array each, not one per bucket.
  struct Buckets: Sendable {
    private let sorted: [UInt64]
    private let sortedOwners: [Int32]
    /// Where each bucket starts in ``sorted``, and the end.
    private let starts: [Int]

    init(_ values: [UInt64], owners: [Int32], bits: Int) {
      let bucketCount = 1 << bits
      var starts = [Int](repeating: 0, count: bucketCount + 1)
      for value in values { starts[CandidateIndex.bucket(value, bits: bits) + 1] += 1 }
      for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
      var next = Array(starts.dropLast())
      // Every place is written below: the arrays start unset, not zeroed.
      var sorted = [UInt64].unset(count: values.count)
      var sortedOwners = [Int32].unset(count: owners.count)
      let carries = !owners.isEmpty
      for (index, value) in values.enumerated() {
        let bucket = CandidateIndex.bucket(value, bits: bits)
        sorted[next[bucket]] = value
        if carries { sortedOwners[next[bucket]] = owners[index] }
        next[bucket] += 1
      }
      self.sorted = sorted
      self.sortedOwners = sortedOwners
      self.starts = starts
    }

    func values(in bucket: Int) -> ArraySlice<UInt64> {
      sorted[starts[bucket]..<starts[bucket + 1]]
    }

    func owners(in bucket: Int) -> ArraySlice<Int32> {
      sortedOwners[starts[bucket]..<starts[bucket + 1]]
    }
  }

  @inline(__always)
  static func bucket(_ key: UInt64, bits: Int) -> Int {
    Int((key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
  }

  /// The most content stems of a sentence keyed by every pair of them, not only by those within
  /// the anchor window.
  static let shortSentenceStems = 8

  /// The distinct keys of one sentence, sorted, into `keys`: unordered pairs of the stems of
  /// content words no more than `window` content words apart, or of any two of its content words
  /// in a sentence of at most ``shortSentenceStems``. `stems` is scratch space.
  static func keys(
    of ref: SentenceRef, corpus: Corpus, forms: FormStems, window: Int, stems: inout [Int32],
    into keys: inout [UInt64]
  ) {
    let article = Int(ref.article)
    let sentence = corpus.articles[article].sentences[Int(ref.sentence)]
    let terms = corpus.terms[article]
    stems.removeAll(keepingCapacity: true)
    keys.removeAll(keepingCapacity: true)
    for word in sentence.words {
      let term = Int(terms[word])
      if !forms.isFunctionWord[term] { stems.append(forms.stems[term]) }
    }
    // A short sentence pairs all its stems: reworded, it may keep only a few of them, and
    // apart.
    let reach = stems.count <= shortSentenceStems ? stems.count : window
    for i in stems.indices {
      for j in (i + 1)..<min(stems.count, i + 1 + reach) where stems[i] != stems[j] {
        let low = UInt64(UInt32(min(stems[i], stems[j])))
        let high = UInt64(UInt32(max(stems[i], stems[j])))
        keys.append(low * forms.stemCount + high)
      }
    }
    keys.sortAndRemoveRepeats()
  }
}
