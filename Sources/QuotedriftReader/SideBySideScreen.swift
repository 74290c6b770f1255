import QuotedriftEngine
import QuotedriftTerminal
import TerminalSafety

/// Two or more articles side by side as one table of rows (see ``SideBySideTable``): every
/// shared piece starts on the same row in every column, filler rows pad the shorter side, and
/// scrolling moves every column. `n` and `N` step piece by piece; between two columns a gutter
/// numbers the pieces that correspond and marks the ones moved out of order. One article alone
/// is read the same way.
struct SideBySideScreen: ReaderScreen {
  var kind: ScreenKind { .sideBySide }
  var search = SearchState()
  /// Article indices, one per column.
  var columns: [Int]
  var focused = 0
  /// First row shown.
  var offset = 0
  /// The piece last stepped to.
  var currentPiece: PieceKey?
  /// Words marked in each column (a search hit, a version opened from a collation).
  var highlights: [Range<Int>?]
  /// The highlighted words are yet to be scrolled to (when the screen opens).
  private var revealsHighlight: Bool
  /// A step (`n`, `N`, `]`, `[`) asked for while the statements were still being found, taken
  /// when they arrive.
  private var pendingStep: ReaderAction?

  /// Side by side on `columns`, the first showing `highlight` (words) when given.
  init(columns: [Int], highlight: Range<Int>? = nil) {
    self.columns = columns
    highlights = columns.indices.map { $0 == 0 ? highlight : nil }
    revealsHighlight = highlight != nil
  }

  static let bindings: [KeyBinding] =
    [
      KeyBinding(
        "next", [.character("n")], .next,
        "next shared piece, at the same row in every column (next match while searching)",
        hint: "next piece"),
      KeyBinding(
        "previous", [.character("N")], .previous,
        "previous shared piece (previous match while searching)"),
      KeyBinding(
        "next_shared", [.character("]")], .nextShared, "first piece of the next shared statement"),
      KeyBinding(
        "previous_shared", [.character("[")], .previousShared,
        "first piece of the previous shared statement"),
      KeyBinding(
        "focus_next", [.tab], .focusNext, "focus the next column (search reads it)", hint: "column"),
      KeyBinding("focus_previous", [.backTab], .focusPrevious, "focus the previous column"),
      KeyBinding(
        "swap_previous", [.character("<")], .swapPrevious,
        "show the previous article in the focused column"),
      KeyBinding(
        "swap_next", [.character(">")], .swapNext, "show the next article in the focused column"),
      KeyBinding(
        "where_else", [.character("w")], .whereElse,
        "where else the passage read appears: its statement's versions, else the best matches",
        hint: "where else"),
      KeyBinding(
        "export", [.character("e")], .beginExport, "export the statements the columns share"),
      KeyBinding(
        "statements", [.character("s")], .showStatements, "statements", hint: "statements"),
      KeyBinding("articles", [.character("a")], .showArticles, "articles", hint: "articles"),
    ] + KeyBinding.scrolling()

  /// The gutter's marks, for the help screen.
  static let legend: [(String, String)] = [
    ("┃", "a passage of a statement, in the statement's colour"),
    (
      "─2─",
      "piece 2 of its statement starts on this row in the columns the lines point to (and in every other column that has it)"
    ),
    ("│", "both columns show the same statement on this row"),
    ("↕2", "piece 2 stands out of the other column's order: moved, shown where it is read"),
    ("╎", "filler: this column waits for the other to reach the next shared piece"),
    (
      "drift",
      "two columns are coloured each against the other; with three or more, the first against the second and every other against the first"
    ),
  ]

  func table(_ context: ScreenContext) -> SideBySideTable {
    let widths = context.geometry.columns(columns.count).map {
      ReaderGeometry.textWidth(ofColumn: $0.width)
    }
    return context.tables.table(
      articles: columns, widths: widths, highlights: highlights, context)
  }

  mutating func refit(_ context: inout ScreenContext) {
    guard !context.articles.isEmpty else { return }
    columns = columns.map { min($0, context.articles.count - 1) }
    if let step = pendingStep, context.index != nil {
      pendingStep = nil
      context.message = nil
      return takeStep(step, &context)
    }
    let table = table(context)
    if revealsHighlight, let row = table.columns[0].highlightRow {
      offset = max(0, row - 2)
      revealsHighlight = false
    } else if let currentPiece, let piece = table.pieces.first(where: { $0.key == currentPiece }) {
      offset = max(0, piece.row - min(2, piece.row))
    } else {
      offset = scrolled(
        offset, by: 0, count: table.rowCount, visible: context.geometry.columnTextRows)
    }
  }

  mutating func update(_ action: ReaderAction, _ context: inout ScreenContext) -> ScreenOutcome {
    if context.index == nil, search.matches.isEmpty, action.isStep {
      pendingStep = action
      context.message = "statements are still being found… the step follows when they are"
      return .stay
    }
    guard !context.articles.isEmpty else { return updateShared(action, &context) }
    if let distance = action.scrollDistance(context.geometry) {
      let table = table(context)
      // Never past the last page, but a piece stepped to further down stays where it is.
      let limit = max(max(0, table.rowCount - context.geometry.columnTextRows), offset)
      offset = clamp(offset.addingReportingOverflow(distance).partialValue, 0, limit)
      return .stay
    }
    switch action {
    case .next, .previous:
      if !search.matches.isEmpty { return updateShared(action, &context) }
      takeStep(action, &context)
    case .nextShared, .previousShared:
      takeStep(action, &context)
    case .whereElse:
      return whereElse(&context)
    case .focusNext, .focusPrevious:
      focused = (focused + (action.isNext ? 1 : -1) + columns.count) % columns.count
    case .swapNext, .swapPrevious:
      let count = context.articles.count
      columns[focused] = (columns[focused] + (action.isNext ? 1 : -1) + count) % count
      highlights[focused] = nil
      offset = 0
      currentPiece = nil
      search = SearchState()
    case .click(let x, let y):
      if let column = context.geometry.columns(columns.count).firstIndex(where: {
        $0.contains(x: x, y: y)
      }) {
        focused = column
      }
    default:
      return updateShared(action, &context)
    }
    return .stay
  }

  /// Scrolls so `piece` starts two rows below the top (or at its row, near the start).
  private mutating func show(_ piece: SideBySideTable.Piece) {
    currentPiece = piece.key
    offset = max(0, piece.row - min(2, piece.row))
  }

  private func noPieces(_ context: inout ScreenContext) {
    context.message =
      columns.count > 1 ? "these articles share no statement" : "this article shares no statement"
  }

  /// Steps piece by piece (`n`, `N`) or statement by statement (`]`, `[`).
  private mutating func takeStep(_ step: ReaderAction, _ context: inout ScreenContext) {
    switch step {
    case .nextShared, .previousShared: stepStatement(forward: step.isNext, &context)
    default: stepPiece(forward: step.isNext, &context)
    }
  }

  private mutating func stepPiece(forward: Bool, _ context: inout ScreenContext) {
    let pieces = table(context).pieces
    guard !pieces.isEmpty else { return noPieces(&context) }
    let target: Int
    if let currentPiece, let position = pieces.firstIndex(where: { $0.key == currentPiece }) {
      target = (position + (forward ? 1 : -1) + pieces.count) % pieces.count
    } else if forward {
      target = pieces.firstIndex { $0.row >= offset } ?? 0
    } else {
      target = pieces.lastIndex { $0.row <= offset } ?? pieces.count - 1
    }
    show(pieces[target])
  }

  private mutating func stepStatement(forward: Bool, _ context: inout ScreenContext) {
    let pieces = table(context).pieces
    guard !pieces.isEmpty else { return noPieces(&context) }
    // Statements in the order their first pieces stand.
    var order: [Int] = []
    for piece in pieces where !order.contains(piece.key.statement) {
      order.append(piece.key.statement)
    }
    let target: Int
    if let currentPiece, let position = order.firstIndex(of: currentPiece.statement) {
      target = order[(position + (forward ? 1 : -1) + order.count) % order.count]
    } else {
      target = forward ? order[0] : order[order.count - 1]
    }
    show(pieces.first { $0.key.statement == target }!)
  }

  /// The words of the passage read in the focused column: the sentence of the piece stepped to,
  /// of the hit opened, else of the first passage on screen, else of the first line with words.
  func passageRead(_ context: ScreenContext) -> Range<Int>? {
    let table = table(context)
    let column = table.columns[focused]
    let shown =
      offset..<max(offset, min(column.rowLines.count, offset + context.geometry.columnTextRows))
    let pieceRow = currentPiece.flatMap { piece in
      column.alignedRows.first { $0.value == piece }?.key
    }
    let candidates = [pieceRow, column.highlightRow].compactMap { $0 }.filter(shown.contains)
    let rows =
      candidates + shown.filter { table.statement(atRow: $0, column: focused) != nil } + shown
    for row in rows {
      guard let line = column.rowLines[row], let word = column.text.lineWords[line] else {
        continue
      }
      let article = context.articles[columns[focused]]
      return article.sentences.first { $0.words.contains(word) }?.words ?? word..<(word + 1)
    }
    return nil
  }

  /// `w`: the collation of the passage's statement, else of the passages that match it best.
  private func whereElse(_ context: inout ScreenContext) -> ScreenOutcome {
    guard let index = context.index else {
      context.message = "statements are still being found…"
      return .stay
    }
    guard let words = passageRead(context) else {
      context.message = "no passage on screen"
      return .stay
    }
    do throws(QuoteFinder.Failure) {
      switch try index.analysis.occurrences(ofWords: words, inArticle: columns[focused]) {
      case .statement(let statement):
        return .open(
          CollationScreen(
            statement: statement,
            title:
              "Where else: \(statement.id) \(statement.label)  (\(statement.versions.count) articles)"
          ))
      case .matches(let finding):
        guard let statement = finding.statement else {
          context.message = "this passage appears nowhere else"
          return .stay
        }
        let article = context.articles[columns[focused]]
        let text = article.text(
          article.words[words.lowerBound].start..<article.words[words.upperBound - 1].end)
        let others = statement.versions.count - 1
        return .open(
          CollationScreen(
            statement: statement, analysis: finding.analysis,
            title:
              "Where else: “\(TerminalSafeText.sanitize(text))”  (best matches in \(counted(others, "article")))"
          ))
      }
    } catch {
      context.message = error.description
      return .stay
    }
  }

  func exportable(_ context: ScreenContext) -> [Statement]? {
    guard let index = context.index, !context.articles.isEmpty else { return nil }
    return table(context).statements.map { index.statements[$0] }
  }

  func searchLines(_ context: ScreenContext) -> [String] {
    guard !context.articles.isEmpty else { return [] }
    let column = table(context).columns[focused]
    return column.rowLines.map { $0.map(column.text.text(ofLine:)) ?? "" }
  }

  mutating func reveal(_ line: Int, _ context: ScreenContext) { offset = max(0, line - 2) }

  func position(_ context: ScreenContext) -> String? {
    guard !context.articles.isEmpty else { return nil }
    let table = table(context)
    var text = "line \(min(table.rowCount, offset + 1))/\(table.rowCount)"
    if let currentPiece, let piece = table.pieces.first(where: { $0.key == currentPiece }),
      let statement = context.index?.statements[currentPiece.statement]
    {
      text += "  piece \(piece.number)/\(piece.count) of \(statement.id)"
    }
    return text
  }

  func render(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
    guard !context.articles.isEmpty else { return }
    let theme = context.theme
    let geometry = context.geometry
    let ids = columns.map { context.articles[$0].id }.joined(separator: " · ")
    var title = columns.count > 1 ? "Side by side  \(ids)" : "Reading  \(ids)"
    if let currentPiece, let statement = context.index?.statements[currentPiece.statement] {
      title += "  —  \(statement.id): \(statement.label)"
    }
    TextLine.putTitle(title, style: theme.title, into: &buffer, width: geometry.width)
    let rects = geometry.columns(columns.count)
    let table = table(context)
    let matches = Set(search.matches)
    for (column, rect) in rects.enumerated() {
      let article = context.articles[columns[column]]
      var header = "\(article.id) \(TerminalSafeText.sanitize(article.title))"
      if let outlet = article.outlet { header += " — \(TerminalSafeText.sanitize(outlet))" }
      buffer.put(
        DisplayWidth.truncated(header, toWidth: rect.width), x: rect.x, y: rect.y,
        style: column == focused && columns.count > 1 ? theme.focusedHeader : theme.title,
        limit: rect.width)
      let tableColumn = table.columns[column]
      for screenRow in 0..<geometry.columnTextRows {
        let row = offset + screenRow
        guard row >= 0 && row < tableColumn.rowLines.count else { continue }
        let y = rect.y + 1 + screenRow
        guard let line = tableColumn.rowLines[row] else {
          buffer.put("╎", x: rect.x, y: y, style: theme.subtle)
          continue
        }
        if let statement = tableColumn.text.lineStatements[line] {
          buffer.put("┃", x: rect.x, y: y, style: theme.gutter(statement))
        }
        if column == focused && matches.contains(row) {
          buffer.put("›", x: rect.x, y: y, style: theme.searchMatch)
        }
        buffer.put(
          tableColumn.text.lines[line], x: rect.x + ReaderGeometry.gutterWidth, y: y,
          limit: ReaderGeometry.textWidth(ofColumn: rect.width))
      }
    }
    for column in rects.indices.dropLast() {
      drawGutter(between: column, and: column + 1, x: rects[column].maxX, table, context, &buffer)
    }
  }

  /// The middle gutter between two neighbouring columns: the number of a piece starting on this
  /// row, with a line to each side whose column starts it (every column that has it starts it on
  /// this row); `↕` and its number for a piece one of them has moved; `│` where both show the
  /// same statement.
  private func drawGutter(
    between left: Int, and right: Int, x: Int, _ table: SideBySideTable, _ context: ScreenContext,
    _ buffer: inout ScreenBuffer
  ) {
    let geometry = context.geometry
    for screenRow in 0..<geometry.columnTextRows {
      let row = offset + screenRow
      let y = geometry.content.y + 1 + screenRow
      let leftColumn = table.columns[left]
      let rightColumn = table.columns[right]
      func number(_ key: PieceKey) -> String {
        let number = table.numbers[key] ?? 0
        return number < 10 ? String(number) : "+"
      }
      let leftKey = leftColumn.alignedRows[row]
      let rightKey = rightColumn.alignedRows[row]
      if let key = leftKey ?? rightKey {
        // Lines drawn to the side (or both sides) whose column starts the piece here.
        let mark = (leftKey == key ? "─" : " ") + number(key) + (rightKey == key ? "─" : " ")
        buffer.put(mark, x: x, y: y, style: context.theme.gutter(key.statement))
      } else if let key = leftColumn.movedRows[row] ?? rightColumn.movedRows[row] {
        buffer.put("↕\(number(key))", x: x, y: y, style: context.theme.gutter(key.statement))
      } else if let statement = table.statement(atRow: row, column: left),
        statement == table.statement(atRow: row, column: right)
      {
        buffer.put("│", x: x + 1, y: y, style: context.theme.gutter(statement))
      }
    }
  }
}
