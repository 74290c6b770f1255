import QuotedriftEngine
import QuotedriftTerminal

/// The help screen, generated from the key tables (the shared keys, then each screen's own, each
/// binding under the first table that has it),
/// with a legend of the drift styles and of the side-by-side gutter; each description wraps to
/// the width beside its keys.
struct HelpScreen: ReaderScreen {
  var kind: ScreenKind { .help }
  var search = SearchState()
  /// First line shown.
  var offset = 0

  static func lines(theme: Theme, keymap: Keymap, width: Int) -> [[StyledSpan]] {
    var lines: [[StyledSpan]] = []
    // Screens share the scrolling keys, and repeat some shared keys to hint at them: the help
    // lists each binding once, under the first table that has it.
    var listed = Set<String>()
    for table in keymap.tables {
      let bindings = table.bindings.filter { binding in
        let keys = binding.keys.map(\.label).joined(separator: " ")
        return !binding.keys.isEmpty
          && listed.insert("\(binding.name) \(keys) \(binding.help)").inserted
      }
      guard !bindings.isEmpty else { continue }
      if !lines.isEmpty { lines.append([]) }
      lines.append([
        StyledSpan(
          table.screen.map { "Keys: \($0.rawValue)" } ?? "Keys everywhere", style: theme.title)
      ])
      for binding in bindings {
        let keys = binding.keys.map(\.label).joined(separator: " ")
        let padded = keys.padding(toLength: max(keys.count, 16), withPad: " ", startingAt: 0)
        // The description wraps under itself, beside the keys.
        let indent = 2 + DisplayWidth.of(padded)
        let wrapped = TextWrapper.wrap([StyledSpan(binding.help)], width: max(10, width - indent))
        for (index, part) in wrapped.enumerated() {
          let lead = index == 0 ? "  " + padded : String(repeating: " ", count: indent)
          lines.append([StyledSpan(lead, style: theme.title)] + part)
        }
      }
    }
    lines += [[], [StyledSpan("Side by side", style: theme.title)]]
    for (mark, text) in SideBySideScreen.legend {
      let indent = 8
      let wrapped = TextWrapper.wrap([StyledSpan(text)], width: max(10, width - indent))
      for (index, part) in wrapped.enumerated() {
        let lead =
          index == 0 ? "  " + mark.padding(toLength: 6, withPad: " ", startingAt: 0) : "        "
        lines.append([StyledSpan(lead, style: theme.title)] + part)
      }
    }
    lines += [[], [StyledSpan("Drift", style: theme.title)]]
    for kind in DriftKind.allCases {
      lines.append([
        StyledSpan("  "),
        StyledSpan(
          kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0), style: theme.drift(kind)
        ),
        StyledSpan(kind.summary),
      ])
    }
    lines.append([
      StyledSpan("  "), StyledSpan("[-omitted]", style: theme.omitted),
      StyledSpan("  a reference word the version leaves out"),
    ])
    lines.append([])
    for flag in MeaningFlag.allCases {
      lines.append([
        StyledSpan(
          "  " + "⚑ \(flag.rawValue)".padding(toLength: 14, withPad: " ", startingAt: 0),
          style: theme.flag),
        StyledSpan(flag.summary),
      ])
    }
    lines += [
      [
        StyledSpan("  ⚑ after words  ", style: theme.flag),
        StyledSpan("the words that raised a flag"),
      ],
      [],
      [
        StyledSpan("  kept", style: theme.title),
        StyledSpan("   the share of the reference's words a version carries"),
      ],
      [
        StyledSpan("  exact", style: theme.title),
        StyledSpan("  the share of a version's own words that are the reference's verbatim"),
      ],
    ]
    return lines
  }

  private func lines(_ context: ScreenContext) -> [[StyledSpan]] {
    Self.lines(theme: context.theme, keymap: context.keymap, width: context.geometry.width)
  }

  mutating func update(_ action: ReaderAction, _ context: inout ScreenContext) -> ScreenOutcome {
    guard let distance = action.scrollDistance(context.geometry) else {
      return updateShared(action, &context)
    }
    offset = scrolled(
      offset, by: distance, count: lines(context).count, visible: context.geometry.content.height)
    return .stay
  }

  func searchLines(_ context: ScreenContext) -> [String] {
    lines(context).map { $0.map(\.text).joined() }
  }

  mutating func reveal(_ line: Int, _ context: ScreenContext) { offset = max(0, line - 1) }

  func position(_ context: ScreenContext) -> String? {
    "line \(offset + 1)/\(lines(context).count)"
  }

  func render(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
    buffer.put("Help", x: 0, y: 0, style: context.theme.title)
    TextLine.draw(
      lines(context), from: offset, in: context.geometry.content, matches: search.matches,
      theme: context.theme, into: &buffer)
  }
}
