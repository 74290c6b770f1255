import ArgumentParser
import QuotedriftCache

/// `--no-cache`, shared by the commands that find statements.
struct CacheOptions: ParsableArguments {
  @Flag(
    help: "Match everything anew and leave the cache alone (see `quotedrift cache`).")
  var noCache = false

  /// The cache, or nil with `--no-cache` or when it cannot be opened (then after a one-line
  /// warning: the analysis runs uncached).
  func open() -> AnalysisCache? {
    guard !noCache else { return nil }
    do {
      return try AnalysisCache()
    } catch {
      Diagnostics.warning(error.description)
      return nil
    }
  }
}
