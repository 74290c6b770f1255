import QuotedriftEngine
import QuotedriftTerminal

/// What loading skipped or repaired: every file (and archive record) with its reason, as the
/// command line warns about them.
struct WarningsScreen: ReaderScreen {
  var kind: ScreenKind { .warnings }
  var search = SearchState()
  /// First line shown.
  var offset = 0

  /// One entry per diagnostic: the file (and line), then the reason indented beneath it.
  static func lines(_ context: ScreenContext) -> [[StyledSpan]] {
    let theme = context.theme
    guard !context.warnings.isEmpty else {
      return [[StyledSpan("Every file was read.", style: theme.subtle)]]
    }
    var lines: [[StyledSpan]] = []
    for diagnostic in context.warnings {
      let location = diagnostic.line.map { "\(diagnostic.path):\($0)" } ?? diagnostic.path
      lines.append([StyledSpan(location, style: theme.title)])
      for part in TextWrapper.wrap(
        [StyledSpan(diagnostic.reason, style: theme.warning)],
        width: max(10, context.geometry.width - 4))
      {
        lines.append([StyledSpan("    ")] + part)
      }
    }
    return lines
  }

  /// "3 load warnings: W to list", with the key the keymap binds; nil without warnings.
  static func summary(_ context: ScreenContext) -> String? {
    let count = context.warnings.count
    guard count > 0 else { return nil }
    let text = counted(count, "load warning")
    let binding = context.keymap.shared.first {
      if case .showWarnings = $0.action { !$0.keys.isEmpty } else { false }
    }
    return binding.map { text + ": \($0.keys[0].label) to list" } ?? text
  }

  mutating func update(_ action: ReaderAction, _ context: inout ScreenContext) -> ScreenOutcome {
    guard let distance = action.scrollDistance(context.geometry) else {
      return updateShared(action, &context)
    }
    offset = scrolled(
      offset, by: distance, count: Self.lines(context).count,
      visible: context.geometry.content.height)
    return .stay
  }

  func searchLines(_ context: ScreenContext) -> [String] {
    Self.lines(context).map { $0.map(\.text).joined() }
  }

  mutating func reveal(_ line: Int, _ context: ScreenContext) { offset = max(0, line - 1) }

  func position(_ context: ScreenContext) -> String? {
    "line \(offset + 1)/\(Self.lines(context).count)"
  }

  func render(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
    TextLine.putTitle(
      "Warnings  \(context.warnings.count) while loading", style: context.theme.title,
      into: &buffer, width: context.geometry.width)
    TextLine.draw(
      Self.lines(context), from: offset, in: context.geometry.content, matches: search.matches,
      theme: context.theme, into: &buffer)
  }
}
