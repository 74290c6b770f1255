import QuotedriftEngine
import QuotedriftTerminal

/// One statement's collation: every version stacked against the reference; j and k select a
/// version, `r` makes it the reference, Enter reads the version's article at its passage. It
/// shows a statement of the folder's analysis, or one a search made (a pasted quote, the
/// passages that best match one), with the analysis that holds it.
struct CollationScreen: ReaderScreen {
  var kind: ScreenKind { .collation }
  var search = SearchState()
  var statement: Statement
  /// The analysis the statement belongs to, when not the folder's (its corpus ends with the
  /// text a search was given).
  var analysis: Analysis?
  /// What the title says the collation is.
  var title: String?
  /// The selected version (index into `statement.versions`).
  var selected: Int
  /// First line shown.
  var offset = 0

  init(statement: Statement, analysis: Analysis? = nil, title: String? = nil) {
    self.statement = statement
    self.analysis = analysis
    self.title = title
    selected = statement.referenceIndex
  }

  private func analysis(_ context: ScreenContext) -> Analysis? {
    analysis ?? context.index?.analysis
  }

  static let bindings: [KeyBinding] =
    [
      KeyBinding(
        "open", [.enter], .open, "read the selected version's article at its passage",
        hint: "read"),
      KeyBinding(
        "make_reference", [.character("r")], .makeReference,
        "make the selected version the reference", hint: "reference"),
      KeyBinding(
        "export", [.character("e")], .beginExport, "export the collation as shown", hint: "export"),
      KeyBinding("articles", [.character("a")], .showArticles, "articles", hint: "articles"),
    ] + KeyBinding.scrolling()

  func layout(_ context: ScreenContext) -> CollationLayout? {
    analysis(context).map {
      CollationLayout(
        statement: statement, corpus: $0.corpus, width: context.geometry.width,
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
    case .open:
      let version = statement.versions[selected]
      // The text a search was given is no article of the folder.
      guard version.article < context.articles.count, let first = version.passages.first,
        let last = version.passages.last
      else {
        context.message = "the given text is no article of the folder"
        return .stay
      }
      return .open(
        SideBySideScreen(
          columns: [version.article], highlight: first.words.lowerBound..<last.words.upperBound))
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
    guard let analysis = analysis(context) else { return }
    guard selected != statement.referenceIndex else {
      context.message = "this version is already the reference"
      return
    }
    let article = statement.versions[selected].article
    statement = analysis.rebased(statement, onVersion: selected)
    selected = statement.versions.firstIndex { $0.article == article } ?? 0
    context.message = "\(analysis.corpus.articles[article].id) is now the reference"
  }

  func exportable(_ context: ScreenContext) -> [Statement]? { [statement] }

  func exportAnalysis(_ context: ScreenContext) -> Analysis? { analysis(context) }

  func searchLines(_ context: ScreenContext) -> [String] {
    layout(context)?.lines.map { $0.map(\.text).joined() } ?? []
  }

  mutating func reveal(_ line: Int, _ context: ScreenContext) { offset = max(0, line - 1) }

  /// "version 2/4", counted in the order shown, the reference first.
  func position(_ context: ScreenContext) -> String? {
    let order = statement.referenceFirstOrder
    return "version \((order.firstIndex(of: selected) ?? 0) + 1)/\(order.count)"
  }

  func render(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
    guard let layout = layout(context) else { return }
    TextLine.putTitle(
      title
        ?? "Collation \(statement.id): \(statement.label)  (\(statement.versions.count) articles)",
      style: context.theme.title, into: &buffer, width: context.geometry.width)
    TextLine.draw(
      layout.lines, from: offset, in: context.geometry.content, matches: search.matches,
      theme: context.theme, into: &buffer)
  }
}
