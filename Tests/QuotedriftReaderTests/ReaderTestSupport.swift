import Foundation
import QuotedriftEngine
import QuotedriftTerminal
import Testing

@testable import QuotedriftReader

/// The repository's root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// The `quotedrift` binary built beside this test bundle, so a sanitizer build (`swift test
/// --sanitize`, its own build folder) runs its own binary; `.build/debug/quotedrift` otherwise.
let builtBinary: String = {
  let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
  let beside = bundle.deletingLastPathComponent().appendingPathComponent("quotedrift").path
  return FileManager.default.isExecutableFile(atPath: beside)
    ? beside : packageRoot.appendingPathComponent(".build/debug/quotedrift").path
}()

let lexicon: Lexicon = try! Lexicon()

/// The loaded articles and index of a set of paths, computed once per set.
final class LoadedCorpora: @unchecked Sendable {
  static let shared = LoadedCorpora()
  private var cache: [[String]: ([Article], ReaderIndex)] = [:]
  private let lock = NSLock()

  func load(_ paths: [String]) -> ([Article], ReaderIndex) {
    lock.lock()
    defer { lock.unlock() }
    if let loaded = cache[paths] { return loaded }
    let articles = try! ArticleLoader.load(
      paths: paths.map { packageRoot.appendingPathComponent($0).path }
    ).articles
    let loaded = (articles, ReaderIndex(analysis: Analysis(articles: articles, lexicon: lexicon)))
    cache[paths] = loaded
    return loaded
  }
}

let samplePaths = ["Articles"]
let unicodePaths = ["Tests/QuotedriftReaderTests/Fixtures/unicode"]
let hostilePaths = ["Tests/Fixtures/hostile/terminal"]

/// A reader session on an in-memory terminal, with `paths` loaded and matched.
func session(
  _ paths: [String] = samplePaths, width: Int = 80, height: Int = 24, colors: Int = 256,
  mouse: Bool = true
) -> (ReaderSession, TestBackend) {
  let backend = TestBackend(width: width, height: height, colorCount: colors)
  let state = ReaderState(width: width, height: height, theme: Theme(colorCount: colors))
  let session = ReaderSession(backend: backend, state: state, mouse: mouse)
  let (articles, index) = LoadedCorpora.shared.load(paths)
  session.apply(.articlesLoaded(articles, warnings: []))
  session.apply(.analysisFinished(index))
  session.draw()
  return (session, backend)
}

extension ReaderSession {
  /// Presses keys in order, drawing after each as the loop does.
  func press(_ keys: Key...) {
    for key in keys {
      handle(.key(key))
      draw()
    }
  }

  /// Types text into the search prompt.
  func type(_ text: String) {
    for character in text { press(.character(character)) }
  }
}

/// The screen as text, then a style overlay: one letter per distinct style ("." for plain), and
/// the legend of the letters.
func snapshot(of screen: ScreenBuffer) -> String {
  var letters: [Style: Character] = [:]
  var legend: [String] = []
  let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
  var overlay: [String] = []
  for row in 0..<screen.height {
    var line = ""
    for column in 0..<screen.width {
      let cell = screen[column, row]
      guard cell.style != .plain else {
        line.append(".")
        continue
      }
      if letters[cell.style] == nil {
        let letter = alphabet[min(letters.count, alphabet.count - 1)]
        letters[cell.style] = letter
        legend.append("\(letter): \(describe(cell.style))")
      }
      line.append(letters[cell.style]!)
    }
    overlay.append(line)
  }
  return screen.text + "\n--- styles\n" + overlay.joined(separator: "\n") + "\n--- legend\n"
    + legend.joined(separator: "\n") + "\n"
}

private func describe(_ style: Style) -> String {
  func color(_ color: TerminalColor) -> String {
    switch color {
    case .terminalDefault: "default"
    case .ansi(let index): "ansi \(index)"
    case .indexed(let index): "\(index)"
    }
  }
  let names: [(TextAttributes, String)] = [
    (.bold, "bold"), (.dim, "dim"), (.italic, "italic"), (.underline, "underline"),
    (.reverse, "reverse"), (.strikethrough, "strikethrough"),
  ]
  let attributes = names.filter { style.attributes.contains($0.0) }.map(\.1).joined(separator: " ")
  return "fg \(color(style.foreground)), bg \(color(style.background))"
    + (attributes.isEmpty ? "" : ", " + attributes)
}

/// Compares `actual` with the snapshot file `name`; writes it when missing or when
/// UPDATE_SNAPSHOTS is set, and says so.
func expectSnapshot(
  _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let file = packageRoot.appendingPathComponent("Tests/QuotedriftReaderTests/Snapshots/\(name).txt")
  let update = ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] != nil
  guard !update, let expected = try? String(contentsOf: file, encoding: .utf8) else {
    try! actual.write(to: file, atomically: true, encoding: .utf8)
    Issue.record(
      "recorded snapshot \(name); check it and run again", sourceLocation: sourceLocation)
    return
  }
  #expect(
    actual == expected, "screen differs from Snapshots/\(name).txt", sourceLocation: sourceLocation)
}

/// Every cell is terminal-safe and no wide character is split.
func expectSafeAndWhole(_ screen: ScreenBuffer, sourceLocation: SourceLocation = #_sourceLocation) {
  for row in 0..<screen.height {
    for column in 0..<screen.width {
      let cell = screen[column, row]
      let unsafe = cell.symbol.unicodeScalars.contains { scalar in
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
          || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
      }
      #expect(!unsafe, "unsafe cell at \(column),\(row)", sourceLocation: sourceLocation)
      if cell.width == 2 {
        #expect(
          column + 1 < screen.width && screen[column + 1, row].isContinuation,
          "split wide cell at \(column),\(row)", sourceLocation: sourceLocation)
      }
      if cell.isContinuation {
        #expect(
          column > 0 && screen[column - 1, row].width == 2,
          "orphan continuation at \(column),\(row)", sourceLocation: sourceLocation)
      }
    }
  }
}

/// The screens' own state, as the tests read it.
extension ReaderState {
  var articlesScreen: ArticlesScreen { stack[0] as! ArticlesScreen }
  var articleCursor: ListCursor { articlesScreen.cursor }
  var marked: [Int] { articlesScreen.marked }
  var selectedArticle: Int? { articlesScreen.selectedArticle }
  /// The side by side open, if any.
  var sideBySide: SideBySideScreen? { top(SideBySideScreen.self) }
  var collation: CollationScreen? { top(CollationScreen.self) }
  var exportDialog: ExportDialog? { stack.last as? ExportDialog }
  /// The current screen's search.
  var search: SearchState { stack.last!.search }
}
