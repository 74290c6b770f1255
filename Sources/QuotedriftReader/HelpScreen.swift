import QuotedriftEngine
import QuotedriftTerminal

/// The help screen, generated from the keymap table, with a legend of the drift styles; each
/// description wraps to `width` beside its keys.
public enum HelpScreen {
  public static func lines(theme: Theme, keymap: Keymap, width: Int) -> [[StyledSpan]] {
    var lines: [[StyledSpan]] = [[StyledSpan("Keys", style: theme.title)], []]
    for binding in keymap.bindings where !binding.keys.isEmpty {
      let keys = binding.keys.map(\.label).joined(separator: " ")
      let padded = keys.padding(toLength: max(keys.count, 16), withPad: " ", startingAt: 0)
      var text = [StyledSpan(binding.help)]
      if !binding.screens.isEmpty && binding.screens.count < ScreenKind.allCases.count {
        text.append(
          StyledSpan(
            "  (" + binding.screens.map(\.rawValue).joined(separator: ", ") + ")",
            style: theme.subtle))
      }
      // The description wraps under itself, beside the keys.
      let indent = 2 + DisplayWidth.of(padded)
      for (index, part) in TextWrapper.wrap(text, width: max(10, width - indent)).enumerated() {
        let lead = index == 0 ? "  " + padded : String(repeating: " ", count: indent)
        lines.append([StyledSpan(lead, style: theme.title)] + part)
      }
    }
    lines += [[], [StyledSpan("Drift", style: theme.title)], []]
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
}
