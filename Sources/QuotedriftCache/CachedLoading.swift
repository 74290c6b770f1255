import QuotedriftEngine

/// Loading through the cache's ``LoadSnapshot``s: files whose status is unchanged since the last
/// load of the path they are under are unpacked instead of parsed, and each path's snapshot is
/// kept again, in the background (``AnalysisCache/storeInBackground(_:of:previous:)``), when a
/// file under it was parsed or is gone. `statements`, `export` and the reader load this way.
public enum CachedLoading {
  /// Loads `paths` as ``ArticleLoader/load(paths:progress:remembering:now:)`` does, remembering
  /// through `cache` when there is one. A snapshot that cannot be read counts as none; one that
  /// cannot be stored is dropped (the analysis cache then fails too, and warns once). `now`
  /// decides which files changed too recently to be remembered.
  public static func load(
    paths: [String], progress: AnalysisProgress? = nil, cache: AnalysisCache?,
    now: Int64 = FileStatus.now()
  ) throws(LoadError) -> ArticleLoader.Result {
    let snapshot = cache.map { cache in
      StageTimes.measure("snapshot read") { (try? cache.snapshot(of: paths)) ?? LoadSnapshot() }
    }
    let result = try ArticleLoader.load(
      paths: paths, progress: progress, remembering: snapshot, now: now)
    StageTimes.count("loading", result.filesRemembered, "files unpacked from the cache")
    if let cache, let kept = result.snapshot, result.snapshotChanged {
      cache.storeInBackground(kept, of: paths, previous: snapshot)
    }
    return result
  }
}
