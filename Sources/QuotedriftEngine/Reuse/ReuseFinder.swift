/// Text reuse across a folder: every pair of articles with a sentence pair worth aligning (from
/// the matcher's ``CandidateIndex``) is aligned by the ``ReuseAligner``, on every core.
public enum ReuseFinder {
  /// The regions every pair of `corpus`'s articles shares, by first article, then second, then
  /// place in the first. The first article of a pair is the one loaded first.
  public static func regions(
    in corpus: Corpus, matching: MatchingSettings = MatchingSettings(),
    settings: ReuseSettings = ReuseSettings()
  ) -> [ReuseRegion] {
    let index = CandidateIndex(corpus: corpus, settings: matching.scaled())
    var pairs = Set<Int64>()
    for (first, second) in index.candidates {
      let a = Int64(index.sentences[Int(first)].article)
      let b = Int64(index.sentences[Int(second)].article)
      pairs.insert(min(a, b) << 32 | max(a, b))
    }
    let ordered = pairs.sorted()
    let aligner = ReuseAligner(corpus: corpus, settings: settings)
    return Parallel.map(count: ordered.count) { position in
      let pair = ordered[position]
      return aligner.regions(between: Int(pair >> 32), and: Int(pair & 0xFFFF_FFFF))
    }.flatMap { $0 }
  }
}
