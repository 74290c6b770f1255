import Foundation

/// `quotedrift-bench`: generates corpora with planted statements, times `quotedrift statements`
/// on each, and writes the figures to BENCHMARKS.md. Run through `make bench`.
struct BenchOptions {
  var binary = ".build/release/quotedrift"
  var output = "BENCHMARKS.md"
  var corpora = "bench-corpora"
  var sizes = [250, 1000, 4000]
  var seed: UInt64 = 20_211_013
  var runs = 3
  /// Saved web pages to time (the article-extraction split, read in place).
  var pages = "../shared/eval/article-extraction-train/html"
  /// Articles in the generated JSON Lines archive.
  var archiveSize = 20_000

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
      default: throw BenchError("unknown option \(flag)")
      }
    }
  }
}

struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
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
  return (times.sorted()[times.count / 2], peak)
}

/// `path` made absolute: the cache takes `XDG_CACHE_HOME` only when it is absolute (as the XDG
/// specification asks), and else falls back to the home folder's cache, which is not cold.
func absolutePath(_ path: String) -> String {
  URL(fileURLWithPath: path).standardizedFileURL.path
}

func machineDescription() -> String {
  let cpu =
    (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
    .split(separator: "\n").first { $0.hasPrefix("model name") }?
    .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
  return
    "\(ProcessInfo.processInfo.activeProcessorCount) cores (\(cpu)), \(ProcessInfo.processInfo.physicalMemory / (1 << 30)) GiB"
}

/// What reading web pages and an archive measured.
struct InputResults {
  var savedPages: InputBench.PageSpeed?
  var largePage: InputBench.PageSpeed
  var archive: SizeResult
  var reopen: ReopenBench.Times
}

func report(
  _ results: [SizeResult], options: BenchOptions, firstFrame: ReaderBench.FirstFrame?,
  frames: ReaderBench.FrameTimes?, inputs: InputResults
) -> String {
  let mib = { (bytes: Int) in String(format: "%.0f MiB", Double(bytes) / 1_048_576) }
  var text = """
    # Benchmarks

    Written by `make bench` (`Sources/quotedrift-bench`); do not edit by hand.

    Machine: \(machineDescription()). Release build. Date: \(ISO8601DateFormatter().string(from: Date()).prefix(10)).

    ## `quotedrift statements --format json` on generated corpora

    Corpora are generated deterministically (seed \(options.seed)) from WordNet's words: articles
    of about 700 words of filler prose, with statements of three sentences planted in two to four
    articles each. The first carrier keeps the statement verbatim; the others carry it in one of
    the drift forms: \(CorpusGenerator.forms.joined(separator: ", ")). A planted version counts as
    found when a reported passage covers at least half of it and the same statement covers another
    version of it. Wall time is the median of \(options.runs) runs, from process start to exit
    (loading, matching, collation and JSON output); memory is the peak resident set (GNU time's `%M`).

    | articles | words | planted versions | wall time | peak memory | recall | passages outside plants |
    | ---: | ---: | ---: | ---: | ---: | ---: | ---: |

    """
  for result in results {
    text += "| \(result.articles) | \(result.words) | \(result.score.planted) | "
    text += String(format: "%.2f s", result.medianSeconds)
    text += " | \(mib(result.peakBytes)) | " + String(format: "%.1f%%", result.score.recall * 100)
    text += " | \(result.score.strayPassages) of \(result.score.reportedPassages) |\n"
  }
  if let largest = results.last {
    text +=
      "\nRecall by drift form at \(largest.articles) articles:\n\n| form | found | planted | recall |\n| --- | ---: | ---: | ---: |\n"
    for form in CorpusGenerator.forms {
      let (found, planted) = largest.score.foundByForm[form] ?? (0, 0)
      text +=
        "| \(form) | \(found) | \(planted) | "
        + String(format: "%.1f%%", planted == 0 ? 0 : Double(found) * 100 / Double(planted))
        + " |\n"
    }
  }
  text += """

    ## Web pages and archives

    Saved web pages through `quotedrift articles --format json` (gzip, charset, libxml2's parse,
    body extraction, metadata, one process for all pages; median of \(options.runs) runs):

    | input | pages | HTML | wall time | pages per second | MB per second | peak memory |
    | --- | ---: | ---: | ---: | ---: | ---: | ---: |

    """
  for (name, speed) in [
    ("the extraction split's saved pages", inputs.savedPages),
    ("one generated page", inputs.largePage),
  ] {
    guard let speed else { continue }
    text +=
      "| \(name) | \(speed.pages) | "
      + String(format: "%.1f MB", Double(speed.htmlBytes) / 1_048_576)
    text +=
      " | "
      + String(
        format: "%.2f s | %.1f | %.1f", speed.seconds, speed.pagesPerSecond,
        speed.megabytesPerSecond)
    text += " | \(mib(speed.peakBytes)) |\n"
  }
  let archive = inputs.archive
  text += """

    \(archive.articles) generated articles (the corpus above, \(archive.words) words) in one JSON Lines
    file, through `quotedrift statements --format json`: \(String(format: "%.2f s", archive.medianSeconds)),
    \(mib(archive.peakBytes)), recall \(String(format: "%.1f%%", archive.score.recall * 100)) of \(archive.score.planted) planted
    versions (\(archive.score.strayPassages) of \(archive.score.reportedPassages) passages outside plants).

    """
  if let firstFrame, let frames {
    text += """

      ## The reader

      Measured in process on the in-memory backend (`Sources/quotedrift-bench/ReaderBench.swift`),
      so terminal output is not included.

      - First frame on `Articles/` (opening the lexicon, loading the articles, drawing the article
        list at 120x40, before matching finishes), median of 9: \(String(format: "%.1f ms", firstFrame.milliseconds))
      - One frame of side by side at 200x60 from the \(results.last?.articles ?? 0)-article corpus
        (\(frames.columns.map { ($0 as NSString).lastPathComponent }.joined(separator: " and ")), aligned on a shared
        passage), rendered into a new frame and diffed with the last: median of 200 \(String(format: "%.2f ms", frames.medianMilliseconds));
        the first, which lays both columns out, \(String(format: "%.2f ms", frames.coldMilliseconds))

      """
  }
  let reopen = inputs.reopen
  text += """

    ## Reopening through the cache

    The \(reopen.articles)-article folder above through `quotedrift statements --format json` with a
    cache of its own: cold (an empty cache each run, so the analysis is found and stored), reopened
    unchanged (the statements loaded from the cache), and with one article added (a copy of the
    first with a sentence more, a new one each run); medians of \(options.runs) runs.

    | cold | reopened | share of cold | one article added | share of cold |
    | ---: | ---: | ---: | ---: | ---: |
    | \(String(format: "%.2f s | %.2f s | %.0f%% | %.2f s | %.0f%%", reopen.coldSeconds, reopen.reopenSeconds, reopen.reopenShare * 100, reopen.addOneSeconds, reopen.addOneShare * 100))) |

    """
  text += "\n## Targets\n\n"
  text +=
    "- reopening \(reopen.articles) unchanged articles in at most 10% of the cold time: "
    + String(format: "%.0f%%", reopen.reopenShare * 100)
    + (reopen.reopenShare <= 0.10 ? " (met)" : " (missed)") + "\n"
  text +=
    "- adding one article to them in at most 15% of the cold time: "
    + String(format: "%.0f%%", reopen.addOneShare * 100)
    + (reopen.addOneShare <= 0.15 ? " (met)" : " (missed)") + "\n"
  if let big = results.first(where: { $0.articles == 4000 }) {
    let timeOK = big.medianSeconds < 5
    let memoryOK = big.peakBytes < 1 << 30
    text +=
      "- 4,000 articles in under 5 s: " + String(format: "%.2f s", big.medianSeconds)
      + (timeOK ? " (met)" : " (missed)") + "\n"
    text +=
      "- 4,000 articles in under 1 GiB: \(mib(big.peakBytes))" + (memoryOK ? " (met)" : " (missed)")
      + "\n"
    if let middle = results.first(where: { $0.articles == 1000 }) {
      let growth = big.medianSeconds / middle.medianSeconds
      text +=
        "- time from 1,000 to 4,000 articles grows under 5x: " + String(format: "%.2fx", growth)
        + (growth < 5 ? " (met)" : " (missed)") + "\n"
    }
  }
  if let firstFrame {
    text +=
      "- first frame on Articles/ under 150 ms: "
      + String(format: "%.1f ms", firstFrame.milliseconds)
      + (firstFrame.milliseconds < 150 ? " (met)" : " (missed)") + "\n"
  }
  if let frames {
    text +=
      "- one side-by-side frame at 200x60 under 8 ms: "
      + String(format: "%.2f ms", frames.medianMilliseconds)
      + (frames.medianMilliseconds < 8 ? " (met)" : " (missed)") + "\n"
  }
  return text
}

do {
  let options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
  guard FileManager.default.isExecutableFile(atPath: options.binary) else {
    throw BenchError("\(options.binary): not found; build it first (make bench does)")
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
    folder: archiveFolder, articles: options.archiveSize, options: options)
  print(
    String(
      format:
        "%d articles reopened: cold %.2f s, reopened %.2f s (%.0f%%), one added %.2f s (%.0f%%)",
      reopen.articles, reopen.coldSeconds, reopen.reopenSeconds, reopen.reopenShare * 100,
      reopen.addOneSeconds, reopen.addOneShare * 100))
  let inputs = InputResults(
    savedPages: savedPages, largePage: largePage, archive: archive, reopen: reopen)
  let firstFrame = try ReaderBench.firstFrame(folder: "Articles")
  print(String(format: "first frame on Articles/: %.1f ms", firstFrame.milliseconds))
  var frames: ReaderBench.FrameTimes?
  if let largest = results.last {
    let folder = "\(options.corpora)/n\(largest.articles)-seed\(options.seed)"
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
