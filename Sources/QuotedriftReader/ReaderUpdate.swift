import QuotedriftEngine
import QuotedriftTerminal

/// The reader's one state transition: `update(state, action)` returns the next state and what the
/// loop must do. No side effects: everything it needs is in the state.
public enum ReaderUpdate {
  public static func update(_ state: ReaderState, _ action: ReaderAction) -> (
    ReaderState, ReaderEffect
  ) {
    var state = state
    if case .progress = action {
    } else if case .analysisFinished = action {
    } else {
      state.message = nil
    }
    let geometry = ReaderGeometry(width: state.width, height: state.height)
    switch action {
    case .quit:
      return (state, .quit)
    case .back:
      if state.search.screen == state.screen && !state.search.matches.isEmpty {
        state.search = SearchState()
        return (state, .none)
      }
      if state.stack.count <= 1 { return (state, .quit) }
      state.stack.removeLast()
    case .lineDown: scroll(&state, by: 1, geometry)
    case .lineUp: scroll(&state, by: -1, geometry)
    case .halfPageDown: scroll(&state, by: max(1, geometry.content.height / 2), geometry)
    case .halfPageUp: scroll(&state, by: -max(1, geometry.content.height / 2), geometry)
    case .pageDown: scroll(&state, by: max(1, geometry.content.height - 2), geometry)
    case .pageUp: scroll(&state, by: -max(1, geometry.content.height - 2), geometry)
    case .top: scroll(&state, by: -Int.max / 2, geometry)
    case .bottom: scroll(&state, by: Int.max / 2, geometry)
    case .open: open(&state)
    case .toggleMark:
      guard let article = state.selectedArticle else { break }
      if let position = state.marked.firstIndex(of: article) {
        state.marked.remove(at: position)
      } else {
        state.marked.append(article)
      }
      state.articleCursor.move(by: 1, count: state.articles.count, visible: geometry.listRows)
    case .compare: compare(&state)
    case .cycleOrder:
      let selected = state.selectedArticle
      state.articleOrder = state.articleOrder.next
      state.articleRows = state.articleOrder.rows(of: state.articles)
      if let selected, let row = state.articleRows.firstIndex(of: selected) {
        state.articleCursor.select(row, count: state.articleRows.count, visible: geometry.listRows)
      }
      if state.search.screen == .articles { state.search = SearchState() }
      state.message = "articles \(state.articleOrder.rawValue)"
    case .showWarnings:
      if state.screen != .warnings {
        state.stack.append(.warnings)
        state.warningsOffset = 0
      }
    case .next: nextOrShared(&state, forward: true, geometry)
    case .previous: nextOrShared(&state, forward: false, geometry)
    case .nextShared: jumpToShared(&state, forward: true, geometry)
    case .previousShared: jumpToShared(&state, forward: false, geometry)
    case .focusNext, .focusPrevious:
      guard var comparison = state.comparison else { break }
      let step = if case .focusNext = action { 1 } else { -1 }
      comparison.focused =
        (comparison.focused + step + comparison.columns.count) % comparison.columns.count
      state.comparison = comparison
    case .swapPrevious, .swapNext:
      guard var comparison = state.comparison, !state.articles.isEmpty else { break }
      let step = if case .swapNext = action { 1 } else { -1 }
      let count = state.articles.count
      comparison.columns[comparison.focused] =
        (comparison.columns[comparison.focused] + step + count) % count
      comparison.offsets[comparison.focused] = 0
      state.comparison = comparison
    case .toggleSync:
      state.comparison?.synced.toggle()
      state.message =
        state.comparison?.synced == true ? "columns scroll together" : "columns scroll alone"
    case .showStatements:
      guard state.index != nil else {
        state.message = "statements are still being found…"
        break
      }
      if state.screen != .statements { state.stack.append(.statements) }
    case .showArticles:
      state.stack = [.articles]
    case .showHelp:
      if state.screen != .help {
        state.stack.append(.help)
        state.helpOffset = 0
      }
    case .makeReference: makeReference(&state)
    case .beginSearch:
      state.search = SearchState(
        editing: true, query: "", matches: [], current: nil, screen: state.screen)
    case .searchInput(let character):
      state.search.query.append(character)
    case .searchBackspace:
      if state.search.query.isEmpty {
        state.search = SearchState()
      } else {
        state.search.query.removeLast()
      }
    case .searchCancel:
      state.search = SearchState()
    case .searchSubmit:
      runSearch(&state, geometry)
    case .resize(let width, let height):
      state.width = width
      state.height = height
      let resized = ReaderGeometry(width: width, height: height)
      state.articleCursor.move(
        by: 0, count: max(1, state.articles.count), visible: resized.listRows)
      state.statementCursor.move(
        by: 0, count: max(1, state.index?.statements.count ?? 1), visible: resized.listRows)
      if let current = state.comparison?.currentStatement { align(&state, on: current, resized) }
    case .wheel(let lines, let x, let y):
      if state.screen == .sideBySide, var comparison = state.comparison, !comparison.synced {
        let column = geometry.columns(comparison.columns.count).firstIndex {
          $0.contains(x: x, y: y)
        }
        if let column { comparison.focused = column }
        state.comparison = comparison
      }
      scroll(&state, by: lines, geometry)
    case .click(let x, let y):
      click(&state, x: x, y: y, geometry)
    case .articlesLoaded(let articles, let warnings):
      state.articles = articles
      state.articleRows = state.articleOrder.rows(of: articles)
      state.articleColumnsPresent = ArticleColumns.present(in: articles)
      state.warnings = warnings
      state.progress = "Finding statements…"
      if let comparison = state.comparison {
        state.comparison?.columns = comparison.columns.map { min($0, max(0, articles.count - 1)) }
      }
    case .analysisFinished(let index):
      state.index = index
      state.progress = nil
    case .loadFailed(let reason):
      state.failure = reason
      state.progress = nil
    case .progress(let text):
      state.progress = text
    case .beginExport: beginExport(&state, geometry)
    case .exportNextFormat:
      guard var dialog = state.exportDialog else { break }
      let formats = ExportFormat.allCases
      let next = formats[(formats.firstIndex(of: dialog.format)! + 1) % formats.count]
      if dialog.path.hasSuffix("." + dialog.format.fileExtension) {
        dialog.path =
          String(dialog.path.dropLast(dialog.format.fileExtension.count)) + next.fileExtension
      }
      dialog.format = next
      dialog.confirmingOverwrite = false
      state.exportDialog = dialog
    case .exportInput(let character):
      state.exportDialog?.path.append(character)
      state.exportDialog?.confirmingOverwrite = false
    case .exportBackspace:
      if state.exportDialog?.path.isEmpty == false { state.exportDialog?.path.removeLast() }
      state.exportDialog?.confirmingOverwrite = false
    case .exportCancel:
      state.exportDialog = nil
    case .exportSubmit:
      guard let dialog = state.exportDialog, let index = state.index else { break }
      guard !dialog.path.isEmpty else {
        state.message = "type a file name"
        break
      }
      let bytes = dialog.format.render(dialog.statements, of: index.analysis)
      return (
        state, .export(path: dialog.path, bytes: bytes, overwrite: dialog.confirmingOverwrite)
      )
    case .exportNeedsConfirmation:
      state.exportDialog?.confirmingOverwrite = true
      state.message = "the file exists: Enter overwrites it, Esc cancels"
    case .exportFinished(let path, let error):
      state.exportDialog = nil
      state.message = error ?? "wrote \(path)"
    }
    return (state, .none)
  }

  // MARK: Scrolling

  private static func scroll(_ state: inout ReaderState, by delta: Int, _ geometry: ReaderGeometry)
  {
    switch state.screen {
    case .articles:
      state.articleCursor.move(
        by: delta, count: max(1, state.articles.count), visible: geometry.listRows)
    case .statements:
      state.statementCursor.move(
        by: delta, count: max(1, state.index?.statements.count ?? 1), visible: geometry.listRows)
    case .sideBySide:
      guard var comparison = state.comparison, !state.articles.isEmpty else { return }
      let columns = geometry.columns(comparison.columns.count)
      let moving = comparison.synced ? Array(comparison.columns.indices) : [comparison.focused]
      for column in moving {
        let layout = layoutOf(state, column: column, comparison: comparison, columns: columns)
        // Never past the last page, but an alignment that went further is not undone.
        let current = comparison.offsets[column]
        let limit = max(max(0, layout.lines.count - geometry.columnTextRows), current)
        comparison.offsets[column] = clamp(
          current.addingReportingOverflow(delta).partialValue, 0, limit)
      }
      state.comparison = comparison
    case .collation:
      guard var view = state.collation, let index = state.index else { return }
      let layout = CollationLayout(
        statement: view.statement, corpus: index.analysis.corpus, width: geometry.width,
        theme: state.theme, selected: view.selected)
      if abs(delta) == 1 {
        // j and k step through the versions in the order shown.
        let order = view.statement.referenceFirstOrder
        let position = order.firstIndex(of: view.selected) ?? 0
        view.selected = order[clamp(position + delta, 0, order.count - 1)]
        let line = layout.versionLines[view.selected]
        if line < view.offset || line >= view.offset + geometry.content.height - 2 {
          view.offset = line
        }
      } else {
        view.offset = clamp(
          view.offset.addingReportingOverflow(delta).partialValue, 0,
          max(0, layout.lines.count - geometry.content.height))
      }
      state.collation = view
    case .help:
      let lines = HelpScreen.lines(theme: state.theme, keymap: state.keymap, width: state.width)
        .count
      state.helpOffset = clamp(
        state.helpOffset.addingReportingOverflow(delta).partialValue, 0,
        max(0, lines - geometry.content.height))
    case .warnings:
      let lines = WarningsScreen.lines(state, width: state.width).count
      state.warningsOffset = clamp(
        state.warningsOffset.addingReportingOverflow(delta).partialValue, 0,
        max(0, lines - geometry.content.height))
    }
  }

  static func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int { max(low, min(high, value)) }

  /// The layout of one side-by-side column.
  static func layoutOf(_ state: ReaderState, column: Int, comparison: Comparison, columns: [Rect])
    -> ArticleLayout
  {
    state.layouts.layout(
      article: comparison.columns[column], of: state.articles,
      width: ReaderGeometry.textWidth(ofColumn: columns[column].width), index: state.index,
      theme: state.theme)
  }

  // MARK: Opening and comparing

  private static func open(_ state: inout ReaderState) {
    switch state.screen {
    case .articles:
      guard let article = state.selectedArticle else { return }
      state.comparison = Comparison(columns: [article])
      state.stack.append(.sideBySide)
    case .statements:
      guard let index = state.index, !index.statements.isEmpty else { return }
      let statement = index.statements[state.statementCursor.selected]
      state.collation = CollationView(
        statement: statement, selected: statement.referenceIndex, offset: 0)
      state.stack.append(.collation)
    default:
      break
    }
  }

  private static func compare(_ state: inout ReaderState) {
    guard let selected = state.selectedArticle else { return }
    var columns = state.marked
    if columns.count < 2 {
      guard let index = state.index else {
        state.message = "mark two articles with Space, or wait until statements are found"
        return
      }
      guard let partner = index.bestPartner(of: selected) else {
        state.message = "no other article shares a statement with this one"
        return
      }
      columns = [selected, partner]
    }
    state.comparison = Comparison(columns: columns)
    state.marked = []
    state.stack.append(.sideBySide)
  }

  // MARK: Shared passages

  /// Statements carried by two or more of the columns, in the order the focused column reads them
  /// (statements it lacks after, in statement order).
  static func sharedStatements(_ state: ReaderState, _ comparison: Comparison) -> [Int] {
    guard let index = state.index else { return [] }
    var carriers: [Int: Int] = [:]
    for article in Set(comparison.columns) {
      for statement in index.statementsByArticle[article] { carriers[statement, default: 0] += 1 }
    }
    let focusedArticle = comparison.columns[comparison.focused]
    let minimum = Set(comparison.columns).count >= 2 ? 2 : 1
    return carriers.filter { $0.value >= minimum }.map(\.key).sorted { first, second in
      let a = index.firstWord(of: first, in: focusedArticle) ?? Int.max
      let b = index.firstWord(of: second, in: focusedArticle) ?? Int.max
      return (a, first) < (b, second)
    }
  }

  private static func nextOrShared(
    _ state: inout ReaderState, forward: Bool, _ geometry: ReaderGeometry
  ) {
    if state.search.screen == state.screen, !state.search.matches.isEmpty {
      let count = state.search.matches.count
      let current = state.search.current ?? (forward ? -1 : count)
      state.search.current = (current + (forward ? 1 : -1) + count) % count
      showMatch(&state, geometry)
    } else if state.screen == .sideBySide {
      jumpToShared(&state, forward: forward, geometry)
    } else {
      state.message = "no search: press / to search"
    }
  }

  private static func jumpToShared(
    _ state: inout ReaderState, forward: Bool, _ geometry: ReaderGeometry
  ) {
    guard let comparison = state.comparison else { return }
    let shared = sharedStatements(state, comparison)
    guard !shared.isEmpty else {
      state.message =
        state.index == nil
        ? "statements are still being found…" : "these articles share no statement"
      return
    }
    let target: Int
    if let current = comparison.currentStatement, let position = shared.firstIndex(of: current) {
      target = shared[(position + (forward ? 1 : -1) + shared.count) % shared.count]
    } else {
      target = forward ? shared[0] : shared[shared.count - 1]
    }
    state.comparison?.currentStatement = target
    align(&state, on: target, geometry)
    let position = shared.firstIndex(of: target)! + 1
    state.message =
      "shared passage \(position)/\(shared.count): \(state.index!.statements[target].label)"
  }

  /// Scrolls every column that carries `statement` so its passage starts on the same row.
  static func align(_ state: inout ReaderState, on statement: Int, _ geometry: ReaderGeometry) {
    guard var comparison = state.comparison else { return }
    let columns = geometry.columns(comparison.columns.count)
    var lines: [Int: Int] = [:]
    for column in comparison.columns.indices {
      let layout = layoutOf(state, column: column, comparison: comparison, columns: columns)
      if let line = layout.statementLines[statement] { lines[column] = line }
    }
    let anchor = min(2, lines.values.min() ?? 0)
    for (column, line) in lines { comparison.offsets[column] = line - anchor }
    state.comparison = comparison
  }

  // MARK: Export

  /// Opens the export dialog for the statements on screen: those the columns share, the selected
  /// statement, or the collation as shown.
  private static func beginExport(_ state: inout ReaderState, _ geometry: ReaderGeometry) {
    guard let index = state.index else {
      state.message = "statements are still being found…"
      return
    }
    var statements: [Statement] = []
    switch state.screen {
    case .sideBySide:
      if let comparison = state.comparison {
        statements = sharedStatements(state, comparison).map { index.statements[$0] }
      }
    case .statements:
      if !index.statements.isEmpty {
        statements = [index.statements[state.statementCursor.selected]]
      }
    case .collation:
      if let view = state.collation { statements = [view.statement] }
    default:
      break
    }
    guard let first = statements.first else {
      state.message = "nothing to export here"
      return
    }
    let label = statements.count == 1 ? "\(first.id) \(first.label)" : "statements"
    let format = ExportFormat.html
    state.exportDialog = ExportDialog(
      format: format, path: "exports/" + format.fileName(for: label), statements: statements)
  }

  // MARK: Collation

  private static func makeReference(_ state: inout ReaderState) {
    guard var view = state.collation, let index = state.index else { return }
    guard view.selected != view.statement.referenceIndex else {
      state.message = "this version is already the reference"
      return
    }
    let article = view.statement.versions[view.selected].article
    view.statement = index.analysis.rebased(view.statement, onVersion: view.selected)
    view.selected = view.statement.versions.firstIndex { $0.article == article } ?? 0
    state.collation = view
    state.message = "\(index.articles[article].id) is now the reference"
  }

  // MARK: Search

  private static func runSearch(_ state: inout ReaderState, _ geometry: ReaderGeometry) {
    var search = state.search
    search.editing = false
    let query = search.query.lowercased()
    guard !query.isEmpty else {
      state.search = SearchState()
      return
    }
    let texts = searchableTexts(state, geometry)
    search.matches = texts.indices.filter { texts[$0].lowercased().contains(query) }
    search.screen = state.screen
    search.current = search.matches.isEmpty ? nil : 0
    state.search = search
    if search.matches.isEmpty {
      state.message = "no match for “\(search.query)”"
    } else {
      showMatch(&state, geometry)
    }
  }

  /// The rows or lines of the current screen, as text to search.
  static func searchableTexts(_ state: ReaderState, _ geometry: ReaderGeometry) -> [String] {
    switch state.screen {
    case .articles:
      return state.articleRows.map {
        let article = state.articles[$0]
        return "\(article.title) \(article.outlet ?? "") \(article.author ?? "") \(article.path)"
      }
    case .statements:
      return state.index?.statements.map { $0.label } ?? []
    case .sideBySide:
      guard let comparison = state.comparison, !state.articles.isEmpty else { return [] }
      let layout = layoutOf(
        state, column: comparison.focused, comparison: comparison,
        columns: geometry.columns(comparison.columns.count))
      return layout.lines.indices.map(layout.text(ofLine:))
    case .collation:
      guard let view = state.collation, let index = state.index else { return [] }
      return CollationLayout(
        statement: view.statement, corpus: index.analysis.corpus, width: geometry.width,
        theme: state.theme, selected: view.selected
      )
      .lines.map { $0.map(\.text).joined() }
    case .help:
      return HelpScreen.lines(theme: state.theme, keymap: state.keymap, width: state.width).map {
        $0.map(\.text).joined()
      }
    case .warnings:
      return WarningsScreen.lines(state, width: state.width).map { $0.map(\.text).joined() }
    }
  }

  private static func showMatch(_ state: inout ReaderState, _ geometry: ReaderGeometry) {
    guard let current = state.search.current else { return }
    let target = state.search.matches[current]
    switch state.screen {
    case .articles:
      state.articleCursor.select(target, count: state.articles.count, visible: geometry.listRows)
    case .statements:
      state.statementCursor.select(
        target, count: state.index?.statements.count ?? 0, visible: geometry.listRows)
    case .sideBySide:
      guard var comparison = state.comparison else { return }
      let delta = max(0, target - 2) - comparison.offsets[comparison.focused]
      if comparison.synced {
        for column in comparison.offsets.indices {
          comparison.offsets[column] = max(0, comparison.offsets[column] + delta)
        }
      } else {
        comparison.offsets[comparison.focused] += delta
      }
      state.comparison = comparison
    case .collation:
      state.collation?.offset = max(0, target - 1)
    case .help:
      state.helpOffset = max(0, target - 1)
    case .warnings:
      state.warningsOffset = max(0, target - 1)
    }
    state.message = "match \(current + 1)/\(state.search.matches.count)"
  }

  // MARK: Mouse

  private static func click(_ state: inout ReaderState, x: Int, y: Int, _ geometry: ReaderGeometry)
  {
    let row = y - geometry.content.y - 1
    switch state.screen {
    case .articles:
      guard row >= 0 else { return }
      state.articleCursor.select(
        state.articleCursor.top + row, count: state.articles.count, visible: geometry.listRows)
    case .statements:
      guard row >= 0 else { return }
      state.statementCursor.select(
        state.statementCursor.top + row, count: state.index?.statements.count ?? 0,
        visible: geometry.listRows)
    case .sideBySide:
      guard let comparison = state.comparison else { return }
      if let column = geometry.columns(comparison.columns.count).firstIndex(where: {
        $0.contains(x: x, y: y)
      }) {
        state.comparison?.focused = column
      }
    case .collation:
      guard var view = state.collation, let index = state.index else { return }
      let layout = CollationLayout(
        statement: view.statement, corpus: index.analysis.corpus, width: geometry.width,
        theme: state.theme, selected: view.selected)
      let line = view.offset + (y - geometry.content.y)
      if let version = layout.versionLines.indices.filter({ layout.versionLines[$0] <= line }).max(
        by: { layout.versionLines[$0] < layout.versionLines[$1] })
      {
        view.selected = version
      }
      state.collation = view
    case .help, .warnings:
      break
    }
  }
}
