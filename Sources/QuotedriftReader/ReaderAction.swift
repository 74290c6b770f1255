import QuotedriftEngine

/// Everything that can happen to the reader: keys resolved through the keymap, mouse and resize
/// events, and results of the background work.
public enum ReaderAction: Sendable {
  case lineDown, lineUp, halfPageDown, halfPageUp, pageDown, pageUp, top, bottom
  /// Enter: read the selected article, open the selected statement.
  case open
  /// Esc, q: back to the previous screen (quit from the first).
  case back
  /// Q: quit from anywhere.
  case quit
  case toggleMark
  case compare
  /// o: the next order of the articles list.
  case cycleOrder
  /// W: the files and records skipped or repaired while loading.
  case showWarnings
  /// n and N: the next search match when searching, else (side by side) the next shared piece.
  case next, previous
  /// ] and [: the first piece of the next shared statement.
  case nextShared, previousShared
  case focusNext, focusPrevious
  case swapPrevious, swapNext
  case showStatements, showArticles, showHelp
  case makeReference
  /// w: where else the passage read appears.
  case whereElse
  /// / on the articles list: search the text of every article.
  case searchFolder
  /// f: paste a quote and see its versions.
  case findQuote
  case beginSearch
  case searchInput(Character)
  case searchBackspace
  case searchSubmit
  case searchCancel
  case resize(width: Int, height: Int)
  case wheel(lines: Int, x: Int, y: Int)
  case click(x: Int, y: Int)
  /// The articles were read (matching goes on).
  case articlesLoaded([Article], warnings: [LoadDiagnostic])
  /// Matching finished.
  case analysisFinished(ReaderIndex)
  /// Loading failed: nothing to show.
  case loadFailed(String)
  case progress(String)
  /// e: open the export dialog for what is on screen.
  case beginExport
  case exportNextFormat
  case exportInput(Character)
  case exportBackspace
  case exportSubmit
  case exportCancel
  /// The file exists: ask before overwriting.
  case exportNeedsConfirmation
  /// The export was written to `path`, or failed with `error`.
  case exportFinished(path: String, error: String?)
}

/// What the loop must do after an update; `update` itself never does it.
public enum ReaderEffect: Sendable, Equatable {
  case none
  case quit
  /// Write `bytes` to `path` (asking first when it exists, unless `overwrite`).
  case export(path: String, bytes: [UInt8], overwrite: Bool)
}
