import QuotedriftTerminal

/// One key binding: the keys, what they do, how the help screen describes it, and the few words
/// the status bar shows beside its first key (none when `hint` is nil).
public struct KeyBinding: Sendable {
  /// The binding's name in the configuration file (`next_shared = ["]"]`).
  public var name: String
  public var keys: [Key]
  public var action: ReaderAction
  public var help: String
  /// Shown in the status bar as "key hint", when set.
  public var hint: String?

  init(_ name: String, _ keys: [Key], _ action: ReaderAction, _ help: String, hint: String? = nil) {
    self.name = name
    self.keys = keys
    self.action = action
    self.help = help
    self.hint = hint
  }

  /// The scrolling keys every screen that scrolls shares; `pageDown` keys differ on the articles
  /// list, where Space marks.
  static func scrolling(pageDown: KeyBinding = pageDownBinding) -> [KeyBinding] {
    [
      KeyBinding("line_down", [.character("j"), .down], .lineDown, "down one line (or item)"),
      KeyBinding("line_up", [.character("k"), .up], .lineUp, "up one line (or item)"),
      KeyBinding("half_page_down", [.control("d")], .halfPageDown, "down half a page"),
      KeyBinding("half_page_up", [.control("u")], .halfPageUp, "up half a page"),
      pageDown,
      KeyBinding("page_up", [.character("b"), .pageUp], .pageUp, "up a page"),
      KeyBinding("top", [.character("g"), .home], .top, "to the top"),
      KeyBinding("bottom", [.character("G"), .end], .bottom, "to the bottom"),
    ]
  }

  static let pageDownBinding = KeyBinding(
    "page_down", [.character(" "), .pageDown], .pageDown, "down a page")
}

/// The bindings of one screen, or (with no screen) those every screen shares.
public struct KeyTable: Sendable {
  public var screen: ScreenKind?
  public var bindings: [KeyBinding]
}
