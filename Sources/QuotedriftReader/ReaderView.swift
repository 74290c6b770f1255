import QuotedriftEngine
import QuotedriftTerminal

/// Draws the reader's state into a frame: the current screen (and a dialog over it), and the
/// status row.
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
      StatusBar.render(
        left: " quotedrift", hints: ["q quit"], style: theme, into: &buffer, geometry)
      return
    }
    let context = state.context
    // The topmost screen that covers the whole screen, then the dialogs over it.
    let base = state.stack.lastIndex { $0.coversScreen } ?? 0
    state.stack[base].render(into: &buffer, context)
    StatusBar.render(state.stack[base], state: state, context, into: &buffer)
    for dialog in state.stack[(base + 1)...] { dialog.render(into: &buffer, context) }
  }
}

/// The bottom row: the screen, its position, progress and message, and the key hints its key
/// tables carry; or the search prompt while a query is typed.
enum StatusBar {
  static func render(
    _ screen: any ReaderScreen, state: ReaderState, _ context: ScreenContext,
    into buffer: inout ScreenBuffer
  ) {
    let geometry = context.geometry
    if screen.search.editing {
      let row = geometry.statusRow
      buffer.fill(row, style: state.theme.statusBar)
      buffer.put("/" + screen.search.query + "▏", x: 0, y: row.y, style: state.theme.statusBar)
      return
    }
    var left = " " + screen.kind.rawValue
    if let position = screen.position(context) { left += "  " + position }
    if let current = screen.search.current, !screen.search.matches.isEmpty {
      left += "  match \(current + 1)/\(screen.search.matches.count)"
    }
    if let progress = state.progress { left += "  " + progress }
    if let message = state.message { left += "  " + message }
    let hints = state.keymap.hints(for: screen.kind).map { "\($0.keys[0].label) \($0.hint ?? "")" }
    render(left: left, hints: hints, style: state.theme, into: &buffer, geometry)
  }

  /// `left` from the left edge, then as many `hints` as fit (the first ones first) at the right.
  static func render(
    left: String, hints: [String], style theme: Theme, into buffer: inout ScreenBuffer,
    _ geometry: ReaderGeometry
  ) {
    let row = geometry.statusRow
    buffer.fill(row, style: theme.statusBar)
    let used = buffer.put(
      DisplayWidth.truncated(left, toWidth: row.width), x: 0, y: row.y, style: theme.statusBar,
      limit: row.width)
    var hints = hints
    while !hints.isEmpty && used + DisplayWidth.of(hints.joined(separator: "  ")) + 3 > row.width {
      hints.removeLast()
    }
    let shown = hints.joined(separator: "  ")
    if !shown.isEmpty {
      buffer.put(
        shown, x: row.width - DisplayWidth.of(shown) - 1, y: row.y, style: theme.statusKey)
    }
  }
}
