import QuotedriftTerminal

/// The reader's screens.
public enum ScreenKind: String, Sendable, CaseIterable {
  case articles = "Articles"
  case sideBySide = "Side by side"
  case statements = "Statements"
  case collation = "Collation"
  case help = "Help"
}

/// One key binding: what a key does, where, and how the help screen describes it.
public struct KeyBinding: Sendable {
  public var keys: [Key]
  public var action: ReaderAction
  /// Screens where the binding applies; empty for every screen.
  public var screens: [ScreenKind]
  public var help: String
  /// Shown in the status bar of these screens.
  public var hintScreens: [ScreenKind]

  init(
    _ keys: [Key], _ action: ReaderAction, _ help: String, on screens: [ScreenKind] = [],
    hint hintScreens: [ScreenKind] = []
  ) {
    self.keys = keys
    self.action = action
    self.screens = screens
    self.help = help
    self.hintScreens = hintScreens
  }

  func applies(to screen: ScreenKind) -> Bool { screens.isEmpty || screens.contains(screen) }
}

/// The one table of key bindings: dispatch, the help screen and the status-bar hints all read it.
public enum Keymap {
  static let lists: [ScreenKind] = [.articles, .statements]
  static let all = ScreenKind.allCases

  public static let bindings: [KeyBinding] = [
    KeyBinding([.character("j"), .down], .lineDown, "down one line (or item)"),
    KeyBinding([.character("k"), .up], .lineUp, "up one line (or item)"),
    KeyBinding([.control("d")], .halfPageDown, "down half a page"),
    KeyBinding([.control("u")], .halfPageUp, "up half a page"),
    KeyBinding(
      [.character(" "), .pageDown], .pageDown, "down a page",
      on: [.sideBySide, .statements, .collation, .help]),
    KeyBinding([.pageDown], .pageDown, "down a page", on: [.articles]),
    KeyBinding([.character("b"), .pageUp], .pageUp, "up a page"),
    KeyBinding([.character("g"), .home], .top, "to the top"),
    KeyBinding([.character("G"), .end], .bottom, "to the bottom"),
    KeyBinding(
      [.enter], .open, "read the article / open the statement's collation", on: lists, hint: lists),
    KeyBinding(
      [.character(" ")], .toggleMark, "mark the article for comparison", on: [.articles],
      hint: [.articles]),
    KeyBinding(
      [.character("c")], .compare,
      "compare the marked articles (or the selected one with its closest)", on: [.articles],
      hint: [.articles]),
    KeyBinding(
      [.character("n")], .next, "next search match, else next shared passage",
      on: [.sideBySide, .statements, .articles, .collation, .help], hint: [.sideBySide]),
    KeyBinding(
      [.character("N")], .previous, "previous search match, else previous shared passage",
      on: [.sideBySide, .statements, .articles, .collation, .help]),
    KeyBinding(
      [.character("]")], .nextShared, "next shared passage, every column aligned on it",
      on: [.sideBySide]),
    KeyBinding([.character("[")], .previousShared, "previous shared passage", on: [.sideBySide]),
    KeyBinding([.tab], .focusNext, "focus the next column", on: [.sideBySide], hint: [.sideBySide]),
    KeyBinding([.backTab], .focusPrevious, "focus the previous column", on: [.sideBySide]),
    KeyBinding(
      [.character("<")], .swapPrevious, "show the previous article in the focused column",
      on: [.sideBySide]),
    KeyBinding(
      [.character(">")], .swapNext, "show the next article in the focused column", on: [.sideBySide]
    ),
    KeyBinding(
      [.character("z")], .toggleSync, "scroll the columns together or alone", on: [.sideBySide]),
    KeyBinding(
      [.character("r")], .makeReference, "make the selected version the reference",
      on: [.collation], hint: [.collation]),
    KeyBinding([.character("/")], .beginSearch, "search; n and N move between matches", hint: all),
    KeyBinding([.character("s")], .showStatements, "statements", hint: [.articles, .sideBySide]),
    KeyBinding(
      [.character("a")], .showArticles, "articles", hint: [.statements, .sideBySide, .collation]),
    KeyBinding([.character("?")], .showHelp, "this help", hint: all),
    KeyBinding([.escape, .character("q")], .back, "back (quit from the first screen)", hint: all),
    KeyBinding([.character("Q")], .quit, "quit from anywhere"),
  ]

  /// The action `key` triggers on `screen`, if any.
  public static func action(for key: Key, on screen: ScreenKind) -> ReaderAction? {
    bindings.first { $0.keys.contains(key) && $0.applies(to: screen) }?.action
  }

  /// The bindings shown as hints in `screen`'s status bar.
  public static func hints(for screen: ScreenKind) -> [KeyBinding] {
    bindings.filter { $0.hintScreens.contains(screen) }
  }
}
