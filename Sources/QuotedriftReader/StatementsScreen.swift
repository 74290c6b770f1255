import QuotedriftEngine
import QuotedriftTerminal

/// The list of statements: label, speaker (when some statement has one and there is room), how
/// many articles carry it, its least exact quotation and the meaning flags of its versions;
/// text cut with `…`.
struct StatementsScreen: ReaderScreen {
  var kind: ScreenKind { .statements }
  var search = SearchState()
  var cursor = ListCursor()

  static let bindings: [KeyBinding] =
    [
      KeyBinding("open", [.enter], .open, "open the statement's collation", hint: "open"),
      KeyBinding(
        "export", [.character("e")], .beginExport, "export the selected statement", hint: "export"),
      KeyBinding("articles", [.character("a")], .showArticles, "articles", hint: "articles"),
    ] + KeyBinding.scrolling()

  private func count(_ context: ScreenContext) -> Int { context.index?.statements.count ?? 0 }

  mutating func refit(_ context: inout ScreenContext) {
    cursor.move(by: 0, count: max(1, count(context)), visible: context.geometry.listRows)
  }

  mutating func update(_ action: ReaderAction, _ context: inout ScreenContext) -> ScreenOutcome {
    let visible = context.geometry.listRows
    if let distance = action.scrollDistance(context.geometry) {
      cursor.move(by: distance, count: max(1, count(context)), visible: visible)
      return .stay
    }
    switch action {
    case .open:
      guard let index = context.index, !index.statements.isEmpty else { return .stay }
      return .open(CollationScreen(statement: index.statements[cursor.selected]))
    case .click(_, let y):
      let row = y - context.geometry.content.y - 1
      if row >= 0 { cursor.select(cursor.top + row, count: count(context), visible: visible) }
      return .stay
    default:
      return updateShared(action, &context)
    }
  }

  func exportable(_ context: ScreenContext) -> [Statement]? {
    guard let index = context.index, !index.statements.isEmpty else { return nil }
    return [index.statements[cursor.selected]]
  }

  func searchLines(_ context: ScreenContext) -> [String] {
    context.index?.statements.map { "\($0.id) \($0.label) \($0.speaker ?? "")" } ?? []
  }

  mutating func reveal(_ line: Int, _ context: ScreenContext) {
    cursor.select(line, count: count(context), visible: context.geometry.listRows)
  }

  func position(_ context: ScreenContext) -> String? {
    count(context) > 0 ? "item \(cursor.selected + 1)/\(count(context))" : nil
  }

  func render(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
    let theme = context.theme
    guard let index = context.index else { return }
    let geometry = context.geometry
    buffer.put(
      "Statements  \(index.statements.count) found in \(counted(index.articles.count, "article"))",
      x: 0, y: 0,
      style: theme.title, limit: geometry.width)
    let content = geometry.content
    let hasSpeakers = index.statements.contains { $0.speaker != nil }
    let speakerWidth = hasSpeakers && content.width >= 80 ? 22 : 0
    let labelWidth = max(8, content.width - 6 - speakerWidth - 26)
    var header = "ID    " + "LABEL".padding(toLength: labelWidth, withPad: " ", startingAt: 0)
    if speakerWidth > 0 {
      header += "SPEAKER".padding(toLength: speakerWidth, withPad: " ", startingAt: 0)
    }
    header += "ARTICLES     EXACT  FLAGS"
    buffer.put(header, x: 0, y: content.y, style: theme.subtle, limit: content.width)
    let matches = Set(search.matches)
    for row in 0..<geometry.listRows {
      let position = cursor.top + row
      guard position < index.statements.count else { break }
      let statement = index.statements[position]
      let y = content.y + 1 + row
      buffer.put(statement.id, x: 0, y: y, style: theme.gutter(position), limit: 6)
      buffer.put(
        DisplayWidth.truncated(statement.label, toWidth: labelWidth - 1), x: 6, y: y,
        limit: labelWidth - 1)
      var x = 6 + labelWidth
      if speakerWidth > 0 {
        buffer.put(
          DisplayWidth.truncated(statement.speaker ?? "—", toWidth: speakerWidth - 1), x: x, y: y,
          style: theme.subtle, limit: speakerWidth - 1)
        x += speakerWidth
      }
      buffer.put(String(statement.versions.count).leftPadded(to: 8), x: x, y: y)
      let exact = statement.leastExactQuotation.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
      buffer.put(exact.leftPadded(to: 10), x: x + 8, y: y)
      let flags = statement.flags.map(\.rawValue).joined(separator: ",")
      let room = max(0, content.width - x - 20)
      buffer.put(
        DisplayWidth.truncated(flags, toWidth: room), x: x + 20, y: y, style: theme.flag,
        limit: room)
      if matches.contains(position) {
        buffer.patchStyle(Rect(x: 0, y: y, width: 1, height: 1), with: theme.searchMatch)
      }
      if position == cursor.selected {
        buffer.patchStyle(Rect(x: 0, y: y, width: content.width, height: 1), with: theme.selection)
      }
    }
  }
}
