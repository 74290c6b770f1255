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

  /// The index of `corpus`. `packsOwners` false keeps each entry's sentence in an array of its
  /// own even when it would fit beside the key (the layout for vocabularies too large to pack,
  /// which tests compare with the packed one).
  init(corpus: Corpus, settings: MatchingSettings, packsOwners: Bool = true) {
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
    let bucketBits = 8
    let bucketCount = 1 << bucketBits
    let forms = FormStems(corpus.vocabulary)
    // Each entry (key, sentence) is one number, `key << ownerBits | sentence`, when both fit in
    // 64 bits (a third less memory than a key and a sentence apart, and no second array for the
    // sorts to carry); else the sentences go in an array beside the keys.
    let ownerBits = UInt64(64 - (sentenceCount - 1).leadingZeroBitCount)
    let keyBits = UInt64(64 - (forms.stemCount * forms.stemCount - 1).leadingZeroBitCount)
    let layout = EntryLayout(ownerBits: packsOwners && keyBits + ownerBits <= 64 ? ownerBits : nil)
    // Entries partitioned into buckets by key hash, per chunk of sentences.
    let chunkEntries: [Buckets] = Parallel.mapChunks(count: refs.count) { range in
      var stems: [Int32] = []
      var keys: [UInt64] = []
      var entries: [UInt64] = []
      var owners: [Int32] = []
      for position in range {
        Self.keys(
          of: refs[position], corpus: corpus, forms: forms, window: settings.anchorWindow,
          stems: &stems, into: &keys)
        if let shift = layout.ownerBits {
          entries.append(contentsOf: keys.lazy.map { $0 << shift | UInt64(position) })
        } else {
          entries += keys
          owners.append(contentsOf: repeatElement(Int32(position), count: keys.count))
        }
      }
      return Buckets(entries, owners: owners, bits: bucketBits, keyShift: layout.ownerBits ?? 0)
    }
    let maximumFrequency = settings.maximumKeyFrequency
    // Pairs of sentences sharing a key, per bucket.
    let pairBuckets: [Buckets] = Parallel.map(count: bucketCount) { bucket in
      var entries = chunkEntries.flatMap { $0.values(in: bucket) }
      var owners = chunkEntries.flatMap { $0.owners(in: bucket) }
      Self.dropKeysSeenOnce(&entries, owners: &owners, layout: layout)
      // The entries are in sentence order, and the sort is stable: sorting by key alone (above
      // a packed entry's sentence bits) keeps each key's sentences ascending, and a sentence's
      // repeats of a key next to each other, where they are dropped.
      RadixSort.sort(&entries, carrying: &owners, ignoringLowBits: layout.ownerBits ?? 0)
      Self.removeRepeatedEntries(&entries, owners: &owners)
      var pairs: [UInt64] = []
      var start = 0
      while start < entries.count {
        let key = layout.key(entries[start])
        var end = start + 1
        while end < entries.count && layout.key(entries[end]) == key { end += 1 }
        if end - start >= 2 && end - start <= maximumFrequency {
          for i in start..<end {
            let first = layout.owner(i, entries, owners)
            for j in (i + 1)..<end {
              let second = layout.owner(j, entries, owners)
              if refs[first].article != refs[second].article {
                pairs.append(UInt64(first) * sentenceCount + UInt64(second))
              }
            }
          }
        }
        start = end
      }
      return Buckets(pairs, owners: [], bits: bucketBits, keyShift: 0)
    }
    StageTimes.count(
      "candidates", chunkEntries.reduce(0) { $0 + $1.count }, "keyed sentence entries")
    StageTimes.count(
      "candidates", pairBuckets.reduce(0) { $0 + $1.count }, "sentence pairs sharing a key")
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

  /// What keying reads of the vocabulary, taken from it once rather than copying the whole
  /// vocabulary per sentence.
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

    /// Buckets of `values` (and `owners`, empty or one per value) by the hash of each value
    /// shifted right by `keyShift` (its key, when a sentence is packed below it).
    init(_ values: [UInt64], owners: [Int32], bits: Int, keyShift: UInt64) {
      let bucketCount = 1 << bits
      var starts = [Int](repeating: 0, count: bucketCount + 1)
      for value in values { starts[CandidateIndex.bucket(value >> keyShift, bits: bits) + 1] += 1 }
      for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
      var next = Array(starts.dropLast())
      // Every place is written below: the arrays start unset, not zeroed.
      var sorted = [UInt64].unset(count: values.count)
      var sortedOwners = [Int32].unset(count: owners.count)
      let carries = !owners.isEmpty
      for (index, value) in values.enumerated() {
        let bucket = CandidateIndex.bucket(value >> keyShift, bits: bits)
        sorted[next[bucket]] = value
        if carries { sortedOwners[next[bucket]] = owners[index] }
        next[bucket] += 1
      }
      self.sorted = sorted
      self.sortedOwners = sortedOwners
      self.starts = starts
    }

    /// How many numbers there are.
    var count: Int { sorted.count }

    func values(in bucket: Int) -> ArraySlice<UInt64> {
      sorted[starts[bucket]..<starts[bucket + 1]]
    }

    /// The owners of bucket `bucket`'s values; none when the values were given none.
    func owners(in bucket: Int) -> ArraySlice<Int32> {
      sortedOwners.isEmpty ? [] : sortedOwners[starts[bucket]..<starts[bucket + 1]]
    }
  }

  /// Drops, before they are sorted, the entries whose key no other entry has: most keys of a
  /// corpus, which can pair no sentences. One pass over the entries marks each hashed key in a
  /// table of two-bit cells (eight cells per entry: a bucket's table stays in the core's cache),
  /// seen and seen again; an entry stays when its hash was seen again. So every key held twice
  /// stays, and with it a few held once whose hash another key shares, which the count of each
  /// key's sentences then passes over.
  static func dropKeysSeenOnce(
    _ entries: inout [UInt64], owners: inout [Int32], layout: EntryLayout
  ) {
    guard entries.count > 1 else { return }
    let cellBits = UInt64(max(5, 64 - (entries.count * 8 - 1).leadingZeroBitCount))
    // Thirty-two cells to a word: bit 2c of a word is cell c seen, bit 2c + 1 seen again.
    var cells = [UInt64](repeating: 0, count: 1 << Int(cellBits - 5))
    @inline(__always) func cell(_ entry: UInt64) -> (word: Int, shift: UInt64) {
      // Not the bucket's hash: its high bits are the bucket, shared by every entry here.
      let hash = Int(
        truncatingIfNeeded: (layout.key(entry) &* 0xBF58_476D_1CE4_E5B9) >> (64 - cellBits))
      return (hash >> 5, UInt64(hash & 31) * 2)
    }
    cells.withUnsafeMutableBufferPointer { cells in
      for entry in entries {
        let (word, shift) = cell(entry)
        // Seen before: mark it seen again; else mark it seen.
        cells[word] |= 1 << (shift + (cells[word] >> shift) & 1)
      }
    }
    let carries = !owners.isEmpty
    var kept = 0
    for index in entries.indices {
      let (word, shift) = cell(entries[index])
      guard (cells[word] >> (shift + 1)) & 1 != 0 else { continue }
      entries[kept] = entries[index]
      if carries { owners[kept] = owners[index] }
      kept += 1
    }
    entries.removeLast(entries.count - kept)
    if carries { owners.removeLast(owners.count - kept) }
  }

  /// Drops each entry that repeats the one before it (the same key of the same sentence: the
  /// same number, and the same owner when the owners are apart).
  static func removeRepeatedEntries(_ entries: inout [UInt64], owners: inout [Int32]) {
    let carries = !owners.isEmpty
    var unique = 0
    for index in entries.indices
    where unique == 0 || entries[unique - 1] != entries[index]
      || (carries && owners[unique - 1] != owners[index])
    {
      entries[unique] = entries[index]
      if carries { owners[unique] = owners[index] }
      unique += 1
    }
    entries.removeLast(entries.count - unique)
    if carries { owners.removeLast(owners.count - unique) }
  }

  /// How an index entry holds its key and its sentence: packed in one number (the sentence in
  /// the low ``ownerBits``), or the key alone with the sentence in an array beside it.
  struct EntryLayout {
    let ownerBits: UInt64?

    @inline(__always)
    func key(_ entry: UInt64) -> UInt64 {
      guard let ownerBits else { return entry }
      return entry >> ownerBits
    }

    /// The sentence of entry `index` of `entries`, or of `owners` when they are apart.
    @inline(__always)
    func owner(_ index: Int, _ entries: [UInt64], _ owners: [Int32]) -> Int {
      guard let ownerBits else { return Int(owners[index]) }
      return Int(truncatingIfNeeded: entries[index] & ((1 << ownerBits) - 1))
    }
  }

  @inline(__always)
  static func bucket(_ key: UInt64, bits: Int) -> Int {
    Int((key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
  }

  /// The most content stems of a sentence keyed by every pair of them, not only by those within
  /// the anchor window.
  static let shortSentenceStems = 8

  /// The keys of one sentence into `keys`, a key as often as its two stems stand within reach
  /// (the index drops the repeats once it has sorted them): unordered pairs of the stems of
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
  }
}
