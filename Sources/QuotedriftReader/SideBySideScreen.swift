import QuotedriftTerminal

/// Two or more articles in columns, wrapped to the column width, shared passages tinted in their
/// statement's colour with a gutter mark, drifted words styled by drift class.
enum SideBySideScreen {
  static func render(
    _ state: ReaderState, into buffer: inout ScreenBuffer, _ geometry: ReaderGeometry
  ) {
    guard let comparison = state.comparison, !state.articles.isEmpty else { return }
    let theme = state.theme
    let ids = comparison.columns.map { state.articles[$0].id }.joined(separator: " · ")
    var title = comparison.columns.count > 1 ? "Side by side  \(ids)" : "Reading  \(ids)"
    if let current = comparison.currentStatement, let statement = state.index?.statements[current] {
      title += "  —  \(statement.id): \(statement.label)"
    }
    buffer.put(title, x: 0, y: 0, style: theme.title)
    let columns = geometry.columns(comparison.columns.count)
    let matches = state.search.screen == .sideBySide ? Set(state.search.matches) : []
    for (column, rect) in columns.enumerated() {
      let article = state.articles[comparison.columns[column]]
      let isFocused = column == comparison.focused && comparison.columns.count > 1
      var header = "\(article.id) \(article.title)"
      if let outlet = article.outlet { header += " — \(outlet)" }
      buffer.put(
        header, x: rect.x, y: rect.y, style: isFocused ? theme.focusedHeader : theme.title,
        limit: rect.width)
      let layout = ReaderUpdate.layoutOf(
        state, column: column, comparison: comparison, columns: columns)
      let offset = comparison.offsets[column]
      for row in 0..<geometry.columnTextRows {
        let line = offset + row
        guard line >= 0 && line < layout.lines.count else { continue }
        let y = rect.y + 1 + row
        if let statement = layout.lineStatements[line] ?? continuing(layout, line) {
          buffer.put("┃", x: rect.x, y: y, style: theme.gutter(statement))
        }
        if column == comparison.focused && matches.contains(line) {
          buffer.put("›", x: rect.x, y: y, style: theme.searchMatch)
        }
        buffer.put(
          layout.lines[line], x: rect.x + ReaderGeometry.gutterWidth, y: y,
          limit: ReaderGeometry.textWidth(ofColumn: rect.width))
      }
    }
  }

  /// The statement a line continues, when a passage runs on from the line above.
  private static func continuing(_ layout: ArticleLayout, _ line: Int) -> Int? {
    guard line > 0 else { return nil }
    return layout.lines[line].contains {
      $0.style != .plain && $0.text.contains { !$0.isWhitespace }
    }
      ? layout.lineStatements[..<line].last { $0 != nil } ?? nil : nil
  }
}
