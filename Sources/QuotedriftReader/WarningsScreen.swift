import QuotedriftEngine
import QuotedriftTerminal

/// What loading skipped or repaired: every file (and archive record) with its reason, as the
/// command line warns about them.
enum WarningsScreen {
  /// One entry per diagnostic: the file (and line), then the reason indented beneath it.
  static func lines(_ state: ReaderState, width: Int) -> [[StyledSpan]] {
    guard !state.warnings.isEmpty else {
      return [[StyledSpan("Every file was read.", style: state.theme.subtle)]]
    }
    var lines: [[StyledSpan]] = []
    for diagnostic in state.warnings {
      let location = diagnostic.line.map { "\(diagnostic.path):\($0)" } ?? diagnostic.path
      lines.append([StyledSpan(location, style: state.theme.title)])
      for part in TextWrapper.wrap(
        [StyledSpan(diagnostic.reason, style: state.theme.warning)], width: max(10, width - 4))
      {
        lines.append([StyledSpan("    ")] + part)
      }
    }
    return lines
  }

  static func render(
    _ state: ReaderState, into buffer: inout ScreenBuffer, _ geometry: ReaderGeometry
  ) {
    buffer.put(
      "Warnings  \(state.warnings.count) while loading", x: 0, y: 0, style: state.theme.title)
    ReaderView.drawLines(
      lines(state, width: geometry.width), from: state.warningsOffset, in: geometry.content,
      into: &buffer, state: state)
  }

  /// "3 load warnings: W to list", with the key the keymap binds; nil without warnings.
  static func summary(_ state: ReaderState) -> String? {
    let count = state.warnings.count
    guard count > 0 else { return nil }
    let text = "\(count) load warning\(count == 1 ? "" : "s")"
    let binding = state.keymap.bindings.first {
      if case .showWarnings = $0.action { !$0.keys.isEmpty } else { false }
    }
    return binding.map { text + ": \($0.keys[0].label) to list" } ?? text
  }
}
