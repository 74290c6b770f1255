import ArgumentParser
import Foundation
import QuotedriftCache
import QuotedriftEngine
import TerminalSafety

/// The articles to read and how sensitive matching is: shared by every subcommand.
struct InputOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Matching sensitivity: 1 is the default; above 1 finds more, weaker matches; below 1 fewer, stronger ones.",
      valueName: "factor"))
  var sensitivity: Float?

  @Argument(help: "Article files or folders (walked recursively). Default: ./Articles")
  var paths: [String] = []

  func validate() throws {
    let threshold = MatchingSettings.threshold(named: "sensitivity")!
    guard let sensitivity else { return }
    guard threshold.setting(Double(sensitivity), in: MatchingSettings()) != nil else {
      throw ValidationError(
        "--sensitivity must be a number from \(threshold.formatted(threshold.range.lowerBound)) to "
          + threshold.formatted(threshold.range.upperBound))
    }
  }

  /// The paths given, or `Articles` when none.
  var resolvedPaths: [String] { paths.isEmpty ? ["Articles"] : paths }

  /// The configuration file, read once; a bad file is a one-line error and exit status 2.
  func configuration() throws -> Configuration {
    do {
      return try Configuration.load()
    } catch {
      Diagnostics.error(error.description)
      throw ExitCode(2)
    }
  }

  /// The matching settings the options (else the configuration file) ask for.
  func settings(_ configuration: Configuration) -> MatchingSettings {
    var settings = configuration.matching
    if let sensitivity { settings.sensitivity = sensitivity }
    return settings
  }

  /// Opens the stemmer and WordNet, warning when WordNet is missing; exits with status 2 when the
  /// stemmer cannot open.
  func lexicon() throws -> Lexicon {
    let lexicon = try openLexicon()
    warnIfWordNetIsMissing(lexicon)
    return lexicon
  }

  /// Opens the stemmer and WordNet; exits with status 2 when the stemmer cannot open.
  func openLexicon() throws -> Lexicon {
    do {
      return try Lexicon()
    } catch {
      Diagnostics.error(error.description)
      throw ExitCode(2)
    }
  }

  /// Warns that synonyms go unmatched when `lexicon` has no WordNet.
  func warnIfWordNetIsMissing(_ lexicon: Lexicon) {
    guard lexicon.wordNet == nil else { return }
    Diagnostics.warning(
      "\(WordNet.defaultDirectory): WordNet not found, synonyms are not matched (install wordnet-base: make deps)"
    )
  }

  /// Loads the articles and reports skipped files and records on standard error (after erasing
  /// `line`, which shows the files read meanwhile). Exits with status 2 and a one-line error when
  /// nothing can be read. With `cache`, files unchanged since the last load of the same paths
  /// are unpacked from what it remembers of them, and what this load found is kept there.
  func load(line: ProgressLine? = nil, cache: AnalysisCache? = nil) throws -> [Article] {
    try load(CachedLoading(paths: resolvedPaths, cache: cache), line: line).articles
  }

  /// Loads as `loading` says, reporting as ``load(line:cache:)`` does.
  func load(_ loading: CachedLoading, line: ProgressLine?) throws -> ArticleLoader.Result {
    let result: ArticleLoader.Result
    do {
      result = try loading.load(progress: line?.progress)
      line?.clear()
    } catch {
      line?.clear()
      if case .noArticles(_, let skipped) = error {
        for diagnostic in skipped { Diagnostics.warning(diagnostic.description) }
      }
      Diagnostics.error(error.description)
      throw ExitCode(2)
    }
    for diagnostic in result.diagnostics { Diagnostics.warning(diagnostic.description) }
    return result
  }

  /// Loads the articles as ``load(line:cache:)`` does and finds the statements, through the cache
  /// unless `--no-cache`, with a progress line while standard error is a terminal. The analysis
  /// is never freed (``KeptUntilExit``): the command ends when its output is written.
  func analyze(_ configuration: Configuration, cache: CacheOptions) throws -> Analysis {
    let line = ProgressLine.onTerminal()
    defer { line?.clear() }
    let store = cache.open()
    let loaded = try StageTimes.measure("loading") {
      try load(CachedLoading(paths: resolvedPaths, cache: store), line: line)
    }
    let lexicon = try lexicon()
    let settings = settings(configuration)
    let key = AnalysisKey(of: loaded, settings: settings, lexicon: lexicon)
    return analyze(
      loaded.articles, key: key, lexicon: lexicon, settings: settings, cache: store, line: line
    ).analysis
  }

  /// Finds the statements of `articles` through `cache` (under `key` when given), warning when
  /// the cache fails; the analysis is never freed (``KeptUntilExit``).
  func analyze(
    _ articles: [Article], key: AnalysisKey?, lexicon: Lexicon, settings: MatchingSettings,
    cache: AnalysisCache?, line: ProgressLine?
  ) -> CachedAnalysis.Outcome {
    let outcome = CachedAnalysis.analyze(
      articles: articles, lexicon: lexicon, settings: settings, cache: cache, key: key,
      progress: line?.progress)
    line?.clear()
    for warning in outcome.warnings { Diagnostics.warning(warning) }
    KeptUntilExit.keep(outcome.analysis)
    return outcome
  }
}

/// One-line messages on standard error, made safe for the terminal.
enum Diagnostics {
  static func warning(_ message: String) {
    write("quotedrift: warning: \(TerminalSafeText.sanitize(message))")
  }

  static func error(_ message: String) {
    write("quotedrift: error: \(TerminalSafeText.sanitize(message))")
  }

  private static func write(_ line: String) {
    StandardStreams.error(line + "\n")
  }
}

/// When to colour output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never

  /// Whether to colour what goes to `descriptor`: `auto` means a terminal, and NO_COLOR (set and
  /// not empty) unset.
  func isEnabled(forDescriptor descriptor: Int32) -> Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto:
      let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
      return !noColor && isatty(descriptor) == 1
    }
  }
}
