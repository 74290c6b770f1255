import Foundation
import Testing

@testable import QuotedriftEngine

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

extension Process {
  /// Runs the process to its end, reading what it writes to standard error; standard output goes
  /// where it was set, or nowhere. The exit status and that text.
  func runReadingErrors() throws -> (status: Int32, errors: String) {
    if standardOutput == nil { standardOutput = FileHandle.nullDevice }
    let errors = Pipe()
    standardError = errors
    try run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    waitUntilExit()
    return (terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

/// The cache folder the binary uses in tests, so no test touches the user's cache.
let testCacheHome: String = {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "quotedrift-test-cache-\(getpid())"
  ).path
  try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  return folder
}()

/// The sample corpus shipped in Articles/.
let sampleArticlesPath = packageRoot.appendingPathComponent("Articles").path

/// One lexicon for every test: opening WordNet maps its files once.
let sharedLexicon: Lexicon = try! Lexicon()

/// A fresh temporary folder, removed when the test's scope ends.
final class TemporaryFolder {
  let url: URL

  init() {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quotedrift-tests-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  var path: String { url.path }

  /// Writes `bytes` to `name` (folders created as needed) and returns its path.
  @discardableResult
  func write(_ name: String, bytes: [UInt8]) -> String {
    let file = url.appendingPathComponent(name)
    try! FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try! Data(bytes).write(to: file)
    return file.path
  }

  @discardableResult
  func write(_ name: String, _ text: String) -> String { write(name, bytes: Array(text.utf8)) }
}

/// An article parsed from text, as if read from `path`.
func article(_ text: String, path: String = "test.txt", id: String = "a1") -> Article {
  var article = ArticleLoader.parse(bytes: Array(text.utf8), path: path).article!
  article.id = id
  return article
}

/// The analysis of articles made from `texts`.
func analyze(_ texts: [String], settings: MatchingSettings = MatchingSettings()) -> Analysis {
  let articles = texts.enumerated().map { article($1, path: "t\($0).txt", id: "a\($0 + 1)") }
  return Analysis(articles: articles, lexicon: sharedLexicon, settings: settings)
}

/// The analysis of the sample corpus, computed once.
let sampleAnalysis: Analysis = {
  let loaded = try! ArticleLoader.load(paths: [sampleArticlesPath])
  return Analysis(articles: loaded.articles, lexicon: sharedLexicon)
}()

extension Article {
  /// The texts of the words of `range`.
  func wordTexts(_ range: Range<Int>) -> [String] { range.map { text(ofWord: $0) } }
}
