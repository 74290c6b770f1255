/// A key as the reader sees it, whatever terminal sent it.
public enum Key: Sendable, Hashable {
  case character(Character)
  /// Control plus a letter, in lower case: `.control("d")` is Ctrl-D.
  case control(Character)
  case enter, escape, tab, backTab, backspace
  case up, down, left, right, home, end, pageUp, pageDown

  /// How the help screen writes the key: its configuration name, with arrows for the arrow
  /// keys.
  public var label: String {
    switch self {
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    default: configName
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

extension Key {
  /// A key from its name in a configuration file: a single character ("j", "]", " " or
  /// "Space"), "Ctrl-" and a letter, or one of Enter, Esc, Tab, Shift-Tab, Backspace, Up, Down,
  /// Left, Right, Home, End, PgUp, PgDn. `nil` for anything else.
  public init?(name: String) {
    let named: [String: Key] = [
      "enter": .enter, "esc": .escape, "escape": .escape, "tab": .tab, "shift-tab": .backTab,
      "backspace": .backspace, "up": .up, "down": .down, "left": .left, "right": .right,
      "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown,
      "pagedown": .pageDown, "space": .character(" "),
    ]
    if let key = named[name.lowercased()] {
      self = key
    } else if name.lowercased().hasPrefix("ctrl-"), name.count == 6,
      let letter = name.lowercased().last, letter.isLetter, letter.isASCII
    {
      self = .control(letter)
    } else if name.count == 1, let character = name.first,
      !character.isWhitespace || character == " "
    {
      self = .character(character)
    } else {
      return nil
    }
  }

  /// The key's name in a configuration file (the inverse of ``init(name:)``).
  public var configName: String {
    switch self {
    case .character(" "): "Space"
    case .character(let character): String(character)
    case .control(let character): "Ctrl-\(character)"
    case .enter: "Enter"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .backspace: "Backspace"
    case .up: "Up"
    case .down: "Down"
    case .left: "Left"
    case .right: "Right"
    case .home: "Home"
    case .end: "End"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    }
  }
}
