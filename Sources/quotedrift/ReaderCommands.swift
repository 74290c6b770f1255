import ArgumentParser
import Foundation
import QuotedriftEngine
import QuotedriftNCurses
import QuotedriftReader

/// `quotedrift [PATH...]` and `quotedrift read`: the terminal reader.
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Open the terminal reader on articles (the default command).",
    discussion: "Keys: ? in the reader lists them all. Matching runs in the background.")

  @OptionGroup var input: InputOptions
  @OptionGroup var display: DisplayOptions
  @OptionGroup var cache: CacheOptions

  func run() throws {
    try ReaderLauncher.run(
      paths: input.resolvedPaths, compare: false, input: input, display: display, cache: cache)
  }
}

/// `quotedrift compare A B [C...]`: the reader, straight into side by side.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Open two or more articles side by side in the reader.")

  @OptionGroup var input: InputOptions
  @OptionGroup var display: DisplayOptions
  @OptionGroup var cache: CacheOptions

  func validate() throws {
    guard input.paths.count >= 2 else {
      throw ValidationError("compare needs two or more article files")
    }
  }

  func run() throws {
    for path in input.paths {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
        Diagnostics.error("\(path): compare takes article files, not folders")
        throw ExitCode(2)
      }
    }
    try ReaderLauncher.run(
      paths: input.paths, compare: true, input: input, display: display, cache: cache)
  }
}

/// How the reader draws: mouse and colour.
struct DisplayOptions: ParsableArguments {
  @Flag(help: "Do not capture the mouse (keeps the terminal's own selection and copy).")
  var noMouse = false

  @Option(help: "Colour: auto (unless NO_COLOR is set), always, never.")
  var color: ColorChoice?
}

/// Starts the reader on the terminal and restores the terminal however it ends.
enum ReaderLauncher {
  static func run(
    paths: [String], compare: Bool, input: InputOptions, display: DisplayOptions,
    cache: CacheOptions
  ) throws {
    let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
    guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1, !term.isEmpty, term != "dumb"
    else {
      Diagnostics.error(
        "the reader needs a terminal (TERM unset, dumb, or output redirected); for text or JSON use `quotedrift statements`"
      )
      throw ExitCode(2)
    }
    for path in paths where !FileManager.default.fileExists(atPath: path) {
      Diagnostics.error("\(path): no such file or directory")
      throw ExitCode(2)
    }
    let configuration = try input.configuration()
    let lexicon = try input.lexicon()
    let analysisCache = cache.open()
    let mouse = !display.noMouse && configuration.mouse
    let color = (display.color ?? configuration.color).isEnabled(forDescriptor: STDOUT_FILENO)
    NCursesBackend.installSignalHandlers()
    let backend: NCursesBackend
    do throws(NCursesBackend.StartFailure) {
      backend = try NCursesBackend(mouse: mouse, color: color)
    } catch {
      Diagnostics.error(error.description)
      throw ExitCode(2)
    }
    let size = backend.size
    var state = ReaderState(
      width: size.width, height: size.height,
      theme: Theme(colorCount: configuration.colorCount(terminalColors: backend.colorCount)),
      keymap: configuration.keymap)
    if compare {
      state.openComparison(of: Array(paths.indices))
    }
    let session = ReaderSession(backend: backend, state: state, mouse: mouse)
    session.startLoading(
      paths: paths, lexicon: lexicon, settings: input.settings(configuration),
      cache: analysisCache)
    session.run {
      #if DEBUG
        DebugCrash.crashIfAsked(ready: session.state.index != nil)
      #endif
      return NCursesBackend.pendingTermination != nil
    }
    backend.stop()
    for warning in session.state.warnings { Diagnostics.warning(warning.description) }
    if let signal = NCursesBackend.pendingTermination { throw ExitCode(128 + signal) }
    if let failure = session.state.failure {
      Diagnostics.error(failure)
      throw ExitCode(2)
    }
  }
}
