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
  struct SentenceRef: Equatable {
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
    let bucketBits = 6
    let bucketCount = 1 << bucketBits
    // Entries: (key, sentence), partitioned into buckets by key hash, per chunk of sentences.
    let chunkEntries: [[[(UInt64, Int32)]]] = Parallel.mapChunks(count: refs.count) { range in
      var buckets = [[(UInt64, Int32)]](repeating: [], count: bucketCount)
      for position in range {
        for key in Self.keys(of: refs[position], corpus: corpus, window: settings.anchorWindow) {
          buckets[Self.bucket(key, bits: bucketBits)].append((key, Int32(position)))
        }
      }
      return buckets
    }
    let maximumFrequency = settings.maximumKeyFrequency
    // Pairs of sentences sharing a key, per bucket.
    let pairBuckets: [[[UInt64]]] = Parallel.map(count: bucketCount) { bucket in
      var entries = chunkEntries.flatMap { $0[bucket] }
      entries.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
      var pairs = [[UInt64]](repeating: [], count: bucketCount)
      var start = 0
      while start < entries.count {
        var end = start + 1
        while end < entries.count && entries[end].0 == entries[start].0 { end += 1 }
        if end - start >= 2 && end - start <= maximumFrequency {
          for i in start..<end {
            for j in (i + 1)..<end
            where refs[Int(entries[i].1)].article != refs[Int(entries[j].1)].article {
              let pair = UInt64(UInt32(entries[i].1)) << 32 | UInt64(UInt32(entries[j].1))
              pairs[Self.bucket(pair, bits: bucketBits)].append(pair)
            }
          }
        }
        start = end
      }
      return pairs
    }
    let minimumShared = settings.minimumSharedKeys
    let counted: [[(Int32, Int32)]] = Parallel.map(count: bucketCount) { bucket in
      var pairs = pairBuckets.flatMap { $0[bucket] }
      pairs.sort()
      var result: [(Int32, Int32)] = []
      var start = 0
      while start < pairs.count {
        var end = start + 1
        while end < pairs.count && pairs[end] == pairs[start] { end += 1 }
        if end - start >= minimumShared {
          result.append(
            (
              Int32(truncatingIfNeeded: pairs[start] >> 32),
              Int32(truncatingIfNeeded: pairs[start] & 0xFFFF_FFFF)
            ))
        }
        start = end
      }
      return result
    }
    candidates = counted.flatMap { $0 }.sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
  }

  @inline(__always)
  static func bucket(_ key: UInt64, bits: Int) -> Int {
    Int((key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
  }

  /// The distinct keys of one sentence: unordered pairs of the stems of content words no more than
  /// `window` content words apart.
  static func keys(of ref: SentenceRef, corpus: Corpus, window: Int) -> [UInt64] {
    let article = Int(ref.article)
    let sentence = corpus.articles[article].sentences[Int(ref.sentence)]
    let vocabulary = corpus.vocabulary
    var stems: [Int32] = []
    for word in sentence.words {
      let term = Int(corpus.terms[article][word])
      if !vocabulary.isFunctionWord[term] { stems.append(vocabulary.stems[term]) }
    }
    var keys: [UInt64] = []
    for i in stems.indices {
      for j in (i + 1)..<min(stems.count, i + 1 + window) where stems[i] != stems[j] {
        let low = UInt64(UInt32(min(stems[i], stems[j])))
        let high = UInt64(UInt32(max(stems[i], stems[j])))
        keys.append(low << 32 | high)
      }
    }
    keys.sort()
    var unique: [UInt64] = []
    for key in keys where unique.last != key { unique.append(key) }
    return unique
  }
}
