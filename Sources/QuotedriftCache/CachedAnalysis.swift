import QuotedriftEngine

/// An ``Analysis`` that takes what it can from the cache and leaves what it found there: the
/// whole run when the same articles were analysed with the same settings before, else the
/// sentence pairs of unchanged articles known never to match. A cache that fails (full disk,
/// read-only folder) costs a warning, never the analysis.
public enum CachedAnalysis {
  /// How much the cache gave.
  public enum Reuse: Sendable, Equatable {
    /// Nothing: no cache, or nothing cached for these articles.
    case none
    /// The whole run's links: nothing was matched.
    case wholeRun
    /// This many candidate sentence pairs were known never to match and not matched again.
    case rejectedPairs(Int)
  }

  /// An analysis, what the cache gave it, and the cache's warnings (one line each).
  public struct Outcome: Sendable {
    public var analysis: Analysis
    public var reuse: Reuse
    public var warnings: [String]
  }

  /// Analyses `articles`, through `cache` when there is one.
  public static func analyze(
    articles: [Article], lexicon: Lexicon, settings: MatchingSettings,
    cache: AnalysisCache?, progress: AnalysisProgress? = nil
  ) -> Outcome {
    guard let cache else {
      let analysis = Analysis(
        articles: articles, lexicon: lexicon, settings: settings, progress: progress)
      return Outcome(analysis: analysis, reuse: .none, warnings: [])
    }
    var warnings: [String] = []
    let keys = AnalysisKeys(articles: articles, settings: settings, lexicon: lexicon)
    var reuse = MatchingReuse()
    var given = Reuse.none
    do {
      if let links = try cache.links(run: keys.run, articleCount: articles.count) {
        reuse.links = links
        given = .wholeRun
      } else {
        reuse.rejectedPairs = try cache.rejectedPairs(
          settings: keys.settings, articles: keys.articles)
        if !reuse.rejectedPairs.isEmpty { given = .rejectedPairs(reuse.rejectedPairs.count) }
      }
    } catch {
      warnings.append(CacheFailure(folder: cache.folder, error).description)
    }
    var record: MatchingRecord?
    let analysis = Analysis(
      articles: articles, lexicon: lexicon, settings: settings, reuse: reuse, progress: progress
    ) { record = $0 }
    if let record, record.matched, warnings.isEmpty {
      do {
        try cache.store(record, keys: keys)
      } catch {
        warnings.append(CacheFailure(folder: cache.folder, error).description)
      }
    }
    return Outcome(analysis: analysis, reuse: given, warnings: warnings)
  }
}
