import QuotedriftTerminal

/// Lines of styled text as the reader draws them: cut at a display width with `…` where the text
/// goes on, and scrolled into a rectangle with search matches marked.
enum TextLine {
  /// `spans` cut to `width` columns, the last one `…` when anything was cut.
  static func truncated(_ spans: [StyledSpan], toWidth width: Int) -> [StyledSpan] {
    guard width > 0 else { return [] }
    guard spans.reduce(0, { $0 + $1.width }) > width else { return spans }
    var result: [StyledSpan] = []
    var used = 0
    for span in spans {
      if used + span.width <= width - 1 {
        result.append(span)
        used += span.width
        continue
      }
      // The span runs past the edge (or up to it, with more after): what fits, then "…".
      let text = DisplayWidth.truncated(span.text + "  ", toWidth: width - used)
      result.append(StyledSpan(text, style: span.style))
      break
    }
    return result
  }

  /// Draws `text` in the title row, cut with `…` to the screen's width.
  static func putTitle(
    _ text: String, style: Style, into buffer: inout ScreenBuffer, width: Int
  ) {
    buffer.put(DisplayWidth.truncated(text, toWidth: width), x: 0, y: 0, style: style, limit: width)
  }

  /// Draws `lines` from `offset` into `rect`, marking the lines that match a search.
  static func draw(
    _ lines: [[StyledSpan]], from offset: Int, in rect: Rect, matches: [Int], theme: Theme,
    into buffer: inout ScreenBuffer
  ) {
    let matches = Set(matches)
    for row in 0..<rect.height {
      let line = offset + row
      guard line >= 0 && line < lines.count else { continue }
      buffer.put(lines[line], x: rect.x, y: rect.y + row, limit: rect.width)
      if matches.contains(line) {
        buffer.patchStyle(
          Rect(x: rect.x, y: rect.y + row, width: 1, height: 1), with: theme.searchMatch)
      }
    }
  }
}
