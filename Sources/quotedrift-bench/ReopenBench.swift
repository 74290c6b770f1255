import Foundation

/// Reopening a folder through the cache: the cold time (an empty cache each run), the time to
/// list the statements again from the cache, and the time when one article has been added (a
/// different one each run, so each is new to the cache).
enum ReopenBench {
  struct Times {
    var articles: Int
    var coldSeconds: Double
    var reopenSeconds: Double
    var addOneSeconds: Double

    var reopenShare: Double { reopenSeconds / coldSeconds }
    var addOneShare: Double { addOneSeconds / coldSeconds }
  }

  /// `coldSeconds` is the folder's cold time when it has been measured already (as one of the
  /// generated corpora's sizes, the same runs); else it is measured here.
  static func measure(
    folder: String, articles: Int, coldSeconds: Double? = nil, options: BenchOptions
  ) throws -> Times {
    let cache = absolutePath("\(options.corpora)/reopen-cache")
    try? FileManager.default.removeItem(atPath: cache)
    let output = "\(folder).reopen.json"
    let cold =
      try coldSeconds ?? statementsRuns(on: [folder], writing: output, options: options).seconds
    var once = options
    once.runs = 1
    _ = try statementsRuns(on: [folder], writing: output, options: once, cache: cache)
    let reopen = try statementsRuns(on: [folder], writing: output, options: options, cache: cache)
      .seconds
    let first = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()[0]
    let text = try String(contentsOfFile: "\(folder)/\(first)", encoding: .utf8)
    var times: [Double] = []
    for run in 0..<options.runs {
      let added = "\(options.corpora)/added-\(run).txt"
      try (text + "\n\nThis copy was added to the folder later (\(run)).\n").write(
        toFile: added, atomically: true, encoding: .utf8)
      defer { try? FileManager.default.removeItem(atPath: added) }
      let measurement = BenchRunner.run(
        [options.binary, "statements", "--format", "json", folder, added], stdoutPath: output,
        environment: ["XDG_CACHE_HOME": cache])
      guard measurement.status == 0 else {
        throw BenchError("quotedrift failed on \(folder) and \(added)")
      }
      times.append(measurement.seconds)
    }
    return Times(
      articles: articles, coldSeconds: cold, reopenSeconds: reopen,
      addOneSeconds: median(times))
  }
}
