import Dispatch
import QuotedriftEngine

/// The keys the cache files results under: each article by its text as matching reads it, the
/// settings (with the matcher's revision and the lexicon), and a run by both together with the
/// articles in their order.
struct AnalysisKeys: Sendable {
  /// Per article, in corpus order: its format, text, body start and captions.
  let articles: [ContentHash]
  /// The matching settings, the ``MatcherRevision``, the cache's schema and whether WordNet is
  /// there.
  let settings: ContentHash
  /// The settings and every article key in order: the key of one whole analysis.
  let run: ContentHash

  init(articles: [Article], settings: MatchingSettings, lexicon: Lexicon) {
    self.articles = Self.hashes(of: articles)
    var hasher = ContentHasher()
    hasher.add("quotedrift matcher \(MatcherRevision.current) schema \(CacheSchema.version)")
    hasher.add(lexicon.wordNet == nil ? "no wordnet" : "wordnet")
    for threshold in MatchingSettings.thresholds {
      hasher.add(threshold.name)
      hasher.add(Int(truncatingIfNeeded: threshold.value(in: settings).bitPattern))
    }
    self.settings = hasher.finish()
    var run = ContentHasher()
    run.add(self.settings.bytes)
    for article in self.articles { run.add(article.bytes) }
    self.run = run.finish()
  }

  /// What matching reads of each article, hashed on every core.
  private static func hashes(of articles: [Article]) -> [ContentHash] {
    let slots = UnsafeMutableBufferPointer<ContentHash>.allocate(capacity: articles.count)
    defer { slots.deallocate() }
    let base = UncheckedSendable(slots)
    DispatchQueue.concurrentPerform(iterations: articles.count) { index in
      let article = articles[index]
      var hasher = ContentHasher()
      hasher.add(article.format.rawValue)
      hasher.add(article.offsets.rawValue)
      hasher.add(article.bodyStart)
      hasher.add(article.captions.count)
      for caption in article.captions {
        hasher.add(caption.lowerBound)
        hasher.add(caption.upperBound)
      }
      hasher.add(article.bytes)
      (base.value.baseAddress! + index).initialize(to: hasher.finish())
    }
    return Array(slots)
  }
}

/// A value handed to concurrent work that writes only its own slots.
private struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
