import QuotedriftEngine
import QuotedriftTerminal

/// The help screen, generated from the keymap table, with a legend of the drift styles.
public enum HelpScreen {
  public static func lines(theme: Theme, keymap: Keymap) -> [[StyledSpan]] {
    var lines: [[StyledSpan]] = [[StyledSpan("Keys", style: theme.title)], []]
    for binding in keymap.bindings where !binding.keys.isEmpty {
      let keys = binding.keys.map(\.label).joined(separator: " ")
      let padded = keys.padding(toLength: max(keys.count, 16), withPad: " ", startingAt: 0)
      var line = [StyledSpan("  " + padded, style: theme.title), StyledSpan(binding.help)]
      if !binding.screens.isEmpty && binding.screens.count < ScreenKind.allCases.count {
        line.append(
          StyledSpan(
            "  (" + binding.screens.map(\.rawValue).joined(separator: ", ") + ")",
            style: theme.subtle))
      }
      lines.append(line)
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
      StyledSpan("  "), StyledSpan("omitted", style: theme.omitted),
      StyledSpan("     a reference word the version leaves out"),
    ])
    lines += [
      [],
      [
        StyledSpan("  ⚑ number, negation, modal", style: theme.flag),
        StyledSpan("  a change that may alter the meaning"),
      ],
      [
        StyledSpan("  fidelity", style: theme.title),
        StyledSpan("  the share of the reference's words a version keeps verbatim"),
      ],
    ]
    return lines
  }
}
