import QuotedriftEngine
import QuotedriftTerminal

/// The whole state of the reader, one value: what is loaded, which screens are open, where each
/// one is scrolled, the search, and messages. Only ``ReaderUpdate/update(_:_:)`` changes it.
public struct ReaderState: Sendable {
  public var width: Int
  public var height: Int
  public var theme: Theme
  /// The key bindings, as configured.
  public var keymap: Keymap
  public var articles: [Article] = []
  /// Statements and their drift, once matching has finished.
  public var index: ReaderIndex?
  /// What the background work is doing, while it does.
  public var progress: String? = "Loading articles…"
  /// Why there is nothing to show, when loading failed.
  public var failure: String?
  /// Files (and archive records) skipped or repaired while loading.
  public var warnings: [LoadDiagnostic] = []
  /// First line shown of the warnings screen.
  public var warningsOffset = 0
  /// Open screens, the current one last.
  public var stack: [ScreenKind] = [.articles]
  /// The order of the articles list, and the article each row shows in it; the cursor selects
  /// rows.
  public var articleOrder = ArticleOrder.loaded
  public var articleRows: [Int] = []
  /// The metadata columns some article has a value for.
  var articleColumnsPresent: [ArticleColumns.Column: Int] = [:]
  public var articleCursor = ListCursor()
  /// Articles marked for comparison, in the order marked.
  public var marked: [Int] = []
  public var comparison: Comparison?
  public var statementCursor = ListCursor()
  public var collation: CollationView?
  public var helpOffset = 0
  public var search = SearchState()
  /// The export dialog, while it is open.
  public var exportDialog: ExportDialog?
  /// A one-line message for the status bar (cleared by the next key).
  public var message: String?
  /// Laid-out articles, shared by update and render.
  public let layouts = LayoutCache()

  public init(width: Int, height: Int, theme: Theme, keymap: Keymap = .standard) {
    self.width = width
    self.height = height
    self.theme = theme
    self.keymap = keymap
  }

  public var screen: ScreenKind { stack.last ?? .articles }

  /// The article the articles list has selected.
  public var selectedArticle: Int? {
    articleRows.indices.contains(articleCursor.selected) ? articleRows[articleCursor.selected] : nil
  }
}

/// The selected row of a list and the first row shown.
public struct ListCursor: Sendable, Equatable {
  public var selected = 0
  public var top = 0

  /// Moves the selection by `delta` within `count` rows, scrolling to keep it in `visible` rows.
  mutating func move(by delta: Int, count: Int, visible: Int) {
    select(selected + delta, count: count, visible: visible)
  }

  mutating func select(_ row: Int, count: Int, visible: Int) {
    selected = max(0, min(count - 1, row))
    if selected < top { top = selected }
    if visible > 0 && selected >= top + visible { top = selected - visible + 1 }
    top = max(0, min(top, max(0, count - visible)))
  }
}

/// Two or more articles side by side.
public struct Comparison: Sendable, Equatable {
  /// Article indices, one per column.
  public var columns: [Int]
  public var focused = 0
  /// First line shown in each column.
  public var offsets: [Int]
  /// The shared statement last jumped to.
  public var currentStatement: Int?
  /// Whether the columns scroll together.
  public var synced = true

  public init(columns: [Int]) {
    self.columns = columns
    offsets = Array(repeating: 0, count: columns.count)
  }
}

/// One statement's collation: every version stacked against the reference.
public struct CollationView: Sendable {
  public var statement: Statement
  /// The selected version (index into `statement.versions`).
  public var selected = 0
  /// First line shown.
  public var offset = 0
}

/// The search: the query being typed or run, and where it matched.
public struct SearchState: Sendable, Equatable {
  public var editing = false
  public var query = ""
  /// Rows (lists) or lines (text screens) that match, in order.
  public var matches: [Int] = []
  /// Index into `matches` of the current match.
  public var current: Int?
  /// The screen the matches belong to.
  public var screen: ScreenKind?
}

/// The export dialog: what is exported, in which format, to which file.
public struct ExportDialog: Sendable {
  public var format: ExportFormat = .html
  /// The file to write, as typed.
  public var path: String
  /// The file exists and Enter again overwrites it.
  public var confirmingOverwrite = false
  /// The statements on screen, as shown (a collation keeps its chosen reference).
  public var statements: [Statement]
}
