import QuotedriftTerminal
import TerminalSafety

/// The list of articles: title, the metadata columns some article has (outlet, author, date),
/// words, and how many statements each shares, with the selection and the articles marked for
/// comparison; in the order chosen, and with a line saying what loading skipped.
enum ArticlesScreen {
  static func render(
    _ state: ReaderState, into buffer: inout ScreenBuffer, _ geometry: ReaderGeometry
  ) {
    let theme = state.theme
    var title = "quotedrift  \(state.articles.count) articles"
    if let index = state.index { title += ", \(index.statements.count) statements" }
    if state.articleOrder != .loaded { title += "  " + state.articleOrder.rawValue }
    let used = buffer.put(title, x: 0, y: 0, style: theme.title, limit: geometry.width)
    if let summary = WarningsScreen.summary(state) {
      let width = DisplayWidth.of(summary)
      if used + 2 + width <= geometry.width {
        buffer.put(summary, x: geometry.width - width, y: 0, style: theme.warning)
      }
    }
    let content = geometry.content
    let columns = ArticleColumns(width: content.width, present: state.articleColumnsPresent)
    let titleWidth = columns.titleWidth
    var header = "    " + "TITLE".padding(toLength: titleWidth, withPad: " ", startingAt: 0)
    for column in columns.shown {
      header += column.label.padding(toLength: columns.widths[column]!, withPad: " ", startingAt: 0)
    }
    header += "  WORDS  SHARED"
    buffer.put(header, x: 0, y: content.y, style: theme.subtle, limit: content.width)
    guard !state.articles.isEmpty else {
      buffer.put(
        "    " + (state.progress ?? "no articles"), x: 0, y: content.y + 1, style: theme.subtle)
      return
    }
    for row in 0..<geometry.listRows {
      let position = state.articleCursor.top + row
      guard position < state.articleRows.count else { break }
      let articleIndex = state.articleRows[position]
      let article = state.articles[articleIndex]
      let y = content.y + 1 + row
      let isMarked = state.marked.contains(articleIndex)
      buffer.put(isMarked ? " ✓ " : "   ", x: 0, y: y, style: theme.marked)
      buffer.put(
        DisplayWidth.truncated(TerminalSafeText.sanitize(article.title), toWidth: titleWidth - 1),
        x: 4, y: y, style: isMarked ? theme.marked : .plain, limit: titleWidth - 1)
      var x = 4 + titleWidth
      for column in columns.shown {
        let width = columns.widths[column]!
        let value = TerminalSafeText.sanitize(column.value(of: article))
        buffer.put(
          DisplayWidth.truncated(value, toWidth: width - 2), x: x, y: y, style: theme.subtle,
          limit: width - 1)
        x += width
      }
      let shared = state.index.map { String($0.statementsByArticle[articleIndex].count) } ?? "…"
      buffer.put(
        String(article.wordCount).leftPadded(to: 7) + shared.leftPadded(to: 8), x: x, y: y,
        limit: ArticleColumns.numbers)
      if position == state.articleCursor.selected {
        buffer.patchStyle(Rect(x: 0, y: y, width: content.width, height: 1), with: theme.selection)
      }
    }
  }
}

/// The list of statements: label, speaker, how many articles carry it, its least exact
/// quotation and the meaning flags of its versions.
enum StatementsScreen {
  static func render(
    _ state: ReaderState, into buffer: inout ScreenBuffer, _ geometry: ReaderGeometry
  ) {
    let theme = state.theme
    guard let index = state.index else { return }
    buffer.put(
      "Statements  \(index.statements.count) found in \(index.articles.count) articles", x: 0, y: 0,
      style: theme.title)
    let content = geometry.content
    let speakerWidth = content.width >= 80 ? 22 : 0
    let labelWidth = max(8, content.width - 6 - speakerWidth - 26)
    var header = "ID    " + "LABEL".padding(toLength: labelWidth, withPad: " ", startingAt: 0)
    if speakerWidth > 0 {
      header += "SPEAKER".padding(toLength: speakerWidth, withPad: " ", startingAt: 0)
    }
    header += "ARTICLES     EXACT  FLAGS"
    buffer.put(header, x: 0, y: content.y, style: theme.subtle, limit: content.width)
    for row in 0..<geometry.listRows {
      let position = state.statementCursor.top + row
      guard position < index.statements.count else { break }
      let statement = index.statements[position]
      let y = content.y + 1 + row
      buffer.put(statement.id, x: 0, y: y, style: theme.gutter(position), limit: 6)
      buffer.put(statement.label, x: 6, y: y, limit: labelWidth - 1)
      var x = 6 + labelWidth
      if speakerWidth > 0 {
        buffer.put(
          statement.speaker ?? "—", x: x, y: y, style: theme.subtle, limit: speakerWidth - 1)
        x += speakerWidth
      }
      buffer.put(String(statement.versions.count).leftPadded(to: 8), x: x, y: y)
      let exact = statement.leastExactQuotation.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
      buffer.put(exact.leftPadded(to: 10), x: x + 8, y: y)
      let flags = statement.flags.map(\.rawValue).joined(separator: ",")
      buffer.put(flags, x: x + 20, y: y, style: theme.flag, limit: max(0, content.width - x - 20))
      if position == state.statementCursor.selected {
        buffer.patchStyle(Rect(x: 0, y: y, width: content.width, height: 1), with: theme.selection)
      }
    }
  }
}

/// One statement's collation: every version stacked against the reference.
enum CollationScreen {
  static func render(
    _ state: ReaderState, into buffer: inout ScreenBuffer, _ geometry: ReaderGeometry
  ) {
    guard let view = state.collation, let index = state.index else { return }
    let statement = view.statement
    buffer.put(
      "Collation \(statement.id): \(statement.label)  (\(statement.versions.count) articles)", x: 0,
      y: 0,
      style: state.theme.title)
    let layout = CollationLayout(
      statement: statement, corpus: index.analysis.corpus, width: geometry.width,
      theme: state.theme,
      selected: view.selected)
    ReaderView.drawLines(
      layout.lines, from: view.offset, in: geometry.content, into: &buffer, state: state)
  }
}

extension String {
  /// The string right-aligned in `width` characters.
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
