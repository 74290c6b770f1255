import QuotedriftEngine
import QuotedriftTerminal

/// What every screen reads: the loaded articles and statements, the look, the keys, the size,
/// and the laid-out comparisons; and the one thing it may tell, the status-bar message.
struct ScreenContext {
  let articles: [Article]
  let index: ReaderIndex?
  let theme: Theme
  let keymap: Keymap
  let geometry: ReaderGeometry
  let warnings: [LoadDiagnostic]
  let tables: SideBySideCache
  let folderSearch: FolderSearchCache
  /// The status-bar message; a screen's update may set it.
  var message: String?
}

/// What a screen's update asks of the app, which owns the stack of screens.
enum ScreenOutcome {
  case stay
  /// Open a screen on top of this one.
  case open(any ReaderScreen)
  /// Close this screen (quit from the first).
  case back
  /// Back to the first screen, the articles list.
  case backToFirst
  /// Something for the loop to do (write an export).
  case effect(ReaderEffect)
}

/// One screen of the reader as a component, in the way of bubbles: its own state, a pure
/// `update` for the actions its key table (and the shared one) resolve to, `render`, the lines
/// `/` searches, and the position the status bar shows. The app holds a stack of them and keeps
/// only quitting, going back, loading, resizing and the export effect for itself.
protocol ReaderScreen: Sendable {
  /// Which screen this is: names its key table and its place in the status bar.
  var kind: ScreenKind { get }
  /// The search on this screen: the query being typed, or its matches.
  var search: SearchState { get set }
  /// Applies `action`; may set `context.message`.
  mutating func update(_ action: ReaderAction, _ context: inout ScreenContext) -> ScreenOutcome
  /// Draws the title row and the content rows (the status bar is the app's).
  func render(into buffer: inout ScreenBuffer, _ context: ScreenContext)
  /// The rows (lists) or lines (text) `/` searches, in order.
  func searchLines(_ context: ScreenContext) -> [String]
  /// Brings search match `line` (an index into ``searchLines(_:)``) into view.
  mutating func reveal(_ line: Int, _ context: ScreenContext)
  /// "item 3/17", "line 12/340"; nil when there is nothing to count.
  func position(_ context: ScreenContext) -> String?
  /// Fits the screen to new articles, statements or size; may set `context.message`.
  mutating func refit(_ context: inout ScreenContext)
  /// The statements `e` exports from here; nil where there is nothing to export.
  func exportable(_ context: ScreenContext) -> [Statement]?
  /// The analysis the exported statements belong to (the folder's, unless a search made them).
  func exportAnalysis(_ context: ScreenContext) -> Analysis?
  /// The action a key stands for while the screen takes typed text (a prompt, a file name),
  /// before any key table; nil to look the key up in the tables.
  func textInput(for key: Key) -> ReaderAction?
  /// False for a dialog drawn over the screen below it.
  var coversScreen: Bool { get }
}

extension ReaderScreen {
  func searchLines(_ context: ScreenContext) -> [String] { [] }
  mutating func reveal(_ line: Int, _ context: ScreenContext) {}
  func position(_ context: ScreenContext) -> String? { nil }
  mutating func refit(_ context: inout ScreenContext) {}
  func exportable(_ context: ScreenContext) -> [Statement]? { nil }
  func exportAnalysis(_ context: ScreenContext) -> Analysis? { context.index?.analysis }
  var coversScreen: Bool { true }

  /// While a query is typed, every key edits it.
  func textInput(for key: Key) -> ReaderAction? {
    guard search.editing else { return nil }
    switch key {
    case .enter: return .searchSubmit
    case .escape: return .searchCancel
    case .backspace: return .searchBackspace
    case .character(let character): return .searchInput(character)
    default: return nil
    }
  }

  /// The actions every screen answers alike: the search, the other screens, export.
  mutating func updateShared(_ action: ReaderAction, _ context: inout ScreenContext)
    -> ScreenOutcome
  {
    switch action {
    case .beginSearch:
      search = SearchState(editing: true)
    case .searchInput(let character):
      search.query.append(character)
    case .searchBackspace:
      if search.query.isEmpty { search = SearchState() } else { search.query.removeLast() }
    case .searchCancel:
      search = SearchState()
    case .searchSubmit:
      runSearch(&context)
    case .next, .previous:
      if search.matches.isEmpty {
        context.message = "no search: press / to search"
      } else {
        stepMatch(forward: action.isNext, &context)
      }
    case .showHelp:
      return kind == .help ? .stay : .open(HelpScreen())
    case .showWarnings:
      return kind == .warnings ? .stay : .open(WarningsScreen())
    case .showStatements:
      guard context.index != nil else {
        context.message = "statements are still being found…"
        return .stay
      }
      return kind == .statements ? .stay : .open(StatementsScreen())
    case .showArticles:
      return .backToFirst
    case .findQuote:
      guard context.index != nil else {
        context.message = "statements are still being found…"
        return .stay
      }
      return .open(QuotePrompt())
    case .beginExport:
      guard context.index != nil else {
        context.message = "statements are still being found…"
        return .stay
      }
      guard let statements = exportable(context), !statements.isEmpty,
        let analysis = exportAnalysis(context)
      else {
        context.message = "nothing to export here"
        return .stay
      }
      return .open(ExportDialog(statements: statements, of: analysis))
    default:
      break
    }
    return .stay
  }

  /// Runs the typed query: the lines of ``searchLines(_:)`` holding it, case folded.
  private mutating func runSearch(_ context: inout ScreenContext) {
    let query = search.query.lowercased()
    guard !query.isEmpty else {
      search = SearchState()
      return
    }
    let lines = searchLines(context)
    search = SearchState(
      query: search.query, matches: lines.indices.filter { lines[$0].lowercased().contains(query) })
    if search.matches.isEmpty {
      context.message = "no match for “\(search.query)”"
    } else {
      search.current = -1
      stepMatch(forward: true, &context)
    }
  }

  /// The next (or previous) match, wrapping around, brought into view (the status bar counts
  /// it).
  mutating func stepMatch(forward: Bool, _ context: inout ScreenContext) {
    let count = search.matches.count
    let current = search.current ?? (forward ? -1 : count)
    let next = (current + (forward ? 1 : -1) + count) % count
    search.current = next
    reveal(search.matches[next], context)
  }
}

/// A screen's search: the query being typed, or the lines that hold it.
public struct SearchState: Sendable, Equatable {
  public var editing = false
  public var query = ""
  /// Rows (lists) or lines (text screens) that match, in order.
  public var matches: [Int] = []
  /// Index into `matches` of the current match.
  public var current: Int?
}

extension ReaderAction {
  /// Whether this is `next` rather than `previous` (or another step forward).
  var isNext: Bool {
    switch self {
    case .next, .nextShared, .focusNext, .swapNext: true
    default: false
    }
  }

  /// A step to a shared piece: `n`, `N`, `]`, `[`.
  var isStep: Bool {
    switch self {
    case .next, .previous, .nextShared, .previousShared: true
    default: false
    }
  }
}

extension ReaderAction {
  /// How far a scrolling action moves, in lines (or items) of a screen of `geometry`; nil for
  /// an action that does not scroll.
  func scrollDistance(_ geometry: ReaderGeometry) -> Int? {
    let half = max(1, geometry.content.height / 2)
    let page = max(1, geometry.content.height - 2)
    switch self {
    case .lineDown: return 1
    case .lineUp: return -1
    case .halfPageDown: return half
    case .halfPageUp: return -half
    case .pageDown: return page
    case .pageUp: return -page
    case .top: return -Int.max / 2
    case .bottom: return Int.max / 2
    case .wheel(let lines, _, _): return lines
    default: return nil
    }
  }
}

/// `value` kept within `low...high` (`low` when the range is empty).
func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int { max(low, min(high, value)) }

/// A first line shown moved by `delta` and kept within `count` lines of which `visible` fit.
func scrolled(_ offset: Int, by delta: Int, count: Int, visible: Int) -> Int {
  clamp(offset.addingReportingOverflow(delta).partialValue, 0, max(0, count - visible))
}
