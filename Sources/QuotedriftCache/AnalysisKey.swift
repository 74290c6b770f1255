import QuotedriftEngine

/// The key an analysis is cached under: everything its statements depend on. That is the
/// settings, whether WordNet is there, and every article in order as loaded (its path, format,
/// text and metadata: dates choose the reference, paths and titles are shown), each hashed on
/// its own core and the hashes hashed together.
struct AnalysisKey: Hashable, Sendable {
  let hash: ContentHash

  init(articles: [Article], settings: MatchingSettings, lexicon: Lexicon) {
    var hasher = ContentHasher()
    hasher.add(lexicon.wordNet == nil ? "no wordnet" : "wordnet")
    for threshold in MatchingSettings.thresholds {
      hasher.add(threshold.name)
      hasher.add(Int(truncatingIfNeeded: threshold.value(in: settings).bitPattern))
    }
    for article in Self.hashes(of: articles) { hasher.add(article.bytes) }
    hash = hasher.finish()
  }

  private static func hashes(of articles: [Article]) -> [ContentHash] {
    Parallel.map(count: articles.count) { hash(of: articles[$0]) }
  }

  private static func hash(of article: Article) -> ContentHash {
    var hasher = ContentHasher()
    hasher.add(article.id)
    hasher.add(article.path)
    hasher.add(article.format.rawValue)
    hasher.add(article.offsets.rawValue)
    for field in [
      article.title, article.outlet, article.author, article.date, article.modified, article.url,
    ] {
      hasher.add(field.map { "+" + $0 } ?? "-")
    }
    hasher.add(article.bodyStart)
    hasher.add(article.captions.count)
    for caption in article.captions {
      hasher.add(caption.lowerBound)
      hasher.add(caption.upperBound)
    }
    hasher.add(article.bytes)
    return hasher.finish()
  }
}
