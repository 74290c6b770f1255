import QuotedriftEngine
import QuotedriftTerminal

/// Draws the reader's state into a frame: a title row, the current screen, a status row.
public enum ReaderView {
  public static func render(_ state: ReaderState, into buffer: inout ScreenBuffer) {
    let geometry = ReaderGeometry(width: buffer.width, height: buffer.height)
    let theme = state.theme
    guard !geometry.isTooSmall else {
      let message =
        "Terminal too small: \(buffer.width)x\(buffer.height), needs \(ReaderGeometry.minimumWidth)x\(ReaderGeometry.minimumHeight)"
      let lines = TextWrapper.wrap(
        [StyledSpan(message, style: theme.warning)], width: max(1, buffer.width))
      for (row, line) in lines.prefix(buffer.height).enumerated() {
        buffer.put(line, x: 0, y: row, limit: buffer.width)
      }
      return
    }
    if let failure = state.failure {
      buffer.put("quotedrift", x: 0, y: 0, style: theme.title)
      let lines = TextWrapper.wrap(
        [StyledSpan(failure, style: theme.warning)], width: geometry.width)
      for (row, line) in lines.prefix(geometry.content.height).enumerated() {
        buffer.put(line, x: 0, y: geometry.content.y + row, limit: geometry.width)
      }
      StatusBar.render(state, text: "q quit", into: &buffer, geometry)
      return
    }
    switch state.screen {
    case .articles: ArticlesScreen.render(state, into: &buffer, geometry)
    case .statements: StatementsScreen.render(state, into: &buffer, geometry)
    case .sideBySide: SideBySideScreen.render(state, into: &buffer, geometry)
    case .collation: CollationScreen.render(state, into: &buffer, geometry)
    case .help:
      buffer.put("Help", x: 0, y: 0, style: theme.title)
      let lines = HelpScreen.lines(theme: theme, keymap: state.keymap, width: buffer.width)
      drawLines(lines, from: state.helpOffset, in: geometry.content, into: &buffer, state: state)
    case .warnings: WarningsScreen.render(state, into: &buffer, geometry)
    }
    StatusBar.render(state, into: &buffer, geometry)
    if let dialog = state.exportDialog {
      ExportDialogView.render(dialog, theme: theme, into: &buffer, geometry)
    }
  }

  /// Draws `lines` from `offset` into `rect`, highlighting search matches of this screen.
  static func drawLines(
    _ lines: [[StyledSpan]], from offset: Int, in rect: Rect, into buffer: inout ScreenBuffer,
    state: ReaderState
  ) {
    let matches = state.search.screen == state.screen ? Set(state.search.matches) : []
    for row in 0..<rect.height {
      let line = offset + row
      guard line >= 0 && line < lines.count else { continue }
      buffer.put(lines[line], x: rect.x, y: rect.y + row, limit: rect.width)
      if matches.contains(line) {
        buffer.patchStyle(
          Rect(x: rect.x, y: rect.y + row, width: 1, height: 1), with: state.theme.searchMatch)
      }
    }
  }
}

/// The bottom row: the screen, the position, sync and search state, progress, and key hints from
/// the keymap; or the search prompt while typing a query.
enum StatusBar {
  static func render(
    _ state: ReaderState, text: String? = nil, into buffer: inout ScreenBuffer,
    _ geometry: ReaderGeometry
  ) {
    let row = geometry.statusRow
    buffer.fill(row, style: state.theme.statusBar)
    if state.search.editing {
      buffer.put("/" + state.search.query + "▏", x: 0, y: row.y, style: state.theme.statusBar)
      return
    }
    var left = " " + state.screen.rawValue
    if let position = position(state, geometry) { left += "  " + position }
    if state.screen == .sideBySide, let comparison = state.comparison, comparison.columns.count > 1
    {
      left += comparison.synced ? "  sync on" : "  sync off"
    }
    if let current = state.search.current, state.search.screen == state.screen {
      left += "  match \(current + 1)/\(state.search.matches.count)"
    }
    if let progress = state.progress { left += "  " + progress }
    if let message = state.message { left += "  " + message }
    let used = buffer.put(left, x: 0, y: row.y, style: state.theme.statusBar, limit: row.width)
    // As many hints as fit, the first ones first.
    var hints =
      text.map { [$0] }
      ?? state.keymap.hints(for: state.screen).map { "\($0.keys[0].label) \(shortHelp($0.action))" }
    while !hints.isEmpty && used + DisplayWidth.of(hints.joined(separator: "  ")) + 3 > row.width {
      hints.removeLast()
    }
    let shown = hints.joined(separator: "  ")
    if !shown.isEmpty {
      buffer.put(
        shown, x: row.width - DisplayWidth.of(shown) - 1, y: row.y, style: state.theme.statusKey)
    }
  }

  static func shortHelp(_ action: ReaderAction) -> String {
    switch action {
    case .open: "open"
    case .toggleMark: "mark"
    case .cycleOrder: "order"
    case .compare: "compare"
    case .next: "next shared"
    case .focusNext: "column"
    case .makeReference: "reference"
    case .beginExport: "export"
    case .beginSearch: "search"
    case .showStatements: "statements"
    case .showArticles: "articles"
    case .showHelp: "help"
    case .back: "back"
    default: ""
    }
  }

  /// "line 12/340" or "item 3/17".
  static func position(_ state: ReaderState, _ geometry: ReaderGeometry) -> String? {
    switch state.screen {
    case .articles:
      return state.articles.isEmpty
        ? nil : "item \(state.articleCursor.selected + 1)/\(state.articles.count)"
    case .statements:
      guard let count = state.index?.statements.count, count > 0 else { return nil }
      return "item \(state.statementCursor.selected + 1)/\(count)"
    case .sideBySide:
      guard let comparison = state.comparison, !state.articles.isEmpty else { return nil }
      let columns = geometry.columns(comparison.columns.count)
      let layout = ReaderUpdate.layoutOf(
        state, column: comparison.focused, comparison: comparison, columns: columns)
      return
        "line \(min(layout.lines.count, comparison.offsets[comparison.focused] + 1))/\(layout.lines.count)"
    case .collation:
      guard let view = state.collation else { return nil }
      return "version \(view.selected + 1)/\(view.statement.versions.count)"
    case .help:
      return
        "line \(state.helpOffset + 1)/\(HelpScreen.lines(theme: state.theme, keymap: state.keymap, width: state.width).count)"
    case .warnings:
      return
        "line \(state.warningsOffset + 1)/\(WarningsScreen.lines(state, width: state.width).count)"
    }
  }
}
