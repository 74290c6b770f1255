import QuotedriftEngine

/// Loading through the cache's ``LoadSnapshot``s: files whose status is unchanged since the last
/// load of the path they are under are unpacked instead of parsed, and each path's snapshot is
/// kept again, in the background (``AnalysisCache/storeInBackground(_:of:previous:)``), when a
/// file under it was parsed or is gone. `statements`, `export` and the reader load this way.
public struct CachedLoading {
  /// The paths to load.
  public let paths: [String]
  private let cache: AnalysisCache?
  private let snapshot: LoadSnapshot?

  /// Prepares to load `paths` through `cache` (nil: uncached), reading what it remembers of
  /// them. A snapshot that cannot be read counts as none.
  public init(paths: [String], cache: AnalysisCache?) {
    self.paths = paths
    self.cache = cache
    snapshot = cache.map { cache in
      StageTimes.measure("snapshot read") { (try? cache.snapshot(of: paths)) ?? LoadSnapshot() }
    }
  }

  /// The fingerprints of the articles ``load(progress:now:)`` would find, and what the walk
  /// skipped, when the snapshot vouches for every file by its status alone
  /// (``ArticleLoader/fingerprints(of:remembering:now:)``): no file is read. Nil otherwise,
  /// and when there is no cache or a path cannot be walked (loading then says why).
  public func fingerprints(now: Int64 = FileStatus.now()) -> (
    fingerprints: [ContentHash], skipped: [LoadDiagnostic]
  )? {
    guard let snapshot else { return nil }
    return StageTimes.measure("status check") {
      try? ArticleLoader.fingerprints(of: paths, remembering: snapshot, now: now)
    }
  }

  /// Loads the paths as ``ArticleLoader/load(paths:progress:remembering:now:)`` does,
  /// remembering through the cache when there is one. A snapshot that cannot be stored is
  /// dropped (the analysis cache then fails too, and warns once). `now` decides which files
  /// changed too recently to be remembered.
  public func load(progress: AnalysisProgress? = nil, now: Int64 = FileStatus.now())
    throws(LoadError) -> ArticleLoader.Result
  {
    let result = try ArticleLoader.load(
      paths: paths, progress: progress, remembering: snapshot, now: now)
    StageTimes.count("loading", result.filesRemembered, "files unpacked from the cache")
    if let cache, let kept = result.snapshot, result.snapshotChanged {
      cache.storeInBackground(kept, of: paths, previous: snapshot)
    }
    return result
  }

  /// Loads `paths` through `cache` (nil: uncached), as ``load(progress:now:)`` does.
  public static func load(
    paths: [String], progress: AnalysisProgress? = nil, cache: AnalysisCache?,
    now: Int64 = FileStatus.now()
  ) throws(LoadError) -> ArticleLoader.Result {
    try CachedLoading(paths: paths, cache: cache).load(progress: progress, now: now)
  }
}
