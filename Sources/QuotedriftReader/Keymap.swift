import QuotedriftTerminal

/// The reader's screens.
public enum ScreenKind: String, Sendable, CaseIterable {
  case articles = "Articles"
  case sideBySide = "Side by side"
  case statements = "Statements"
  case collation = "Collation"
  case help = "Help"
  case warnings = "Warnings"
}

/// One key binding: what a key does, where, and how the help screen describes it.
public struct KeyBinding: Sendable {
  /// The binding's name in the configuration file (`next_shared = ["]"]`).
  public var name: String
  public var keys: [Key]
  public var action: ReaderAction
  /// Screens where the binding applies; empty for every screen.
  public var screens: [ScreenKind]
  public var help: String
  /// Shown in the status bar of these screens.
  public var hintScreens: [ScreenKind]

  init(
    _ name: String, _ keys: [Key], _ action: ReaderAction, _ help: String,
    on screens: [ScreenKind] = [], hint hintScreens: [ScreenKind] = []
  ) {
    self.name = name
    self.keys = keys
    self.action = action
    self.screens = screens
    self.help = help
    self.hintScreens = hintScreens
  }

  func applies(to screen: ScreenKind) -> Bool { screens.isEmpty || screens.contains(screen) }
}

/// The one table of key bindings: dispatch, the help screen and the status-bar hints all read it.
/// The configuration file may give any binding other keys.
public struct Keymap: Sendable {
  public private(set) var bindings: [KeyBinding]

  static let lists: [ScreenKind] = [.articles, .statements]
  static let all = ScreenKind.allCases

  /// The keys quotedrift ships with.
  public static let standard = Keymap(bindings: [
    KeyBinding("line_down", [.character("j"), .down], .lineDown, "down one line (or item)"),
    KeyBinding("line_up", [.character("k"), .up], .lineUp, "up one line (or item)"),
    KeyBinding("half_page_down", [.control("d")], .halfPageDown, "down half a page"),
    KeyBinding("half_page_up", [.control("u")], .halfPageUp, "up half a page"),
    KeyBinding(
      "page_down", [.character(" "), .pageDown], .pageDown, "down a page",
      on: [.sideBySide, .statements, .collation, .help]),
    KeyBinding("page_down_in_lists", [.pageDown], .pageDown, "down a page", on: [.articles]),
    KeyBinding("page_up", [.character("b"), .pageUp], .pageUp, "up a page"),
    KeyBinding("top", [.character("g"), .home], .top, "to the top"),
    KeyBinding("bottom", [.character("G"), .end], .bottom, "to the bottom"),
    KeyBinding(
      "open", [.enter], .open, "read the article / open the statement's collation", on: lists,
      hint: lists),
    KeyBinding(
      "mark", [.character(" ")], .toggleMark, "mark the article for comparison", on: [.articles],
      hint: [.articles]),
    KeyBinding(
      "order", [.character("o")], .cycleOrder, "order the articles: as loaded, by date, by outlet",
      on: [.articles]),
    KeyBinding(
      "compare", [.character("c")], .compare,
      "compare the marked articles (or the selected one with its closest)", on: [.articles],
      hint: [.articles]),
    KeyBinding(
      "next", [.character("n")], .next, "next search match, else next shared passage",
      on: [.sideBySide, .statements, .articles, .collation, .help, .warnings], hint: [.sideBySide]),
    KeyBinding(
      "previous", [.character("N")], .previous,
      "previous search match, else previous shared passage",
      on: [.sideBySide, .statements, .articles, .collation, .help, .warnings]),
    KeyBinding(
      "next_shared", [.character("]")], .nextShared,
      "next shared passage, every column aligned on it",
      on: [.sideBySide]),
    KeyBinding(
      "previous_shared", [.character("[")], .previousShared, "previous shared passage",
      on: [.sideBySide]),
    KeyBinding(
      "focus_next", [.tab], .focusNext, "focus the next column", on: [.sideBySide],
      hint: [.sideBySide]),
    KeyBinding(
      "focus_previous", [.backTab], .focusPrevious, "focus the previous column", on: [.sideBySide]),
    KeyBinding(
      "swap_previous", [.character("<")], .swapPrevious,
      "show the previous article in the focused column",
      on: [.sideBySide]),
    KeyBinding(
      "swap_next", [.character(">")], .swapNext, "show the next article in the focused column",
      on: [.sideBySide]
    ),
    KeyBinding(
      "toggle_sync", [.character("z")], .toggleSync, "scroll the columns together or alone",
      on: [.sideBySide]),
    KeyBinding(
      "make_reference", [.character("r")], .makeReference,
      "make the selected version the reference",
      on: [.collation], hint: [.collation]),
    KeyBinding(
      "export", [.character("e")], .beginExport, "export what is on screen (HTML, Markdown, TEI …)",
      on: [.sideBySide, .statements, .collation], hint: [.statements, .collation]),
    KeyBinding(
      "search", [.character("/")], .beginSearch, "search; n and N move between matches", hint: all),
    KeyBinding(
      "statements", [.character("s")], .showStatements, "statements",
      hint: [.articles, .sideBySide]),
    KeyBinding(
      "articles", [.character("a")], .showArticles, "articles",
      hint: [.statements, .sideBySide, .collation]),
    KeyBinding(
      "warnings", [.character("W")], .showWarnings,
      "the files and records skipped or repaired while loading"),
    KeyBinding("help", [.character("?")], .showHelp, "this help", hint: all),
    KeyBinding(
      "back", [.escape, .character("q")], .back, "back (quit from the first screen)", hint: all),
    KeyBinding("quit", [.character("Q")], .quit, "quit from anywhere"),
  ])

  /// The action `key` triggers on `screen`, if any.
  public func action(for key: Key, on screen: ScreenKind) -> ReaderAction? {
    bindings.first { $0.keys.contains(key) && $0.applies(to: screen) }?.action
  }

  /// The bindings shown as hints in `screen`'s status bar.
  public func hints(for screen: ScreenKind) -> [KeyBinding] {
    bindings.filter { $0.hintScreens.contains(screen) && !$0.keys.isEmpty }
  }

  /// Why a configured binding cannot be used.
  public struct Invalid: Error, Equatable, CustomStringConvertible {
    public var description: String
  }

  /// This keymap with the bindings named in `overrides` given the keys written there ("j",
  /// "Enter", "Ctrl-d", "PgDn" …; see ``Key/init(name:)``). An empty list unbinds.
  public func overriding(_ overrides: [String: [String]]) throws(Invalid) -> Keymap {
    var keymap = self
    for (name, keyNames) in overrides {
      guard let index = keymap.bindings.firstIndex(where: { $0.name == name }) else {
        throw Invalid(
          description:
            "unknown key binding “\(name)” (quotedrift config --print-default lists them)")
      }
      var keys: [Key] = []
      for keyName in keyNames {
        guard let key = Key(name: keyName) else {
          throw Invalid(description: "unknown key “\(keyName)” for \(name)")
        }
        keys.append(key)
      }
      keymap.bindings[index].keys = keys
    }
    return keymap
  }
}
