import Foundation

/// `quotedrift-bench`: generates corpora with planted statements, times `quotedrift statements`
/// on each, and writes the figures to BENCHMARKS.md. Run through `make bench`.
///
/// Options, each with a value: `--binary`, `--output`, `--corpora` (the folder generated corpora
/// are kept in), `--sizes 250,1000` (generated corpora), `--seed`, `--runs`, `--pages` (saved web
/// pages), `--archive-size` (the JSON Lines archive and the reopened folder), `--pan` (the PAN
/// split's folder), `--base-binary` (the binary to time against on it and on the largest
/// generated corpus, none by default) and
/// `--base-commit` (the commit it was built from, for the report).
struct BenchOptions {
  var binary = ".build/release/quotedrift"
  var output = "BENCHMARKS.md"
  var corpora = "bench-corpora"
  var sizes = [250, 1000, 4000, 5000, 20_000]
  var seed: UInt64 = 20_211_013
  var runs = 3
  /// Saved web pages to time (the article-extraction split, read in place).
  var pages = "../shared/eval/article-extraction-train/html"
  /// Articles in the generated JSON Lines archive.
  var archiveSize = 20_000
  /// The PAN text-alignment training split (its `src` and `susp` folders, read in place).
  var pan = "../shared/eval/pan13-text-alignment-train"
  /// A release binary of an earlier commit to time side by side on the PAN split and the largest
  /// generated corpus.
  var baseBinary: String?
  /// The commit `baseBinary` was built from, for the report.
  var baseCommit = "565e3f3"

  init(arguments: [String]) throws {
    var remaining = arguments[...]
    while let flag = remaining.popFirst() {
      guard let value = remaining.popFirst() else { throw BenchError("\(flag) needs a value") }
      switch flag {
      case "--binary": binary = value
      case "--output": output = value
      case "--corpora": corpora = value
      case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }
      case "--seed": seed = UInt64(value) ?? seed
      case "--runs": runs = max(1, Int(value) ?? runs)
      case "--pages": pages = value
      case "--archive-size": archiveSize = max(2, Int(value) ?? archiveSize)
      case "--pan": pan = value
      case "--base-binary": baseBinary = value
      case "--base-commit": baseCommit = value
      default: throw BenchError("unknown option \(flag)")
      }
    }
  }
}

struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// The base binary's run on the largest generated corpus.
struct BaseRun {
  var articles: Int
  var medianSeconds: Double
  var peakBytes: Int
}

struct SizeResult {
  var articles: Int
  var words: Int
  var medianSeconds: Double
  var peakBytes: Int
  var score: RecallScorer.Score
}

func corpus(size: Int, options: BenchOptions, vocabulary: () throws -> BenchVocabulary) throws -> (
  String, [PlantedPassage]
) {
  let folder = "\(options.corpora)/n\(size)-seed\(options.seed)"
  let manifest = "\(options.corpora)/n\(size)-seed\(options.seed).planted.json"
  if let data = FileManager.default.contents(atPath: manifest),
    let planted = try? JSONDecoder().decode([PlantedPassage].self, from: data)
  {
    return (folder, planted)
  }
  try? FileManager.default.removeItem(atPath: folder)
  var generator = CorpusGenerator(vocabulary: try vocabulary(), seed: options.seed &+ UInt64(size))
  let planted = try generator.generate(articles: size, into: folder)
  try JSONEncoder().encode(planted).write(to: URL(fileURLWithPath: manifest))
  return (folder, planted)
}

func wordCount(in folder: String) throws -> Int {
  try FileManager.default.contentsOfDirectory(atPath: folder).reduce(0) { total, name in
    let text = try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)
    return total + text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
  }
}

/// `quotedrift statements --format json` on `inputs`, `options.runs` times, its output written to
/// `output`: the median wall time and the highest peak memory. Each run starts with an empty
/// cache of its own (the cold time), unless `cache` names one to keep between runs.
func statementsRuns(
  on inputs: [String], writing output: String, options: BenchOptions, cache: String? = nil
) throws -> (seconds: Double, peakBytes: Int) {
  var times: [Double] = []
  var peak = 0
  let privateCache = absolutePath("\(options.corpora)/cold-cache")
  for _ in 0..<options.runs {
    if cache == nil { try? FileManager.default.removeItem(atPath: privateCache) }
    let measurement = BenchRunner.run(
      [options.binary, "statements", "--format", "json"] + inputs, stdoutPath: output,
      environment: ["XDG_CACHE_HOME": cache ?? privateCache])
    guard measurement.status == 0 else {
      throw BenchError("quotedrift failed on \(inputs) (status \(measurement.status))")
    }
    times.append(measurement.seconds)
    peak = max(peak, measurement.peakBytes)
  }
  return (median(times), peak)
}

/// The middle of `values` (the upper one of the two middles when their count is even).
func median(_ values: [Double]) -> Double {
  values.sorted()[values.count / 2]
}

/// `path` made absolute: the cache takes `XDG_CACHE_HOME` only when it is absolute (as the XDG
/// specification asks), and else falls back to the home folder's cache, which is not cold.
func absolutePath(_ path: String) -> String {
  URL(fileURLWithPath: path).standardizedFileURL.path
}

do {
  let options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
  guard FileManager.default.isExecutableFile(atPath: options.binary) else {
    throw BenchError("\(options.binary): not found; build it first (make bench does)")
  }
  if let baseBinary = options.baseBinary, !FileManager.default.isExecutableFile(atPath: baseBinary)
  {
    throw BenchError("\(baseBinary): not found; make bench builds it from \(options.baseCommit)")
  }
  var pan: PanBench.Result?
  if let panInputs = PanBench.inputs(root: options.pan) {
    let result = try PanBench.measure(inputs: panInputs, options: options)
    pan = result
    let base = result.base.map {
      String(
        format: "; %@ %.2f s, %.0f MiB, %d statements; %.2fx faster", options.baseCommit,
        $0.medianSeconds, Double($0.peakBytes) / 1_048_576, $0.statements, result.speedUp!)
    }
    print(
      String(
        format: "PAN training split, %d documents: %.2f s, %.0f MiB, %d statements",
        result.documents, result.current.medianSeconds,
        Double(result.current.peakBytes) / 1_048_576, result.current.statements)
        + (base ?? ""))
  }
  var vocabulary: BenchVocabulary?
  var results: [SizeResult] = []
  for size in options.sizes {
    let (folder, planted) = try corpus(size: size, options: options) {
      if let vocabulary { return vocabulary }
      vocabulary = try BenchVocabulary()
      return vocabulary!
    }
    let outputPath = "\(folder).json"
    let (median, peak) = try statementsRuns(on: [folder], writing: outputPath, options: options)
    let score = try RecallScorer.score(outputPath: outputPath, planted: planted)
    results.append(
      SizeResult(
        articles: size, words: try wordCount(in: folder), medianSeconds: median, peakBytes: peak,
        score: score))
    print(
      String(
        format: "%5d articles: %.2f s, %.0f MiB, recall %.1f%%, %d stray of %d passages", size,
        median, Double(peak) / 1_048_576, score.recall * 100, score.strayPassages,
        score.reportedPassages))
  }
  // The largest corpus through the base binary too, in the same run: this machine's speed
  // varies from day to day, and the side by side figure does not.
  var baseLargest: BaseRun?
  if let baseBinary = options.baseBinary, let largest = results.last {
    var baseOptions = options
    baseOptions.binary = baseBinary
    let folder = "\(options.corpora)/n\(largest.articles)-seed\(options.seed)"
    let (seconds, peak) = try statementsRuns(
      on: [folder], writing: "\(folder).base.json", options: baseOptions)
    baseLargest = BaseRun(articles: largest.articles, medianSeconds: seconds, peakBytes: peak)
    print(
      String(
        format: "%5d articles with %@: %.2f s, %.0f MiB", largest.articles, options.baseCommit,
        seconds, Double(peak) / 1_048_576))
  }
  let savedPages = try InputBench.savedPages(
    binary: options.binary, folder: options.pages, scratch: options.corpora, runs: options.runs)
  if let savedPages {
    print(
      String(
        format: "%d saved pages: %.2f s, %.0f pages/s", savedPages.pages, savedPages.seconds,
        savedPages.pagesPerSecond))
  }
  let largePage = try InputBench.largePage(
    binary: options.binary, corpora: options.corpora, runs: options.runs)
  print(
    String(
      format: "one %.0f MB page: %.2f s", Double(largePage.htmlBytes) / 1_048_576, largePage.seconds
    ))
  let (archiveFolder, archivePlanted) = try corpus(size: options.archiveSize, options: options) {
    if let vocabulary { return vocabulary }
    vocabulary = try BenchVocabulary()
    return vocabulary!
  }
  let archivePath = "\(archiveFolder).jsonl"
  let moved = try InputBench.archive(of: archiveFolder, planted: archivePlanted, into: archivePath)
  let archiveOutput = "\(archiveFolder).archive.json"
  let (archiveSeconds, archivePeak) = try statementsRuns(
    on: [archivePath], writing: archiveOutput, options: options)
  let archive = SizeResult(
    articles: options.archiveSize, words: try wordCount(in: archiveFolder),
    medianSeconds: archiveSeconds, peakBytes: archivePeak,
    score: try RecallScorer.score(outputPath: archiveOutput, planted: moved))
  print(
    String(
      format: "%d articles in one archive: %.2f s, %.0f MiB, recall %.1f%%", archive.articles,
      archive.medianSeconds, Double(archive.peakBytes) / 1_048_576, archive.score.recall * 100))
  let reopen = try ReopenBench.measure(
    folder: archiveFolder, articles: options.archiveSize,
    coldSeconds: results.first { $0.articles == options.archiveSize }?.medianSeconds,
    options: options)
  print(
    String(
      format:
        "%d articles reopened: cold %.2f s, reopened %.2f s (%.0f%%), one added %.2f s (%.0f%%)",
      reopen.articles, reopen.coldSeconds, reopen.reopenSeconds, reopen.reopenShare * 100,
      reopen.addOneSeconds, reopen.addOneShare * 100))
  let inputs = InputResults(
    pan: pan, baseLargest: baseLargest, savedPages: savedPages, largePage: largePage,
    archive: archive, reopen: reopen)
  let firstFrame = try ReaderBench.firstFrame(folder: "Articles")
  print(String(format: "first frame on Articles/: %.1f ms", firstFrame.milliseconds))
  var frames: ReaderBench.FrameTimes?
  if let shown = ReaderBench.sideBySideCorpus(among: results.map(\.articles)) {
    let folder = "\(options.corpora)/n\(shown)-seed\(options.seed)"
    frames = try ReaderBench.sideBySide(folder: folder, width: 200, height: 60)
    print(
      String(
        format: "side by side 200x60: %.2f ms (first %.2f ms)", frames!.medianMilliseconds,
        frames!.coldMilliseconds))
  }
  try report(results, options: options, firstFrame: firstFrame, frames: frames, inputs: inputs)
    .write(toFile: options.output, atomically: true, encoding: .utf8)
  print("wrote \(options.output)")
} catch {
  FileHandle.standardError.write(Data("quotedrift-bench: error: \(error)\n".utf8))
  exit(1)
}
