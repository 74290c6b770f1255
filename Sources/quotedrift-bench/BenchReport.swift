import Foundation

/// The machine's cores, processor and memory, for the report's heading.
func machineDescription() -> String {
  let cpu =
    (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
    .split(separator: "\n").first { $0.hasPrefix("model name") }?
    .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
  return
    "\(ProcessInfo.processInfo.activeProcessorCount) cores (\(cpu)), \(ProcessInfo.processInfo.physicalMemory / (1 << 30)) GiB"
}

/// What the PAN split, reading web pages, an archive and reopening measured.
struct InputResults {
  /// `nil` when the PAN split is not there.
  var pan: PanBench.Result?
  /// The base binary on the largest generated corpus, when a base binary was given.
  var baseLargest: BaseRun?
  var savedPages: InputBench.PageSpeed?
  var largePage: InputBench.PageSpeed
  var archive: SizeResult
  var reopen: ReopenBench.Times
}

/// BENCHMARKS.md: every section's figures, then the targets met and missed.
func report(
  _ results: [SizeResult], options: BenchOptions, firstFrame: ReaderBench.FirstFrame?,
  frames: ReaderBench.FrameTimes?, inputs: InputResults
) -> String {
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
    (loading, matching, collation and JSON output), each with an empty cache of its own (so the
    analysis is stored as a first run stores it); memory is the highest peak resident set (GNU
    time's `%M`).

    | articles | words | planted versions | wall time | peak memory | recall | passages outside plants |
    | ---: | ---: | ---: | ---: | ---: | ---: | ---: |

    """
  for result in results {
    text += "| \(result.articles) | \(result.words) | \(result.score.planted) | "
    text += String(format: "%.2f s", result.medianSeconds)
    text +=
      " | \(mebibytes(result.peakBytes)) | " + String(format: "%.1f%%", result.score.recall * 100)
    text += " | \(result.score.strayPassages) of \(result.score.reportedPassages) |\n"
  }
  if let base = inputs.baseLargest, let largest = results.last {
    text += String(
      format: """

        The %d-article corpus through %@'s binary (the PAN section's base) in the same run, \
        each run with an empty cache of its own: %.2f s, %@; this build %.2fx faster.

        """, base.articles, options.baseCommit, base.medianSeconds, mebibytes(base.peakBytes),
      base.medianSeconds / largest.medianSeconds)
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
  text += panSection(inputs.pan, options: options)
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
    text += " | \(mebibytes(speed.peakBytes)) |\n"
  }
  let archive = inputs.archive
  text += """

    \(archive.articles) generated articles (the corpus above, \(archive.words) words) in one JSON Lines
    file, through `quotedrift statements --format json`: \(String(format: "%.2f s", archive.medianSeconds)),
    \(mebibytes(archive.peakBytes)), recall \(String(format: "%.1f%%", archive.score.recall * 100)) of \(archive.score.planted) planted
    versions (\(archive.score.strayPassages) of \(archive.score.reportedPassages) passages outside plants).

    """
  if let firstFrame, let frames {
    text += """

      ## The reader

      Measured in process on the in-memory backend (`Sources/quotedrift-bench/ReaderBench.swift`),
      so terminal output is not included.

      - First frame on `Articles/` (opening the lexicon, loading the articles, drawing the article
        list at 120x40, before matching finishes), median of 9: \(String(format: "%.1f ms", firstFrame.milliseconds))
      - One frame of side by side at 200x60 from the \(ReaderBench.sideBySideCorpus(among: results.map(\.articles)) ?? 0)-article corpus
        (\(frames.columns.map { ($0 as NSString).lastPathComponent }.joined(separator: " and ")), aligned on a shared
        passage), rendered into a new frame and diffed with the last: median of 200 \(String(format: "%.2f ms", frames.medianMilliseconds));
        the first, which lays both columns out, \(String(format: "%.2f ms", frames.coldMilliseconds))

      """
  }
  let reopen = inputs.reopen
  text += """

    ## Reopening through the cache

    The \(reopen.articles)-article folder above through `quotedrift statements --format json` with a
    cache of its own: cold (an empty cache each run, so the analysis is found and stored, and the
    listing kept), reopened unchanged (after one run that filled the cache: every file's status is
    the one remembered, so the kept listing is copied out and no article is read), and with one
    article added (a copy of the first with a sentence more, a new one each run: loaded and
    matched again); medians of \(options.runs) runs.

    | cold | reopened | share of cold | one article added | share of cold |
    | ---: | ---: | ---: | ---: | ---: |
    | \(String(format: "%.2f s | %.2f s | %.0f%% | %.2f s | %.0f%%", reopen.coldSeconds, reopen.reopenSeconds, reopen.reopenShare * 100, reopen.addOneSeconds, reopen.addOneShare * 100)) |

    """
  text += "\n## Targets\n\nIssue #16 (speed and scale):\n\n"
  text += scaleTargets(results, options: options, pan: inputs.pan, reopen: reopen)
    .map(\.line).joined(separator: "\n")
  text += "\n\nEarlier targets:\n\n"
  text += earlierTargets(results, firstFrame: firstFrame, frames: frames)
    .map(\.line).joined(separator: "\n")
  return text + "\n"
}

/// The PAN split timed with this build and the base binary, side by side.
func panSection(_ pan: PanBench.Result?, options: BenchOptions) -> String {
  var text = "\n## The PAN training split, side by side with \(options.baseCommit)\n\n"
  guard let pan else {
    return text + "Not measured: `\(options.pan)` (its `src` and `susp` folders) is not there.\n"
  }
  text += """
    Every source and suspicious document of the PAN 2013 text-alignment training split
    (`\(options.pan)`, `src` and `susp`: \(pan.documents) documents, \(String(format: "%.1f MB", Double(pan.bytes) / 1_048_576)), read
    in place) through one `quotedrift statements --format json`, with this build and with a
    release build of commit \(options.baseCommit) (the binary before issue #16's work; `make bench`
    builds it from a clean `git archive` of the commit in `bench-corpora/base-\(options.baseCommit)`
    once, and `BENCH_BASE` names another commit). The two run alternately, each run with an empty
    cache of its own; wall time is the median of \(options.runs) runs each, memory the highest peak.

    | binary | wall time | peak memory | statements |
    | --- | ---: | ---: | ---: |

    """
  if let base = pan.base {
    text +=
      "| \(options.baseCommit) | " + String(format: "%.2f s", base.medianSeconds)
      + " | \(mebibytes(base.peakBytes)) | \(base.statements) |\n"
  }
  text +=
    "| this build | " + String(format: "%.2f s", pan.current.medianSeconds)
    + " | \(mebibytes(pan.current.peakBytes)) | \(pan.current.statements) |\n"
  if let speedUp = pan.speedUp, let sameOutput = pan.sameOutput {
    text +=
      "\nSpeed-up (\(options.baseCommit)'s time over this build's): "
      + String(format: "%.2fx", speedUp) + ". The two outputs are "
      + (sameOutput ? "byte for byte the same" : "not the same") + ".\n"
  } else {
    text += "\nNo base binary was given (`--base-binary`), so there is no speed-up.\n"
  }
  return text
}

/// Issue #16's targets: the PAN split against the base binary, 5,000 and 20,000 articles,
/// and reopening through the cache.
func scaleTargets(
  _ results: [SizeResult], options: BenchOptions, pan: PanBench.Result?,
  reopen: ReopenBench.Times
) -> [BenchTarget] {
  let noPan = "the PAN split is not there"
  let small = results.first { $0.articles == 5000 }
  let large = results.first { $0.articles == 20_000 }
  let growth = small.flatMap { small in large.map { $0.medianSeconds / small.medianSeconds } }
  return [
    .on(
      "the PAN split at least 4x faster than \(options.baseCommit)", pan.flatMap(\.speedUp),
      missing: pan == nil ? noPan : "no base binary given",
      figure: {
        String(
          format: "%.2fx (%.2f s against %.2f s)", $0, pan!.current.medianSeconds,
          pan!.base!.medianSeconds)
      }, meets: { $0 >= 4 }),
    .on(
      "the PAN split in at most 512 MiB", pan?.current.peakBytes, missing: noPan,
      figure: mebibytes, meets: { $0 <= 512 << 20 }),
    .on(
      "20,000 articles in at most 8 s", large?.medianSeconds,
      missing: "20,000 is not among the sizes", figure: { String(format: "%.2f s", $0) },
      meets: { $0 <= 8 }),
    .on(
      "20,000 articles in at most 1 GiB", large?.peakBytes,
      missing: "20,000 is not among the sizes", figure: mebibytes, meets: { $0 <= 1 << 30 }),
    .on(
      "time from 5,000 to 20,000 articles grows under 4.5x", growth,
      missing: "5,000 and 20,000 are not both among the sizes",
      figure: { String(format: "%.2fx", $0) }, meets: { $0 < 4.5 }),
    BenchTarget(
      goal: "reopening \(reopen.articles) unchanged articles in at most 10% of the cold time",
      figure: String(format: "%.0f%%", reopen.reopenShare * 100), met: reopen.reopenShare <= 0.10),
    BenchTarget(
      goal: "adding one article to them in at most 15% of the cold time",
      figure: String(format: "%.0f%%", reopen.addOneShare * 100), met: reopen.addOneShare <= 0.15),
  ]
}

/// The targets of earlier issues: 4,000 articles and the reader's frames.
func earlierTargets(
  _ results: [SizeResult], firstFrame: ReaderBench.FirstFrame?, frames: ReaderBench.FrameTimes?
) -> [BenchTarget] {
  let big = results.first { $0.articles == 4000 }
  let middle = results.first { $0.articles == 1000 }
  let growth = middle.flatMap { middle in big.map { $0.medianSeconds / middle.medianSeconds } }
  return [
    .on(
      "4,000 articles in under 5 s", big?.medianSeconds, missing: "4,000 is not among the sizes",
      figure: { String(format: "%.2f s", $0) }, meets: { $0 < 5 }),
    .on(
      "4,000 articles in under 1 GiB", big?.peakBytes, missing: "4,000 is not among the sizes",
      figure: mebibytes, meets: { $0 < 1 << 30 }),
    .on(
      "time from 1,000 to 4,000 articles grows under 5x", growth,
      missing: "1,000 and 4,000 are not both among the sizes",
      figure: { String(format: "%.2fx", $0) }, meets: { $0 < 5 }),
    .on(
      "first frame on Articles/ under 150 ms", firstFrame?.milliseconds, missing: "not run",
      figure: { String(format: "%.1f ms", $0) }, meets: { $0 < 150 }),
    .on(
      "one side-by-side frame at 200x60 under 8 ms", frames?.medianMilliseconds,
      missing: "no generated corpus", figure: { String(format: "%.2f ms", $0) },
      meets: { $0 < 8 }),
  ]
}
