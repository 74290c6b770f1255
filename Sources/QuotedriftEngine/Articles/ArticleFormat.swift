/// The kinds of file the loader reads, told by the file name.
public enum ArticleFormat: String, Sendable, CaseIterable {
  /// Plain text: the title is the first non-empty line.
  case text
  /// Markdown, with optional YAML front matter.
  case markdown
  /// A saved web page (`.html`, `.htm`, `.xhtml`, each also gzip-compressed as `.gz`).
  case html
  /// JSON Lines (`.jsonl`, `.ndjson`): one article a record.
  case jsonLines
  /// Comma-separated values with a header row: one article a record.
  case csv

  /// The format of the file at `path`, or `nil` when the loader does not read it.
  public init?(path: String) {
    var name = Substring(path.lowercased())
    if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
    var compressed = false
    if name.hasSuffix(".gz") {
      name = name.dropLast(3)
      compressed = true
    }
    guard let dot = name.lastIndex(of: ".") else { return nil }
    switch name[name.index(after: dot)...] {
    case "txt" where !compressed: self = .text
    case "md" where !compressed, "markdown" where !compressed: self = .markdown
    case "html", "htm", "xhtml": self = .html
    case "jsonl" where !compressed, "ndjson" where !compressed: self = .jsonLines
    case "csv" where !compressed: self = .csv
    default: return nil
    }
  }

  /// Whether the offsets of the articles read from such a file point into the file as stored
  /// (text and Markdown), not into text extracted from it.
  public var offsetsPointIntoFile: Bool { self == .text || self == .markdown }

  /// The file endings read, as a user reads them in a message.
  public static let readableEndings =
    ".txt, .md, .html, .htm, .xhtml (also .gz), .jsonl, .ndjson, .csv"
}
