import QuotedriftEngine

/// An ``Analysis`` through the cache: the statements of the same articles analysed with the same
/// settings before are loaded instead of found again; new ones are kept for next time. A cache
/// that fails (full disk, read-only folder, damaged file) costs a warning, never the analysis.
/// Every write to the cache started before (a load's snapshot) has finished when it returns.
public enum CachedAnalysis {
  /// An analysis, whether it came from the cache, the cache's warnings (one line each), and the
  /// key it is cached under (nil without a cache, or when the cache failed: what is made from
  /// the analysis is then not kept either, so a run warns once).
  public struct Outcome: Sendable {
    public var analysis: Analysis
    public var fromCache: Bool
    public var warnings: [String]
    public var key: AnalysisKey?
  }

  /// Analyses `articles`, through `cache` when there is one, under `key` when given (the key
  /// of these articles and settings, as a caller that looked for something else under it has
  /// it already), else under the key of `articles`.
  public static func analyze(
    articles: [Article], lexicon: Lexicon, settings: MatchingSettings,
    cache: AnalysisCache?, key: AnalysisKey? = nil, progress: AnalysisProgress? = nil
  ) -> Outcome {
    guard let cache else {
      let analysis = Analysis(
        articles: articles, lexicon: lexicon, settings: settings, progress: progress)
      return Outcome(analysis: analysis, fromCache: false, warnings: [])
    }
    let key =
      key
      ?? StageTimes.measure("cache key") {
        AnalysisKey(articles: articles, settings: settings, lexicon: lexicon)
      }
    do {
      if let statements = try StageTimes.measure(
        "cache read", { try cache.statements(for: key, of: articles) })
      {
        let analysis = StageTimes.measure("restore") {
          Analysis(restoring: statements, of: articles, lexicon: lexicon, settings: settings)
        }
        cache.finishWrites()
        return Outcome(analysis: analysis, fromCache: true, warnings: [], key: key)
      }
    } catch {
      let analysis = Analysis(
        articles: articles, lexicon: lexicon, settings: settings, progress: progress)
      cache.finishWrites()
      return Outcome(
        analysis: analysis, fromCache: false,
        warnings: [CacheFailure(folder: cache.folder, error).description])
    }
    let analysis = Analysis(
      articles: articles, lexicon: lexicon, settings: settings, progress: progress)
    var warnings: [String] = []
    do {
      try StageTimes.measure("cache write") {
        try cache.store(analysis.statements, articleCount: articles.count, for: key)
      }
    } catch {
      warnings.append(CacheFailure(folder: cache.folder, error).description)
    }
    return Outcome(
      analysis: analysis, fromCache: false, warnings: warnings, key: warnings.isEmpty ? key : nil)
  }
}
