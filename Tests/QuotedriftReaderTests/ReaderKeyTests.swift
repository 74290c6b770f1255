import Foundation
import QuotedriftEngine
import QuotedriftTerminal
import Testing

@testable import QuotedriftReader

/// Scripted keys drive the reader through every screen and key, as a person would.
@Suite struct ReaderKeyTests {
  func articleIndex(_ reader: ReaderSession, _ prefix: String) -> Int {
    reader.state.articles.firstIndex { $0.path.contains("/\(prefix)_") }!
  }

  /// Compares articles 000 and 001 by marking them.
  func compare000And001() -> (ReaderSession, TestBackend) {
    let (reader, backend) = session(width: 120, height: 40)
    reader.press(.character(" "), .character(" "), .character("c"))
    return (reader, backend)
  }

  /// The table row each column starts `piece` on, for the columns that align it.
  func rows(of piece: PieceKey, _ reader: ReaderSession) -> [Int] {
    let screen = reader.state.sideBySide!
    let table = screen.table(reader.state.context)
    return table.columns.compactMap { column in
      column.alignedRows.first { $0.value == piece }?.key
    }
  }

  @Test func listKeysMoveTheSelection() {
    let (reader, _) = session()
    reader.press(.character("j"), .down)
    #expect(reader.state.articleCursor.selected == 2)
    reader.press(.character("k"))
    #expect(reader.state.articleCursor.selected == 1)
    reader.press(.character("G"))
    #expect(reader.state.articleCursor.selected == 4)
    reader.press(.character("g"))
    #expect(reader.state.articleCursor.selected == 0)
    reader.press(.end, .up, .home)
    #expect(reader.state.articleCursor.selected == 0)
    reader.press(.control("d"), .control("u"), .pageDown, .pageUp)
    #expect(reader.state.articleCursor.selected == 0)
    reader.press(.up)
    #expect(reader.state.articleCursor.selected == 0, "stays at the top")
  }

  @Test func spaceMarksAndCCompares() {
    let (reader, backend) = compare000And001()
    #expect(reader.state.screen == .sideBySide)
    #expect(reader.state.sideBySide?.columns == [0, 1])
    #expect(reader.state.marked.isEmpty)
    #expect(backend.screen.line(0).hasPrefix("Side by side  a1 · a2"))
    #expect(backend.screen.line(39).contains("n next piece"))
  }

  @Test func cWithoutMarksComparesWithTheClosestArticle() {
    let (reader, _) = session()
    reader.press(.character("c"))
    #expect(reader.state.sideBySide?.columns.count == 2)
    #expect(reader.state.sideBySide?.columns.first == 0)
  }

  @Test func enterReadsOneArticleAndEscGoesBack() {
    let (reader, backend) = session()
    reader.press(.down, .enter)
    #expect(reader.state.screen == .sideBySide)
    #expect(reader.state.sideBySide?.columns == [1])
    #expect(backend.screen.line(0).hasPrefix("Reading  a2"))
    reader.press(.escape)
    #expect(reader.state.screen == .articles)
    reader.press(.down, .enter, .character("q"))
    #expect(reader.state.screen == .articles)
  }

  @Test func qOnTheFirstScreenAndQEverywhereQuit() {
    let (reader, _) = session()
    #expect(reader.handle(.key(.character("q"))) == .quit)
    let (other, _) = compare000And001()
    other.press(.character("s"), .enter)
    #expect(other.handle(.key(.character("Q"))) == .quit)
    #expect(other.handle(.key(.escape)) == .none)
  }

  @Test func nAlignsEveryColumnOnTheNextSharedPiece() {
    let (reader, backend) = compare000And001()
    reader.press(.character("n"))
    let current = reader.state.sideBySide!.currentPiece!
    #expect(reader.state.index!.statements[current.statement].label == "Col. Dave Butler")
    let shown = rows(of: current, reader)
    #expect(shown.count == 2)
    #expect(Set(shown).count == 1, "the pieces start on the same row")
    #expect(backend.screen.line(39).contains("piece 1/"))
    reader.press(.character("n"))
    let second = reader.state.sideBySide!.currentPiece!
    #expect(second != current && second.statement == current.statement)
    #expect(Set(rows(of: second, reader)).count == 1)
    #expect(backend.screen.line(39).contains("piece 2/"))
    reader.press(.character("N"))
    #expect(reader.state.sideBySide!.currentPiece == current)
    reader.press(.character("]"))
    #expect(reader.state.sideBySide!.currentPiece == current, "the only shared statement")
  }

  @Test func bracketsStepStatementByStatementAndWrapAround() {
    let (reader, _) = session(width: 120, height: 40)
    reader.press(.character(" "), .down, .down, .character(" "), .character("c"))
    #expect(reader.state.sideBySide?.columns == [0, 3])
    reader.press(.character("]"))
    let first = reader.state.sideBySide!.currentPiece!
    reader.press(.character("]"))
    let second = reader.state.sideBySide!.currentPiece!
    #expect(first.statement != second.statement)
    #expect(Set(rows(of: second, reader)).count == 1)
    reader.press(.character("["))
    #expect(reader.state.sideBySide!.currentPiece?.statement == first.statement)
    reader.press(.character("["))
    #expect(reader.state.sideBySide!.currentPiece?.statement == second.statement, "wraps around")
  }

  @Test func scrollingMovesEveryColumnTogether() {
    let (reader, _) = compare000And001()
    reader.press(.character("j"), .character("j"))
    #expect(reader.state.sideBySide!.offset == 2)
    reader.press(.control("d"), .character("G"), .character("g"))
    #expect(reader.state.sideBySide!.offset == 0)
    reader.press(.character(" "), .character("b"))
    #expect(reader.state.sideBySide!.offset == 0)
    reader.press(.character("G"))
    let table = reader.state.sideBySide!.table(reader.state.context)
    #expect(reader.state.sideBySide!.offset == table.rowCount - 37, "the last page")
  }

  @Test func tabMovesTheFocusAndAngleBracketsSwapTheArticle() {
    let (reader, backend) = compare000And001()
    reader.press(.tab)
    #expect(reader.state.sideBySide!.focused == 1)
    reader.press(.tab)
    #expect(reader.state.sideBySide!.focused == 0)
    reader.press(.backTab)
    #expect(reader.state.sideBySide!.focused == 1)
    reader.press(.character(">"))
    #expect(reader.state.sideBySide!.columns == [0, 2])
    #expect(backend.screen.line(0).contains("a1 · a3"))
    reader.press(.character("<"), .character("<"))
    #expect(reader.state.sideBySide!.columns == [0, 0])
  }

  @Test func searchFindsMatchesAndNMovesBetweenThem() {
    let (reader, backend) = compare000And001()
    reader.press(.character("/"))
    #expect(reader.state.search.editing)
    reader.type("milley")
    #expect(backend.screen.line(39).hasPrefix("/milley"))
    reader.press(.backspace, .character("y"), .enter)
    let count = reader.state.search.matches.count
    #expect(count > 3)
    #expect(backend.screen.line(39).contains("match 1/\(count)"))
    reader.press(.character("n"))
    #expect(backend.screen.line(39).contains("match 2/\(count)"))
    reader.press(.character("N"), .character("N"))
    #expect(backend.screen.line(39).contains("match \(count)/\(count)"))
    reader.press(.escape)
    #expect(reader.state.search.matches.isEmpty)
    #expect(reader.state.screen == .sideBySide, "the first Esc clears the search")
    reader.press(.character("/"), .character("x"), .escape)
    #expect(!reader.state.search.editing && reader.state.search.query.isEmpty)
    reader.press(.character("/"))
    reader.type("nothing-like-this")
    reader.press(.enter)
    #expect(backend.screen.line(39).contains("no match"))
  }

  @Test func searchWorksInListsToo() {
    let (reader, _) = session()
    reader.press(.character("s"), .character("/"))
    reader.type("butler")
    reader.press(.enter)
    #expect(reader.state.search.matches == [0, 3])
    #expect(reader.state.top(StatementsScreen.self)!.cursor.selected == 0)
    reader.press(.character("n"))
    #expect(reader.state.top(StatementsScreen.self)!.cursor.selected == 3)
  }

  @Test func slashOnTheArticlesListSearchesEveryArticlesTextAndEnterOpensTheHit() {
    let (reader, backend) = session(width: 120, height: 40)
    reader.press(.character("/"))
    #expect(reader.state.screen == .folderSearch)
    reader.type("strategic stability")
    let search = reader.state.top(FolderSearchScreen.self)!
    let found = Set(
      search.hits.map {
        reader.state.articles[$0.article].path.split(separator: "/").last!.prefix(3)
      })
    #expect(found == ["000", "001", "002", "003"])
    #expect(backend.screen.line(0).contains("hits in 4 articles"))
    #expect(backend.screen.line(1).hasPrefix("Find: strategic stability"))
    #expect(backend.screen.line(3).contains("strategic stability"))
    reader.press(.enter, .down, .enter)
    #expect(reader.state.screen == .sideBySide)
    let reading = reader.state.sideBySide!
    let hit = search.hits[1]
    #expect(reading.columns == [hit.article] && reading.highlights == [hit.words])
    let row = reading.table(reader.state.context).columns[0].highlightRow!
    #expect(row - reading.offset == min(2, row), "the hit shows near the top")
    #expect(backend.screen.text.contains("strategic stability"))
    reader.press(.escape)
    #expect(
      reader.state.screen == .folderSearch
        && reader.state.top(FolderSearchScreen.self)!.cursor.selected == 1)
    reader.press(.character("/"), .backspace, .escape)
    #expect(reader.state.screen == .articles)
  }

  @Test func wListsWhereElseThePassageReadAppears() {
    let (reader, backend) = compare000And001()
    reader.press(.character("n"), .character("w"))
    #expect(reader.state.screen == .collation, "\(backend.screen.line(39))")
    let collation = reader.state.collation!
    #expect(collation.statement.label == "Col. Dave Butler" && collation.analysis == nil)
    #expect(backend.screen.line(0).hasPrefix("Where else: s1 Col. Dave Butler"))
    // At the top, no piece stepped to: the first passage on screen, Butler's again.
    reader.press(.escape, .character("g"), .character("w"))
    #expect(reader.state.collation?.statement.label == "Col. Dave Butler")
  }

  @Test func fFindsEveryVersionOfAPastedQuote() {
    let (reader, backend) = session(width: 120, height: 40)
    reader.press(.character("f"))
    #expect(reader.state.screen == .quotePrompt)
    #expect(backend.screen.text.contains("Find a quote"))
    reader.type("reducing tensions, providing clarity")
    reader.press(.enter)
    #expect(reader.state.screen == .collation)
    let collation = reader.state.collation!
    let articles = Set(collation.statement.versions.map(\.article)).subtracting([
      reader.state.articles.count
    ])
    let prefixes = Set(
      articles.map { reader.state.articles[$0].path.split(separator: "/").last!.prefix(3) })
    #expect(prefixes == ["000", "001", "002"])
    #expect(backend.screen.line(0).hasPrefix("Versions of “reducing tensions, providing clarity”"))
    #expect(backend.screen.text.contains("given"), "the pasted text is the reference")
    reader.press(.escape, .escape)
    #expect(reader.state.screen == .articles)
    reader.press(.character("f"))
    reader.type("zzz qqq xxxx")
    reader.press(.enter)
    #expect(backend.screen.line(39).contains("no article carries this text"))
  }

  @Test func statementsScreenOpensTheCollationAndRMakesAReference() {
    let (reader, backend) = session(width: 120, height: 40)
    reader.press(.character("s"))
    #expect(reader.state.screen == .statements)
    #expect(backend.screen.line(2).contains("Col. Dave Butler"))
    reader.press(.enter)
    #expect(reader.state.screen == .collation)
    let original = reader.state.collation!.statement.reference.article
    reader.press(.character("j"))
    let selected = reader.state.collation!.selected
    let chosen = reader.state.collation!.statement.versions[selected].article
    #expect(chosen != original)
    reader.press(.character("r"))
    #expect(reader.state.collation!.statement.reference.article == chosen)
    #expect(backend.screen.line(39).contains("is now the reference"))
    reader.press(.character("r"))
    #expect(backend.screen.line(39).contains("already the reference"))
    reader.press(.escape)
    #expect(reader.state.screen == .statements)
    reader.press(.character("a"))
    #expect(reader.state.screens == [.articles])
  }

  @Test func helpIsGeneratedFromEveryScreensKeyTable() {
    let (reader, backend) = session(width: 120, height: 60)
    reader.press(.character("?"))
    #expect(reader.state.screen == .help)
    #expect(backend.screen.line(2).contains("/"), "the shared keys first")
    let text = HelpScreen.lines(theme: reader.state.theme, keymap: .standard, width: 120).map {
      $0.map(\.text).joined()
    }.joined(separator: "\n")
    for screen in [ScreenKind.articles, .sideBySide, .collation, .export] {
      #expect(text.contains("Keys: \(screen.rawValue)"))
    }
    for table in Keymap.standard.tables {
      for binding in table.bindings { #expect(text.contains(binding.help), "\(binding.help)") }
    }
    reader.press(.character("j"))
    reader.press(.escape)
    #expect(reader.state.screen == .articles)
  }

  @Test func theMouseScrollsAndSelectsUnlessTurnedOff() {
    let (reader, _) = session(width: 120, height: 40)
    reader.handle(.mouse(.click(x: 10, y: 5)))
    #expect(reader.state.articleCursor.selected == 3)
    reader.handle(.mouse(.wheelUp(x: 10, y: 5)))
    #expect(reader.state.articleCursor.selected == 0)
    let (other, _) = session(width: 120, height: 40, mouse: false)
    other.handle(.mouse(.click(x: 10, y: 5)))
    #expect(other.state.articleCursor.selected == 0)
    let (compared, _) = compare000And001()
    compared.handle(.mouse(.click(x: 100, y: 10)))
    #expect(compared.state.sideBySide!.focused == 1)
    compared.handle(.mouse(.wheelDown(x: 100, y: 10)))
    #expect(compared.state.sideBySide!.offset == 3)
  }

  @Test func aResizeRedrawsAtTheNewSize() {
    let (reader, backend) = compare000And001()
    reader.press(.character("n"))
    backend.resize(width: 60, height: 20)
    reader.handle(backend.nextEvent(timeoutMilliseconds: 0)!)
    reader.draw()
    #expect(backend.screen.width == 60)
    #expect(backend.screen.line(19).contains("Side by side"))
    #expect(
      Set(rows(of: reader.state.sideBySide!.currentPiece!, reader)).count == 1, "still aligned")
    backend.resize(width: 20, height: 6)
    reader.handle(backend.nextEvent(timeoutMilliseconds: 0)!)
    reader.draw()
    #expect(backend.screen.text.hasPrefix("Terminal too small"))
  }

  @Test func onlyChangedCellsAreSentAfterTheFirstFrame() {
    let (reader, backend) = session(width: 80, height: 24)
    let flushes = backend.flushCount
    reader.draw()
    #expect(backend.flushCount == flushes, "nothing changed, nothing sent")
    reader.press(.character("j"))
    #expect(backend.lastChangeCount < 80 * 24 / 4)
  }

  @Test func whileMatchingTheScreensSaySo() {
    let backend = TestBackend(width: 80, height: 24)
    let reader = ReaderSession(
      backend: backend, state: ReaderState(width: 80, height: 24, theme: Theme(colorCount: 256)),
      mouse: true)
    reader.draw()
    #expect(backend.screen.line(23).contains("Loading articles…"))
    let (articles, _) = LoadedCorpora.shared.load(samplePaths)
    reader.apply(.articlesLoaded(articles, warnings: []))
    reader.press(.character("s"))
    #expect(backend.screen.line(23).contains("statements are still being found"))
    reader.press(.character("c"))
    #expect(reader.state.screen == .articles)
  }

  @Test func aStepPressedWhileMatchingIsTakenWhenTheStatementsArrive() {
    let backend = TestBackend(width: 120, height: 40)
    var state = ReaderState(width: 120, height: 40, theme: Theme(colorCount: 256))
    state.openComparison(of: [0, 1])
    let reader = ReaderSession(backend: backend, state: state, mouse: true)
    reader.draw()
    reader.press(.character("n"))
    #expect(backend.screen.line(39).contains("statements are still being found"))
    let (articles, index) = LoadedCorpora.shared.load(samplePaths)
    reader.apply(.articlesLoaded(articles, warnings: []))
    reader.draw()
    #expect(reader.state.sideBySide?.currentPiece == nil, "still no statements")
    reader.apply(.analysisFinished(index))
    reader.draw()
    #expect(reader.state.sideBySide?.currentPiece != nil)
    #expect(backend.screen.line(39).contains("piece 1/"))
    #expect(
      !backend.screen.line(39).contains("still being found"), "the message went with the wait")
  }

  @Test func loadingInTheBackgroundFillsTheReaderIn() {
    let backend = TestBackend(width: 80, height: 24)
    let reader = ReaderSession(
      backend: backend, state: ReaderState(width: 80, height: 24, theme: Theme(colorCount: 256)),
      mouse: true)
    reader.startLoading(
      paths: [packageRoot.appendingPathComponent("Articles").path], lexicon: lexicon,
      settings: MatchingSettings())
    reader.waitForLoading()
    reader.draw()
    #expect(reader.state.index?.statements.isEmpty == false)
    #expect(backend.screen.line(0).contains("5 articles, 4 statements"))
  }

  @Test func aFailedLoadIsShownAndQQuits() {
    let backend = TestBackend(width: 80, height: 24)
    let reader = ReaderSession(
      backend: backend, state: ReaderState(width: 80, height: 24, theme: Theme(colorCount: 256)),
      mouse: true)
    reader.startLoading(paths: ["/no/such/folder"], lexicon: lexicon, settings: MatchingSettings())
    reader.waitForLoading()
    reader.draw()
    #expect(backend.screen.text.contains("/no/such/folder: no such file or directory"))
    #expect(reader.handle(.key(.character("j"))) == .none)
    #expect(reader.handle(.key(.character("q"))) == .quit)
  }
}

/// Key bindings from the configuration file.
@Suite struct ConfiguredKeymapTests {
  @Test func overridesRebindAndUnbind() throws {
    let keymap = try Keymap.standard.overriding(["next_shared": ["x", "Ctrl-n"], "help": []])
    #expect(keymap.action(for: .character("x"), on: .sideBySide).map { "\($0)" } == "nextShared")
    #expect(keymap.action(for: .control("n"), on: .sideBySide).map { "\($0)" } == "nextShared")
    #expect(keymap.action(for: .character("]"), on: .sideBySide) == nil)
    #expect(keymap.action(for: .character("?"), on: .articles) == nil)
    #expect(
      !HelpScreen.lines(theme: Theme(colorCount: 0), keymap: keymap, width: 80).contains {
        $0.map(\.text).joined().contains("this help")
      })
  }

  @Test func unknownNamesAndKeysAreRejected() {
    #expect(throws: Keymap.Invalid.self) { try Keymap.standard.overriding(["fly": ["f"]]) }
    #expect(throws: Keymap.Invalid.self) { try Keymap.standard.overriding(["quit": ["F13"]]) }
  }

  @Test func keyNamesRoundTrip() {
    for binding in Keymap.standard.bindings {
      for key in binding.keys { #expect(Key(name: key.configName) == key, "\(key)") }
    }
    #expect(
      Key(name: "Esc") == .escape && Key(name: "ctrl-D") == .control("d")
        && Key(name: "Space") == .character(" "))
  }

  @Test func theReaderUsesTheConfiguredKeymap() throws {
    let keymap = try Keymap.standard.overriding(["statements": ["S"]])
    let backend = TestBackend(width: 80, height: 24)
    let reader = ReaderSession(
      backend: backend,
      state: ReaderState(width: 80, height: 24, theme: Theme(colorCount: 0), keymap: keymap),
      mouse: true)
    let (articles, index) = LoadedCorpora.shared.load(samplePaths)
    reader.apply(.articlesLoaded(articles, warnings: []))
    reader.apply(.analysisFinished(index))
    reader.press(.character("s"))
    #expect(reader.state.screen == .articles)
    reader.press(.character("S"))
    #expect(reader.state.screen == .statements)
  }
}

/// `e`: the export dialog writes what is on screen and reports the path.
@Suite struct ReaderExportTests {
  @Test func theDialogPicksAFormatAndAFileAndAsksBeforeOverwriting() throws {
    let (reader, backend) = session(width: 100, height: 30)
    reader.press(.character("s"), .character("e"))
    let dialog = try #require(reader.state.exportDialog)
    #expect(dialog.path == "exports/s1-col-dave-butler.html")
    #expect(backend.screen.text.contains("Export 1 statement"))
    #expect(backend.screen.text.contains("[html]"))
    reader.press(.tab)
    #expect(reader.state.exportDialog?.format == .md)
    #expect(reader.state.exportDialog?.path == "exports/s1-col-dave-butler.md")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quotedrift-export-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    for _ in 0..<reader.state.exportDialog!.path.count { reader.press(.backspace) }
    let target = folder.appendingPathComponent("butler.md").path
    for character in target { reader.press(.character(character)) }
    reader.press(.enter)
    #expect(reader.state.exportDialog == nil)
    #expect(backend.screen.line(29).contains("wrote \(target)"))
    let written = try String(contentsOfFile: target, encoding: .utf8)
    #expect(written.contains("**lowering**"))
    reader.press(.character("e"))
    for _ in 0..<reader.state.exportDialog!.path.count { reader.press(.backspace) }
    for character in target { reader.press(.character(character)) }
    reader.press(.enter)
    #expect(reader.state.exportDialog?.confirmingOverwrite == true)
    #expect(backend.screen.line(29).contains("the file exists"))
    reader.press(.enter)
    #expect(reader.state.exportDialog == nil)
    #expect(backend.screen.line(29).contains("wrote \(target)"))
  }

  @Test func escCancelsAndAnUnwritablePathIsReported() {
    let (reader, backend) = session(width: 100, height: 30)
    reader.press(.character("s"), .enter, .character("e"), .escape)
    #expect(reader.state.exportDialog == nil)
    #expect(reader.state.screen == .collation)
    reader.press(.character("e"))
    for _ in 0..<reader.state.exportDialog!.path.count { reader.press(.backspace) }
    for character in "/proc/no-such-folder/out.html" { reader.press(.character(character)) }
    reader.press(.enter)
    #expect(backend.screen.line(29).contains("cannot"))
  }

  @Test func sideBySideExportsTheSharedStatements() {
    let (reader, _) = session(width: 100, height: 30)
    reader.press(.character(" "), .down, .down, .character(" "), .character("c"), .character("e"))
    #expect(reader.state.exportDialog?.statements.count == 2)
    #expect(reader.state.exportDialog?.path == "exports/statements.html")
    let (articles, _) = session(width: 100, height: 30)
    articles.press(.character("e"))
    #expect(articles.state.exportDialog == nil, "e does nothing on the article list")
  }
}
