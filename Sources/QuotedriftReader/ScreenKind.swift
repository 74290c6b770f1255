/// The reader's screens, by name: each names its key table and is shown in the status bar.
public enum ScreenKind: String, Sendable, CaseIterable {
  case articles = "Articles"
  case sideBySide = "Side by side"
  case statements = "Statements"
  case collation = "Collation"
  case help = "Help"
  case warnings = "Warnings"
  case export = "Export"
  case folderSearch = "Search"
  case quotePrompt = "Find a quote"
}
