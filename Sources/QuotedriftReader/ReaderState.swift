import QuotedriftEngine
import QuotedriftTerminal

/// The whole state of the reader, one value: what is loaded, the stack of open screens (each
/// holding its own state), and the status-bar message. Only ``ReaderUpdate/update(_:_:)``
/// changes it.
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
  /// Open screens, the current one last; the articles list is always first.
  var stack: [any ReaderScreen] = [ArticlesScreen()]
  /// A one-line message for the status bar (cleared by the next key).
  public var message: String?
  /// Laid-out comparisons, shared by update and render.
  let tables = SideBySideCache()
  /// The folder's text prepared for `/` on the articles list.
  let folderSearch = FolderSearchCache()

  public init(width: Int, height: Int, theme: Theme, keymap: Keymap = .standard) {
    self.width = width
    self.height = height
    self.theme = theme
    self.keymap = keymap
  }

  /// The current screen.
  public var screen: ScreenKind { stack.last?.kind ?? .articles }

  /// The open screens, first to current.
  public var screens: [ScreenKind] { stack.map(\.kind) }

  /// Opens side by side on `articles` (indices into the articles once loaded), as `quotedrift
  /// compare` starts.
  public mutating func openComparison(of articles: [Int]) {
    stack = [ArticlesScreen(), SideBySideScreen(columns: articles)]
  }

  /// What the screens read.
  var context: ScreenContext {
    ScreenContext(
      articles: articles, index: index, theme: theme, keymap: keymap,
      geometry: ReaderGeometry(width: width, height: height), warnings: warnings, tables: tables,
      folderSearch: folderSearch,
      message: message)
  }

  /// The topmost open screen of type `type`.
  func top<Screen: ReaderScreen>(_ type: Screen.Type) -> Screen? {
    stack.last { $0 is Screen } as? Screen
  }
}

/// The selected row of a list and the first row shown.
public struct ListCursor: Sendable, Equatable {
  public var selected = 0
  public var top = 0

  /// Moves the selection by `delta` within `count` rows, scrolling to keep it in `visible` rows.
  mutating func move(by delta: Int, count: Int, visible: Int) {
    select(selected.addingReportingOverflow(delta).partialValue, count: count, visible: visible)
  }

  mutating func select(_ row: Int, count: Int, visible: Int) {
    selected = max(0, min(count - 1, row))
    if selected < top { top = selected }
    if visible > 0 && selected >= top + visible { top = selected - visible + 1 }
    top = max(0, min(top, max(0, count - visible)))
  }
}
