import QuotedriftEngine
import QuotedriftTerminal
import Testing

@testable import QuotedriftReader

/// Each screen's own `update`, driven without a terminal: a context of loaded articles in, the
/// screen's new state and what it asks of the app out.
@Suite struct ScreenComponentTests {
  /// What the screens read, with `paths` loaded and matched, at `width`x`height`.
  func context(_ paths: [String] = samplePaths, width: Int = 120, height: Int = 40)
    -> ScreenContext
  {
    var state = ReaderState(width: width, height: height, theme: Theme(colorCount: 256))
    let (articles, index) = LoadedCorpora.shared.load(paths)
    state.articles = articles
    state.index = index
    return state.context
  }

  func article(_ prefix: String, in context: ScreenContext) -> Int {
    context.articles.firstIndex { $0.path.contains("/\(prefix)_") }!
  }

  @Test func theArticlesListMarksComparesAndOpens() {
    var context = context()
    var screen = ArticlesScreen()
    screen.refit(&context)
    #expect(screen.rows == [0, 1, 2, 3, 4])
    _ = screen.update(.toggleMark, &context)
    _ = screen.update(.toggleMark, &context)
    #expect(screen.marked == [0, 1] && screen.cursor.selected == 2)
    guard case .open(let opened) = screen.update(.compare, &context),
      let sideBySide = opened as? SideBySideScreen
    else {
      Issue.record("c opens side by side")
      return
    }
    #expect(sideBySide.columns == [0, 1])
    #expect(screen.marked.isEmpty)
    guard case .open(let reading) = screen.update(.open, &context) else {
      Issue.record("Enter opens the article")
      return
    }
    #expect((reading as? SideBySideScreen)?.columns == [2])
    _ = screen.update(.cycleOrder, &context)
    #expect(screen.order == .date && context.message == "articles by date")
    guard case .backToFirst = screen.update(.showArticles, &context) else {
      Issue.record("a goes back to the first screen")
      return
    }
  }

  @Test func theStatementsListOpensACollation() {
    var context = context()
    var screen = StatementsScreen()
    _ = screen.update(.lineDown, &context)
    #expect(screen.cursor.selected == 1)
    guard case .open(let opened) = screen.update(.open, &context),
      let collation = opened as? CollationScreen
    else {
      Issue.record("Enter opens the collation")
      return
    }
    #expect(collation.statement.id == "s2")
    #expect(screen.exportable(context)?.map(\.id) == ["s2"])
  }

  @Test func theCollationSelectsVersionsAndMakesAReference() {
    var context = context()
    var screen = CollationScreen(statement: context.index!.statements[0])
    let reference = screen.statement.reference.article
    _ = screen.update(.lineDown, &context)
    let chosen = screen.statement.versions[screen.selected].article
    #expect(chosen != reference)
    _ = screen.update(.makeReference, &context)
    #expect(screen.statement.reference.article == chosen)
    #expect(context.message?.hasSuffix("is now the reference") == true)
    _ = screen.update(.makeReference, &context)
    #expect(context.message == "this version is already the reference")
    _ = screen.update(.bottom, &context)
    #expect(screen.offset > 0)
    _ = screen.update(.top, &context)
    #expect(screen.offset == 0)
  }

  @Test func theExportDialogAsksTheLoopToWriteAndClosesWhenDone() {
    var context = context()
    var dialog = ExportDialog(
      statements: [context.index!.statements[0]], of: context.index!.analysis)
    #expect(dialog.path == "exports/s1-col-dave-butler.html")
    _ = dialog.update(.exportNextFormat, &context)
    #expect(dialog.format == .md && dialog.path == "exports/s1-col-dave-butler.md")
    #expect(dialog.textInput(for: .character("q")).map { "\($0)" } == "exportInput(\"q\")")
    guard
      case .effect(.export(let path, let bytes, let overwrite)) = dialog.update(
        .exportSubmit, &context)
    else {
      Issue.record("Enter asks the loop to write")
      return
    }
    #expect(path == dialog.path && !bytes.isEmpty && !overwrite)
    _ = dialog.update(.exportNeedsConfirmation, &context)
    #expect(dialog.confirmingOverwrite)
    guard case .back = dialog.update(.exportFinished(path: path, error: nil), &context) else {
      Issue.record("the dialog closes once written")
      return
    }
    #expect(context.message == "wrote \(path)")
  }

  @Test func aSearchIsTypedRunAndSteppedOnAnyScreen() {
    var context = context()
    var screen = HelpScreen()
    _ = screen.update(.beginSearch, &context)
    #expect(screen.search.editing)
    #expect(screen.textInput(for: .character("j")).map { "\($0)" } == "searchInput(\"j\")")
    for character in "drift" { _ = screen.update(.searchInput(character), &context) }
    _ = screen.update(.searchSubmit, &context)
    #expect(!screen.search.editing && screen.search.matches.count >= 2)
    let first = screen.offset
    _ = screen.update(.next, &context)
    #expect(screen.search.current == 1 && screen.offset >= first)
    #expect(screen.textInput(for: .character("j")) == nil, "keys are keys again")
  }

  @Test func helpAndWarningsScrollWithinTheirLines() {
    var context = context(width: 80, height: 24)
    var help = HelpScreen()
    _ = help.update(.bottom, &context)
    let lines = HelpScreen.lines(theme: context.theme, keymap: context.keymap, width: 80).count
    #expect(help.offset == lines - 22)
    var warnings = WarningsScreen()
    _ = warnings.update(.pageDown, &context)
    #expect(warnings.offset == 0, "one line: nothing to scroll")
  }

  @Test func nStepsPieceByPieceAndEveryColumnStartsItOnOneRow() {
    var context = context()
    let columns = [article("000", in: context), article("002", in: context)]
    var screen = SideBySideScreen(columns: columns)
    var seen: [PieceKey] = []
    for _ in 0..<4 {
      _ = screen.update(.next, &context)
      seen.append(screen.currentPiece!)
    }
    #expect(Set(seen).count == 4, "the four Butler pieces")
    #expect(Set(seen.map(\.statement)).count == 1)
    let table = screen.table(context)
    for piece in table.pieces {
      let rows = table.columns.compactMap { column in
        column.alignedRows.first { $0.value == piece.key }?.key
      }
      #expect(rows == [piece.row, piece.row], "piece \(piece.number) on one row")
    }
    #expect(screen.position(context)?.hasSuffix("piece 4/4 of s1") == true)
    _ = screen.update(.next, &context)
    #expect(screen.currentPiece == seen[0], "wraps around")
    _ = screen.update(.lineDown, &context)
    #expect(screen.currentPiece == seen[0], "scrolling keeps the piece")
    _ = screen.update(.focusNext, &context)
    _ = screen.update(.swapNext, &context)
    #expect(screen.columns[1] == columns[1] + 1 && screen.offset == 0 && screen.currentPiece == nil)
  }

  @Test func fillerRowsPadTheColumnThatReachesAPieceSooner() {
    let context = context()
    let columns = [article("000", in: context), article("002", in: context)]
    let table = SideBySideScreen(columns: columns).table(context)
    let fillers = table.columns.map { $0.rowLines.filter { $0 == nil }.count }
    #expect(fillers.allSatisfy { $0 > 0 }, "each side waits for the other somewhere")
    for column in table.columns {
      let shown = column.rowLines.compactMap { $0 }
      #expect(shown == Array(column.text.lines.indices), "every line once, in order")
    }
  }

  @Test func threeColumnsAlignEveryPieceTheyShare() {
    var context = context()
    let columns = ["000", "001", "002"].map { article($0, in: context) }
    var screen = SideBySideScreen(columns: columns)
    let table = screen.table(context)
    #expect(table.pieces.count >= 4)
    for piece in table.pieces {
      let rows = table.columns.compactMap { column in
        column.alignedRows.first { $0.value == piece.key }?.key
      }
      #expect(rows.count >= 2 && Set(rows) == [piece.row])
    }
    _ = screen.update(.next, &context)
    #expect(screen.currentPiece == table.pieces[0].key)
  }

  @Test func aPieceReadOutOfTheOtherColumnsOrderIsMovedNotAligned() {
    let context = context(["Tests/QuotedriftReaderTests/Fixtures/moved"])
    let table = SideBySideScreen(columns: [0, 1]).table(context)
    let moved = table.columns.flatMap(\.movedRows.values)
    #expect(moved.count == 1, "one of the two quotes stands out of order")
    // a.txt reads Ibarra, Keane, the vote; b.txt reads Keane, Ibarra, the vote: Keane and the
    // vote line up, Ibarra is moved in b.txt.
    #expect(table.pieces.count == 2 && !table.pieces.contains { moved.contains($0.key) })
    #expect(table.columns[1].movedRows.count == 1)
  }

  @Test func driftIsColouredAgainstTheOtherColumnOnScreen() {
    let context = context()
    let a1 = article("000", in: context)
    let a3 = article("002", in: context)
    var pairwise = PairwiseDrift(index: context.index!)
    let words = pairwise.words(articles: [a1, a3], shared: [0])
    // The reference (001) is not on screen: each column is collated against the other.
    #expect(context.index!.statements[0].reference.article != a1)
    let drift = pairwise.drift(of: a1, against: a3, in: 0)
    #expect(
      !drift.isEmpty
        && drift.allSatisfy {
          $0.referenceWord.map { $0 < context.articles[a3].words.count } ?? true
        })
    #expect(words[0].values.contains { $0.kind != .same })
    #expect(words[1].values.contains { $0.kind != .same })
    let alone = pairwise.words(articles: [a1], shared: [0])
    #expect(alone[0].values.allSatisfy { $0.kind == .same }, "one article alone: no drift")
  }

  @Test func theCollationHeaderKeepsMarkNameAndFidelityOnNarrowTerminals() {
    let context = context(width: 80, height: 24)
    let statement = context.index!.statements[0]
    for width in [80, 40] {
      let layout = CollationLayout(
        statement: statement, corpus: context.index!.analysis.corpus, width: width,
        theme: context.theme, selected: statement.referenceIndex)
      for (version, line) in layout.versionLines.enumerated() {
        let text = layout.lines[line].map(\.text).joined()
        #expect(DisplayWidth.of(text) <= width, "\(text)")
        #expect(text.hasPrefix(version == statement.referenceIndex ? "▶ a" : "  a"))
        #expect(text.contains("kept ") && text.contains("exact "), "\(text)")
        if width == 40 { #expect(text.contains("…"), "the title is cut with an ellipsis: \(text)") }
      }
    }
  }

  @Test func theFolderSearchRunsAsTheQueryIsTypedAndOpensAHit() {
    var context = context()
    var screen = FolderSearchScreen()
    #expect(screen.editing)
    #expect(screen.textInput(for: .character("j")).map { "\($0)" } == "searchInput(\"j\")")
    for character in "Strategic Stability" { _ = screen.update(.searchInput(character), &context) }
    let articles = Set(
      screen.hits.map { context.articles[$0.article].path.split(separator: "/").last!.prefix(3) })
    #expect(articles == ["000", "001", "002", "003"], "case folded, whole words")
    _ = screen.update(.searchSubmit, &context)
    #expect(!screen.editing && screen.textInput(for: .character("j")) == nil)
    _ = screen.update(.lineDown, &context)
    guard case .open(let opened) = screen.update(.open, &context),
      let reading = opened as? SideBySideScreen
    else {
      Issue.record("Enter reads the article at the hit")
      return
    }
    #expect(
      reading.columns == [screen.hits[1].article] && reading.highlights == [screen.hits[1].words])
    _ = screen.update(.searchFolder, &context)
    #expect(screen.editing)
    for _ in 0..<30 { _ = screen.update(.searchBackspace, &context) }
    #expect(screen.query.isEmpty && screen.hits.isEmpty)
    guard case .back = screen.update(.searchCancel, &context) else {
      Issue.record("Esc while typing closes the search")
      return
    }
  }

  @Test func theSentenceOfAHitKeepsTheWordsFoundInView() {
    let context = context()
    let search = FolderSearch(articles: context.articles)
    let hit = search.hits(of: "strategic stability")[2]
    let spans = FolderSearchScreen.sentence(
      of: hit, in: context.articles[hit.article], width: 40, theme: context.theme)
    let text = spans.map(\.text).joined()
    #expect(DisplayWidth.of(text) <= 40)
    #expect(
      spans.contains {
        $0.text.lowercased() == "strategic stability" && $0.style == context.theme.searchMatch
      })
    #expect(text.hasPrefix("…"), "the sentence's start is cut: \(text)")
  }

  @Test func theQuotePromptFindsEveryVersionOfAText() {
    var context = context()
    var prompt = QuotePrompt()
    for character in "reducing tensions, providing clarity" {
      _ = prompt.update(.searchInput(character), &context)
    }
    guard case .open(let opened) = prompt.update(.searchSubmit, &context),
      let collation = opened as? CollationScreen, let analysis = collation.analysis
    else {
      Issue.record("Enter opens the collation of the versions")
      return
    }
    #expect(
      collation.statement.reference.article == analysis.corpus.articles.count - 1, "the text given")
    #expect(collation.statement.versions.count == 4)
    var empty = QuotePrompt()
    _ = empty.update(.searchSubmit, &context)
    #expect(context.message == "the text to find is empty")
  }

  @Test func wOpensTheCollationOfTheStatementOfThePieceSteppedTo() {
    var context = context()
    var screen = SideBySideScreen(columns: [
      article("000", in: context), article("002", in: context),
    ])
    _ = screen.update(.next, &context)
    guard case .open(let opened) = screen.update(.whereElse, &context),
      let collation = opened as? CollationScreen
    else {
      Issue.record("w opens where else the passage appears")
      return
    }
    #expect(collation.statement.id == "s1" && collation.analysis == nil)
  }

  @Test func wOnTextInNoStatementLooksForTheBestMatchesElsewhere() {
    var context = context()
    var screen = SideBySideScreen(columns: [article("004", in: context)])
    _ = screen.update(.bottom, &context)
    let words = screen.passageRead(context)!
    #expect(
      !context.index!.statements.contains {
        $0.versions.contains {
          $0.article == 4 && $0.passages.contains { $0.words.overlaps(words) }
        }
      })
    // The passages that match it best, found through the quote finder: none in the samples.
    guard case .stay = screen.update(.whereElse, &context) else {
      Issue.record("nothing to open")
      return
    }
    #expect(context.message == "this passage appears nowhere else")
  }
}
