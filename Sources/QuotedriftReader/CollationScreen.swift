import QuotedriftEngine
import QuotedriftTerminal

/// One statement's collation: every version stacked against the reference; j and k select a
/// version, `r` makes it the reference.
struct CollationScreen: ReaderScreen {
  var kind: ScreenKind { .collation }
  var search = SearchState()
  var statement: Statement
  /// The selected version (index into `statement.versions`).
  var selected: Int
  /// First line shown.
  var offset = 0

  init(statement: Statement) {
    self.statement = statement
    selected = statement.referenceIndex
  }

  static let bindings: [KeyBinding] =
    [
      KeyBinding(
        "make_reference", [.character("r")], .makeReference,
        "make the selected version the reference", hint: "reference"),
      KeyBinding(
        "export", [.character("e")], .beginExport, "export the collation as shown", hint: "export"),
      KeyBinding("articles", [.character("a")], .showArticles, "articles", hint: "articles"),
    ] + KeyBinding.scrolling()

  func layout(_ context: ScreenContext) -> CollationLayout? {
    context.index.map {
      CollationLayout(
        statement: statement, corpus: $0.analysis.corpus, width: context.geometry.width,
        theme: context.theme, selected: selected)
    }
  }

  mutating func update(_ action: ReaderAction, _ context: inout ScreenContext) -> ScreenOutcome {
    if let distance = action.scrollDistance(context.geometry) {
      guard let layout = layout(context) else { return .stay }
      let rows = context.geometry.content.height
      if abs(distance) == 1 {
        // j and k step through the versions in the order shown.
        let order = statement.referenceFirstOrder
        let position = order.firstIndex(of: selected) ?? 0
        selected = order[clamp(position + distance, 0, order.count - 1)]
        let line = layout.versionLines[selected]
        if line < offset || line >= offset + rows - 2 { offset = line }
      } else {
        offset = scrolled(offset, by: distance, count: layout.lines.count, visible: rows)
      }
      return .stay
    }
    switch action {
    case .makeReference:
      makeReference(&context)
    case .click(_, let y):
      guard let layout = layout(context) else { return .stay }
      let line = offset + (y - context.geometry.content.y)
      if let version = layout.versionLines.indices.filter({ layout.versionLines[$0] <= line }).max(
        by: { layout.versionLines[$0] < layout.versionLines[$1] })
      {
        selected = version
      }
    default:
      return updateShared(action, &context)
    }
    return .stay
  }

  private mutating func makeReference(_ context: inout ScreenContext) {
    guard let index = context.index else { return }
    guard selected != statement.referenceIndex else {
      context.message = "this version is already the reference"
      return
    }
    let article = statement.versions[selected].article
    statement = index.analysis.rebased(statement, onVersion: selected)
    selected = statement.versions.firstIndex { $0.article == article } ?? 0
    context.message = "\(index.articles[article].id) is now the reference"
  }

  func exportable(_ context: ScreenContext) -> [Statement]? { [statement] }

  func searchLines(_ context: ScreenContext) -> [String] {
    layout(context)?.lines.map { $0.map(\.text).joined() } ?? []
  }

  mutating func reveal(_ line: Int, _ context: ScreenContext) { offset = max(0, line - 1) }

  func position(_ context: ScreenContext) -> String? {
    "version \(selected + 1)/\(statement.versions.count)"
  }

  func render(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
    guard let layout = layout(context) else { return }
    TextLine.putTitle(
      "Collation \(statement.id): \(statement.label)  (\(statement.versions.count) articles)",
      style: context.theme.title, into: &buffer, width: context.geometry.width)
    TextLine.draw(
      layout.lines, from: offset, in: context.geometry.content, matches: search.matches,
      theme: context.theme, into: &buffer)
  }
}
