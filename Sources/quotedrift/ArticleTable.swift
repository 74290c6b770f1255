import QuotedriftEngine
import QuotedriftTerminal
import TerminalSafety

/// The text listing of `quotedrift articles`: a header and a row per article in columns aligned
/// by display width, every value made safe for the terminal; a missing value shows as `-`.
enum ArticleTable {
  /// Columns cut longer values to this many columns, ending them with `…` (the JSON form has
  /// them whole); the path and URL are never cut, but no column is padded wider than
  /// ``widestPadding``, so one enormous value cannot make every row as wide.
  static let widestTitle = 60
  static let widestName = 30
  static let widestPadding = 80

  /// The listing of `articles`; with `text`, each row is followed by its text, each line
  /// indented four spaces, and a blank line.
  static func render(_ articles: [Article], text: Bool) -> String {
    let header = ["ID", "PATH", "TITLE", "OUTLET", "AUTHOR", "DATE", "URL", "WORDS"]
    let rows = articles.map { article in
      [
        article.id, safe(article.path), safe(article.title, cut: widestTitle),
        safe(article.outlet, cut: widestName), safe(article.author, cut: widestName),
        safe(article.date, cut: widestName), safe(article.url), String(article.wordCount),
      ]
    }
    let widths = header.indices.map { column in
      min(widestPadding, ([header] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0)
    }
    func line(_ cells: [String]) -> String {
      var line = ""
      for (column, cell) in cells.enumerated() {
        let padding = String(
          repeating: " ", count: max(0, widths[column] - DisplayWidth.of(cell)))
        line += column == cells.count - 1 ? padding + cell : cell + padding + "  "
      }
      return line + "\n"
    }
    var output = line(header)
    for (article, row) in zip(articles, rows) {
      output += line(row)
      if text { output += indented(article) }
    }
    return output
  }

  /// The article's text from `bodyStart` on, each line made safe and indented, and a blank line.
  private static func indented(_ article: Article) -> String {
    let body = article.text(article.bodyStart..<article.bytes.count)
    var output = ""
    for line in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      output += line.isEmpty ? "\n" : "    " + TerminalSafeText.sanitize(String(line)) + "\n"
    }
    return output + "\n"
  }

  /// `value` made safe for the terminal, cut to `cut` columns; `-` when missing or empty.
  private static func safe(_ value: String?, cut: Int = .max) -> String {
    guard let value, !value.isEmpty else { return "-" }
    return DisplayWidth.truncated(TerminalSafeText.sanitize(value), toWidth: cut)
  }
}
