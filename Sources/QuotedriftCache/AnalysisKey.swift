import QuotedriftEngine

/// The key an analysis is cached under: everything its statements depend on. That is the
/// settings, whether WordNet is there, and every article in order as loaded, by its
/// ``Article/fingerprint`` (its path, format, text and metadata: dates choose the reference,
/// paths and titles are shown; its id is its place in the order).
public struct AnalysisKey: Hashable, Sendable {
  let hash: ContentHash

  /// The key of articles whose fingerprints are `fingerprints`, in load order.
  public init(fingerprints: [ContentHash], settings: MatchingSettings, lexicon: Lexicon) {
    var hasher = ContentHasher()
    hasher.add(lexicon.wordNet == nil ? "no wordnet" : "wordnet")
    for threshold in MatchingSettings.thresholds {
      hasher.add(threshold.name)
      hasher.add(Int(truncatingIfNeeded: threshold.value(in: settings).bitPattern))
    }
    hasher.add(fingerprints.count)
    for fingerprint in fingerprints { hasher.add(fingerprint.bytes) }
    hash = hasher.finish()
  }

  /// The key of the articles `loaded` found, from the fingerprints the load kept of them; nil
  /// when it kept none (a load without a cache).
  public init?(of loaded: ArticleLoader.Result, settings: MatchingSettings, lexicon: Lexicon) {
    guard let fingerprints = loaded.fingerprints else { return nil }
    self.init(fingerprints: fingerprints, settings: settings, lexicon: lexicon)
  }

  /// The key of `articles`, numbered in load order, each hashed on its own core.
  public init(articles: [Article], settings: MatchingSettings, lexicon: Lexicon) {
    self.init(
      fingerprints: Parallel.map(count: articles.count) { articles[$0].fingerprint },
      settings: settings, lexicon: lexicon)
  }
}
