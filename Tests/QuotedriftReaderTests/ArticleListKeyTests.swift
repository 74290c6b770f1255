import Foundation
import QuotedriftEngine
import QuotedriftTerminal
import Testing

@testable import QuotedriftReader

/// The articles list with metadata from an archive: its columns, its orders, and the warnings
/// loading gave.
@Suite struct ArticleListKeyTests {
  /// Four articles from an archive: dates out of order, one undated, outlets and authors on some.
  static let archive: [Article] = {
    let body = "The minister said the talks would resume on Monday after a pause of two weeks."
    let records = [
      #"{"title": "Zeta late", "outlet": "Alpha", "date": "2021-09-17", "author": "Ann", "text": "\#(body)"}"#,
      #"{"title": "Yankee undated", "outlet": "Charlie", "text": "\#(body)"}"#,
      #"{"title": "Xray early", "outlet": "Bravo", "date": "Wed, 15 Sep 2021 10:00:00 GMT", "text": "\#(body)"}"#,
      #"{"title": "Whiskey middle", "date": "2021-09-16", "text": "\#(body)"}"#,
    ]
    var articles = ArticleLoader.parse(
      bytes: Array(records.joined(separator: "\n").utf8), path: "feed.jsonl"
    ).articles
    for index in articles.indices { articles[index].id = "a\(index + 1)" }
    return articles
  }()

  static let warnings = [
    LoadDiagnostic(path: "feed.jsonl", line: 7, reason: "skipped record: not valid JSON"),
    LoadDiagnostic(path: "notes.pdf", reason: "skipped: not an article (.pdf)"),
  ]

  func reader(width: Int = 120, height: Int = 30, warnings: [LoadDiagnostic] = [])
    -> (ReaderSession, TestBackend)
  {
    let backend = TestBackend(width: width, height: height, colorCount: 256)
    let reader = ReaderSession(
      backend: backend,
      state: ReaderState(width: width, height: height, theme: Theme(colorCount: 256)), mouse: true)
    reader.apply(.articlesLoaded(Self.archive, warnings: warnings))
    reader.draw()
    return (reader, backend)
  }

  func titles(_ backend: TestBackend) -> [String] {
    (2...5).map {
      String(backend.screen.line($0).dropFirst(4).prefix(16)).trimmingCharacters(in: .whitespaces)
    }
  }

  @Test func oCyclesLoadOrderDateAndOutletKeepingTheSelection() {
    let (reader, backend) = reader()
    #expect(titles(backend) == ["Zeta late", "Yankee undated", "Xray early", "Whiskey middle"])
    reader.press(.character("j"))
    reader.press(.character("o"))
    #expect(backend.screen.line(0).contains("4 articles  by date"))
    #expect(backend.screen.line(29).contains("articles by date"))
    #expect(titles(backend) == ["Xray early", "Whiskey middle", "Zeta late", "Yankee undated"])
    #expect(reader.state.articleCursor.selected == 3, "the undated article stays selected")
    #expect(reader.state.selectedArticle == 1)
    reader.press(.character("o"))
    #expect(backend.screen.line(0).contains("by outlet"))
    #expect(titles(backend) == ["Zeta late", "Xray early", "Yankee undated", "Whiskey middle"])
    reader.press(.character("o"))
    #expect(!backend.screen.line(0).contains(" by "))
    #expect(titles(backend) == ["Zeta late", "Yankee undated", "Xray early", "Whiskey middle"])
  }

  @Test func markAndOpenActOnTheArticleOfTheRowInAnyOrder() {
    let (reader, backend) = reader()
    reader.press(.character("o"), .character("g"), .character(" "))
    #expect(reader.state.marked == [2], "Xray early, third as loaded, is first by date")
    #expect(backend.screen.line(2).hasPrefix(" ✓  Xray early"))
    reader.press(.character("k"), .enter)
    #expect(reader.state.sideBySide?.columns == [2])
  }

  @Test func columnsAreThoseSomeArticleHasAndNarrowTerminalsDropThemWhole() {
    let (wide, wideBackend) = reader(width: 120)
    // Each column as wide as its widest value (or its label), and a gap.
    #expect(wideBackend.screen.line(1).contains("OUTLET   AUTHOR  DATE        "))
    #expect(wideBackend.screen.line(2).contains("Alpha    Ann     2021-09-17"))
    #expect(wideBackend.screen.line(3).contains("Charlie  —       —"))
    #expect(wideBackend.screen.line(4).contains("Bravo    —       2021-09-15 "))
    _ = wide
    let (_, middle) = reader(width: 66)
    #expect(middle.screen.line(1).contains("OUTLET   DATE"))
    #expect(!middle.screen.line(1).contains("AUTHOR"))
    let (_, narrow) = reader(width: 50)
    let header = narrow.screen.line(1)
    #expect(!header.contains("OUTLET") && !header.contains("DATE") && header.contains("WORDS"))

    let (sample, sampleBackend) = session(width: 120, height: 40)
    _ = sample
    let sampleHeader = sampleBackend.screen.line(1)
    #expect(sampleHeader.contains("TITLE") && sampleHeader.contains("WORDS"))
    #expect(!sampleHeader.contains("OUTLET") && !sampleHeader.contains("DATE"))
    #expect(!sampleHeader.contains("AUTHOR"), "no sample article has metadata: no column")
  }

  @Test func writtenDatesSortAsTheDatesTheyAre() {
    func article(_ date: String) -> Article {
      var article = ArticleLoader.parse(bytes: Array("T\n\nSome words here.".utf8), path: "a.md")
        .article!
      article.date = date
      return article
    }
    let articles = [article("2021-09-15"), article("September 14, 2021"), article("2021-09-16")]
    #expect(ArticleOrder.date.rows(of: articles) == [1, 0, 2])
  }

  @Test func longValuesAreCutWithAnEllipsis() {
    let long = "The Very Long Name of a Regional Newspaper Group"
    var article = ArticleLoader.parse(bytes: Array("Title\n\nSome words here.".utf8), path: "a.txt")
      .article!
    article.outlet = long
    let columns = ArticleColumns(width: 120, present: ArticleColumns.present(in: [article]))
    #expect(columns.widths[.outlet] == 26, "the widest an outlet takes, and a gap")
    #expect(DisplayWidth.truncated(long, toWidth: 24) == "The Very Long Name of a…")
    #expect(DisplayWidth.truncated("東京新聞", toWidth: 5) == "東京…")
  }

  @Test func warningsAreCountedOnTheListAndWListsThem() {
    let (reader, backend) = reader(warnings: Self.warnings)
    #expect(backend.screen.line(0).hasSuffix("2 load warnings: W to list"))
    reader.press(.character("W"))
    #expect(reader.state.screen == .warnings)
    #expect(backend.screen.line(0).hasPrefix("Warnings  2 while loading"))
    #expect(backend.screen.line(1).hasPrefix("feed.jsonl:7"))
    #expect(backend.screen.line(2).hasPrefix("    skipped record: not valid JSON"))
    #expect(backend.screen.line(3).hasPrefix("notes.pdf"))
    #expect(backend.screen.line(4).hasPrefix("    skipped: not an article (.pdf)"))
    #expect(backend.screen.line(29).contains("Warnings  line 1/4"))
    reader.press(.character("/"))
    reader.type("pdf")
    reader.press(.enter)
    #expect(reader.state.search.matches == [2, 3])
    reader.press(.character("q"), .character("q"))
    #expect(reader.state.screen == .articles)
    #expect(
      HelpScreen.lines(theme: reader.state.theme, keymap: .standard, width: 80).contains {
        $0.map(\.text).joined().contains("the files and records skipped or repaired while loading")
      })
  }

  @Test func withoutWarningsThereIsNoLineAndTheScreenSaysSo() {
    let (reader, backend) = reader()
    #expect(!backend.screen.line(0).contains("warning"))
    reader.press(.character("W"))
    #expect(backend.screen.line(1).hasPrefix("Every file was read."))
  }

  @Test func aRebindingIsWhatTheWarningsLineSays() throws {
    let backend = TestBackend(width: 120, height: 30, colorCount: 256)
    let keymap = try Keymap.standard.overriding(["warnings": ["!"]])
    let reader = ReaderSession(
      backend: backend,
      state: ReaderState(width: 120, height: 30, theme: Theme(colorCount: 256), keymap: keymap),
      mouse: true)
    reader.apply(.articlesLoaded(Self.archive, warnings: Self.warnings))
    reader.draw()
    #expect(backend.screen.line(0).hasSuffix("2 load warnings: ! to list"))
  }
}
