import QuotedriftEngine
import QuotedriftTerminal
import TerminalSafety

/// The list of articles: title, the metadata columns some article has (outlet, author, date),
/// words, and how many statements each shares, with the selection and the articles marked for
/// comparison; in the order chosen, and with a line saying what loading skipped.
struct ArticlesScreen: ReaderScreen {
  var kind: ScreenKind { .articles }
  var search = SearchState()
  /// The order of the list, and the article each row shows in it.
  var order = ArticleOrder.loaded
  var rows: [Int] = []
  /// The metadata columns some article has a value for, with their widest value.
  var columnsPresent: [ArticleColumns.Column: Int] = [:]
  var cursor = ListCursor()
  /// Articles marked for comparison, in the order marked.
  var marked: [Int] = []

  static let bindings: [KeyBinding] =
    [
      KeyBinding("open", [.enter], .open, "read the selected article", hint: "open"),
      KeyBinding(
        "mark", [.character(" ")], .toggleMark, "mark the article for comparison", hint: "mark"),
      KeyBinding(
        "order", [.character("o")], .cycleOrder, "order the articles: as loaded, by date, by outlet"
      ),
      KeyBinding(
        "compare", [.character("c")], .compare,
        "compare the marked articles (or the selected one with its closest)", hint: "compare"),
      KeyBinding(
        "search", [.character("/")], .searchFolder,
        "search the text of every article (whole words; case and quotation marks folded)",
        hint: "search"),
      KeyBinding(
        "statements", [.character("s")], .showStatements, "statements", hint: "statements"),
    ]
    + KeyBinding.scrolling(
      pageDown: KeyBinding("page_down_in_lists", [.pageDown], .pageDown, "down a page"))

  /// The article the list has selected.
  var selectedArticle: Int? { rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil }

  mutating func refit(_ context: inout ScreenContext) {
    if rows.count != context.articles.count {
      rows = order.rows(of: context.articles)
      columnsPresent = ArticleColumns.present(in: context.articles)
    }
    cursor.move(by: 0, count: max(1, rows.count), visible: context.geometry.listRows)
  }

  mutating func update(_ action: ReaderAction, _ context: inout ScreenContext) -> ScreenOutcome {
    let visible = context.geometry.listRows
    if let distance = action.scrollDistance(context.geometry) {
      cursor.move(by: distance, count: max(1, rows.count), visible: visible)
      return .stay
    }
    switch action {
    case .open:
      guard let article = selectedArticle else { return .stay }
      return .open(SideBySideScreen(columns: [article]))
    case .toggleMark:
      guard let article = selectedArticle else { return .stay }
      if let position = marked.firstIndex(of: article) {
        marked.remove(at: position)
      } else {
        marked.append(article)
      }
      cursor.move(by: 1, count: rows.count, visible: visible)
    case .compare:
      return compare(&context)
    case .searchFolder:
      return .open(FolderSearchScreen())
    case .cycleOrder:
      let selected = selectedArticle
      order = order.next
      rows = order.rows(of: context.articles)
      if let selected, let row = rows.firstIndex(of: selected) {
        cursor.select(row, count: rows.count, visible: visible)
      }
      context.message = "articles \(order.rawValue)"
    case .click(_, let y):
      let row = y - context.geometry.content.y - 1
      if row >= 0 { cursor.select(cursor.top + row, count: rows.count, visible: visible) }
    default:
      return updateShared(action, &context)
    }
    return .stay
  }

  /// Side by side on the marked articles, or the selected one and its closest.
  private mutating func compare(_ context: inout ScreenContext) -> ScreenOutcome {
    guard let selected = selectedArticle else { return .stay }
    var columns = marked
    if columns.count < 2 {
      guard let index = context.index else {
        context.message = "mark two articles with Space, or wait until statements are found"
        return .stay
      }
      guard let partner = index.bestPartner(of: selected) else {
        context.message = "no other article shares a statement with this one"
        return .stay
      }
      columns = [selected, partner]
    }
    marked = []
    return .open(SideBySideScreen(columns: columns))
  }

  func position(_ context: ScreenContext) -> String? {
    rows.isEmpty ? nil : "item \(cursor.selected + 1)/\(rows.count)"
  }

  func render(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
    let theme = context.theme
    let geometry = context.geometry
    var title = "quotedrift  \(counted(context.articles.count, "article"))"
    if let index = context.index { title += ", \(counted(index.statements.count, "statement"))" }
    if order != .loaded { title += "  " + order.rawValue }
    let used = buffer.put(title, x: 0, y: 0, style: theme.title, limit: geometry.width)
    if let summary = WarningsScreen.summary(context) {
      let width = DisplayWidth.of(summary)
      if used + 2 + width <= geometry.width {
        buffer.put(summary, x: geometry.width - width, y: 0, style: theme.warning)
      }
    }
    let content = geometry.content
    let columns = ArticleColumns(width: content.width, present: columnsPresent)
    let titleWidth = columns.titleWidth
    var header = "    " + "TITLE".padding(toLength: titleWidth, withPad: " ", startingAt: 0)
    for column in columns.shown {
      header += column.label.padding(toLength: columns.widths[column]!, withPad: " ", startingAt: 0)
    }
    header += "  WORDS  SHARED"
    buffer.put(header, x: 0, y: content.y, style: theme.subtle, limit: content.width)
    guard !rows.isEmpty else {
      let text = context.articles.isEmpty ? "Loading articles…" : "no articles"
      buffer.put("    " + text, x: 0, y: content.y + 1, style: theme.subtle)
      return
    }
    for row in 0..<geometry.listRows {
      let position = cursor.top + row
      guard position < rows.count else { break }
      let articleIndex = rows[position]
      let article = context.articles[articleIndex]
      let y = content.y + 1 + row
      let isMarked = marked.contains(articleIndex)
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
      let shared = context.index.map { String($0.statementsByArticle[articleIndex].count) } ?? "…"
      buffer.put(
        String(article.wordCount).leftPadded(to: 7) + shared.leftPadded(to: 8), x: x, y: y,
        limit: ArticleColumns.numbers)
      if position == cursor.selected {
        buffer.patchStyle(Rect(x: 0, y: y, width: content.width, height: 1), with: theme.selection)
      }
    }
  }
}

extension String {
  /// The string right-aligned in `width` characters.
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
