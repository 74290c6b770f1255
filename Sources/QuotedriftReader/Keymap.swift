import QuotedriftTerminal

/// The key tables: one per screen, held by the screen it drives, and one of the keys every
/// screen shares. Dispatch, the help screen and the status-bar hints all read them. The
/// configuration file may give any binding other keys, by name, in every table that has it.
public struct Keymap: Sendable {
  public private(set) var tables: [KeyTable]

  /// The keys quotedrift ships with.
  public static let standard = Keymap(tables: [
    KeyTable(screen: nil, bindings: everywhere),
    KeyTable(screen: .articles, bindings: ArticlesScreen.bindings),
    KeyTable(screen: .sideBySide, bindings: SideBySideScreen.bindings),
    KeyTable(screen: .statements, bindings: StatementsScreen.bindings),
    KeyTable(screen: .collation, bindings: CollationScreen.bindings),
    KeyTable(screen: .help, bindings: KeyBinding.scrolling()),
    KeyTable(screen: .warnings, bindings: KeyBinding.scrolling()),
    KeyTable(screen: .export, bindings: ExportDialog.bindings),
    KeyTable(screen: .folderSearch, bindings: FolderSearchScreen.bindings),
    KeyTable(screen: .quotePrompt, bindings: QuotePrompt.bindings),
  ])

  /// The keys of every screen (a screen's own table is read first).
  static let everywhere: [KeyBinding] = [
    KeyBinding("search", [.character("/")], .beginSearch, "search this screen", hint: "search"),
    KeyBinding("next", [.character("n")], .next, "next search match"),
    KeyBinding("previous", [.character("N")], .previous, "previous search match"),
    KeyBinding(
      "export", [.character("e")], .beginExport,
      "export what is on screen (HTML, Markdown, TEI …), where there are statements"),
    KeyBinding(
      "find_quote", [.character("f")], .findQuote,
      "find a quote: paste a text, see every version of it in the folder"),
    KeyBinding("statements", [.character("s")], .showStatements, "statements"),
    KeyBinding("articles", [.character("a")], .showArticles, "articles"),
    KeyBinding(
      "warnings", [.character("W")], .showWarnings,
      "the files and records skipped or repaired while loading"),
    KeyBinding("help", [.character("?")], .showHelp, "this help", hint: "help"),
    KeyBinding(
      "back", [.escape, .character("q")], .back,
      "back: clear the search, else the previous screen (quit from the first)", hint: "back"),
    KeyBinding("quit", [.character("Q")], .quit, "quit from anywhere"),
  ]

  /// `screen`'s own table.
  public func table(for screen: ScreenKind) -> [KeyBinding] {
    tables.first { $0.screen == screen }?.bindings ?? []
  }

  /// The table every screen shares.
  public var shared: [KeyBinding] { tables.first { $0.screen == nil }?.bindings ?? [] }

  /// The action `key` triggers on `screen`, if any: the screen's own binding first.
  public func action(for key: Key, on screen: ScreenKind) -> ReaderAction? {
    (table(for: screen) + shared).first { $0.keys.contains(key) }?.action
  }

  /// The bindings shown as hints in `screen`'s status bar, its own first.
  public func hints(for screen: ScreenKind) -> [KeyBinding] {
    let own = table(for: screen)
    let ownKeys = Set(own.flatMap(\.keys))
    // A shared binding whose key the screen gives another meaning is no hint there.
    let shared = shared.filter { !$0.keys.contains(where: ownKeys.contains) }
    return (own + shared).filter { $0.hint != nil && !$0.keys.isEmpty }
  }

  /// Every binding once by name, in table order (as the configuration file lists them).
  public var bindings: [KeyBinding] {
    var seen = Set<String>()
    return tables.flatMap(\.bindings).filter { seen.insert($0.name).inserted }
  }

  /// Why a configured binding cannot be used.
  public struct Invalid: Error, Equatable, CustomStringConvertible {
    public var description: String
  }

  /// This keymap with the bindings named in `overrides` given the keys written there ("j",
  /// "Enter", "Ctrl-d", "PgDn" …; see ``Key/init(name:)``), in every table that has the name.
  /// An empty list unbinds.
  public func overriding(_ overrides: [String: [String]]) throws(Invalid) -> Keymap {
    var keymap = self
    for (name, keyNames) in overrides {
      guard tables.contains(where: { $0.bindings.contains { $0.name == name } }) else {
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
      for table in keymap.tables.indices {
        for binding in keymap.tables[table].bindings.indices
        where keymap.tables[table].bindings[binding].name == name {
          keymap.tables[table].bindings[binding].keys = keys
        }
      }
    }
    return keymap
  }
}
