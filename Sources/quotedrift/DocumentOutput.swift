import Foundation
import QuotedriftCache
import QuotedriftEngine

extension InputOptions {
  /// Writes to standard output what `render` makes of the statements of the articles: copied
  /// from the cache when it kept the same document (`kind`: the command and every option that
  /// shapes its bytes) of the same articles and settings, else made (through the cache as
  /// ``analyze(_:cache:)`` does) and kept there as it is written; uncached with `--no-cache`.
  ///
  /// When every file's status is the one the cache remembers, the articles' fingerprints come
  /// from the cache and no file is read (``CachedLoading/fingerprints(now:)``), as `git status`
  /// trusts its index; loading then says nothing new but what the folder walk skipped.
  func writeDocument(
    _ kind: String, _ configuration: Configuration, cache options: CacheOptions,
    render: (Analysis, (UnsafeRawBufferPointer) throws -> Void) throws -> Void
  ) throws {
    let store = options.open()
    let settings = settings(configuration)
    let lexicon = try openLexicon()
    let loading = CachedLoading(paths: resolvedPaths, cache: store)
    if let store, let remembered = loading.fingerprints() {
      let key = AnalysisKey(
        fingerprints: remembered.fingerprints, settings: settings, lexicon: lexicon)
      if let document = store.document(for: DocumentKey(analysis: key, kind: kind)) {
        for diagnostic in remembered.skipped { Diagnostics.warning(diagnostic.description) }
        warnIfWordNetIsMissing(lexicon)
        try copyOut(document)
        return
      }
    }
    let line = ProgressLine.onTerminal()
    defer { line?.clear() }
    let loaded = try StageTimes.measure("loading") { try load(loading, line: line) }
    warnIfWordNetIsMissing(lexicon)
    // Loaded through the cache, the load kept every fingerprint.
    let key = AnalysisKey(of: loaded, settings: settings, lexicon: lexicon)
    if let store, let key,
      let document = store.document(for: DocumentKey(analysis: key, kind: kind))
    {
      store.finishWrites()
      try copyOut(document)
      return
    }
    let outcome = analyze(
      loaded.articles, key: key, lexicon: lexicon, settings: settings, cache: store, line: line)
    let recorder = outcome.key.flatMap { key in
      store?.recorder(for: DocumentKey(analysis: key, kind: kind))
    }
    try StageTimes.measure("output") {
      try render(outcome.analysis) { buffer in
        try StandardStreams.output(buffer)
        recorder?.record(buffer)
      }
    }
    guard let store, let recorder else { return }
    do {
      try StageTimes.measure("document write") { try store.keep(recorder) }
    } catch {
      Diagnostics.warning(String(describing: error))
    }
  }

  /// Writes a kept document to standard output.
  private func copyOut(_ document: CachedDocument) throws {
    try StageTimes.measure("output") { try StandardStreams.output(document.bytes) }
  }
}
