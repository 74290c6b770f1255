/// A key as the reader sees it, whatever terminal sent it.
public enum Key: Sendable, Hashable {
  case character(Character)
  /// Control plus a letter, in lower case: `.control("d")` is Ctrl-D.
  case control(Character)
  case enter, escape, tab, backTab, backspace
  case up, down, left, right, home, end, pageUp, pageDown

  /// How the help screen writes the key.
  public var label: String {
    switch self {
    case .character(" "): "Space"
    case .character(let character): String(character)
    case .control(let character): "Ctrl-\(character)"
    case .enter: "Enter"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .backspace: "Backspace"
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .home: "Home"
    case .end: "End"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    }
  }
}

/// A mouse event: the wheel, or a click at a cell.
public enum MouseEvent: Sendable, Equatable {
  case wheelUp(x: Int, y: Int)
  case wheelDown(x: Int, y: Int)
  case click(x: Int, y: Int)
}

/// What the terminal reports.
public enum InputEvent: Sendable, Equatable {
  case key(Key)
  case mouse(MouseEvent)
  /// The terminal has a new size, in columns and rows.
  case resize(width: Int, height: Int)
}
