import Foundation
import Testing

@testable import QuotedriftEngine

/// Saved web pages read as articles: the body without the page's chrome, the metadata from the
/// best source present, the page's charset, gzip, and pages that are no article at all.
@Suite struct WebPageArticleTests {
  static let folder = packageRoot.appendingPathComponent("Tests/Fixtures/web-pages").path

  func page(_ name: String) -> Article {
    ArticleLoader.read(path: Self.folder + "/" + name).article!
  }

  func body(_ article: Article) -> String { article.text(article.bodyStart..<article.bytes.count) }

  /// Text of the page chrome in the fixtures: none of it may reach an article's body.
  static let chrome = [
    "cookie", "Share this", "Facebook", "Related stories", "Council approves budget",
    "riverside_mom", "four days now", "Harbor Street broke twice", "Leave a reply",
    "Sign up for our newsletter", "morning briefing", "Copyright", "Privacy policy", "Most read",
    "Ferry timetable", "Advertisement", "Tags:", "By Dana Whitfield", "Politics",
  ]

  @Test(arguments: ["metro-wire.html", "harbor-gazette.htm", "eastside-daily.html.gz"])
  func theBodyKeepsTheArticleAndNoneOfTheChrome(name: String) {
    let text = body(page(name))
    for fragment in Self.chrome {
      #expect(!text.contains(fragment), "\(name) kept \"\(fragment)\"")
    }
    #expect(text.contains("Maria Delgado"))
    #expect(!text.contains(page(name).title), "the headline is the title, not body text")
  }

  @Test func paragraphsStayParagraphs() {
    let article = page("metro-wire.html")
    let paragraphs = Set(article.sentences.map(\.paragraph))
    #expect(paragraphs.count == 5, "a caption and four paragraphs")
    #expect(body(article).contains("\n\n\"The boil-water advisory remains in effect"))
  }

  @Test func captionsAreMarkedAndNeverFormAStatement() {
    let article = page("metro-wire.html")
    #expect(article.captions.count == 1)
    #expect(article.text(article.captions[0]).hasPrefix("Crews work on the damaged water main"))
    let gazette = page("harbor-gazette.htm")
    #expect(
      gazette.captions.map { gazette.text($0) } == [
        "Bottled water is handed out at the Eastside Community Centre."
      ])
  }

  @Test func metadataComesFromJSONLDFirst() {
    let article = page("metro-wire.html")
    #expect(article.format == .html)
    #expect(article.offsets == .text)
    #expect(article.title == "Boil-water advisory stays in place for eastern districts")
    #expect(article.outlet == "Metro Wire")
    #expect(article.author == "Dana Whitfield")
    #expect(article.date == "2024-03-04T14:15:00Z", "in UTC")
    #expect(article.modified == "2024-03-04T16:40:00Z")
    #expect(article.url == "https://www.metrowire.example/news/2024/03/04/boil-water-advisory")
  }

  @Test func openGraphAndPlainMetaFillIn() {
    let gazette = page("harbor-gazette.htm")
    #expect(gazette.title == "Eastern districts to boil water until Friday")
    #expect(gazette.outlet == "The Harbor Gazette")
    #expect(gazette.author == "Sam Ortiz")
    #expect(gazette.date == "2024-03-05T07:30:00Z")
    let daily = page("eastside-daily.html.gz")
    #expect(daily.outlet == "eastside-daily.example", "the host of the canonical URL")
    #expect(daily.author == "Priya Nair")
    #expect(daily.date == "2024-03-06")
  }

  @Test func aWindows1252PageIsDecoded() {
    let text = body(page("harbor-gazette.htm"))
    #expect(text.contains("\u{201C}We anticipate lifting it"))
    #expect(text.contains("Café owners"))
  }

  @Test func aPageWithNoArticleIsSkippedWithOneWarning() {
    let outcome = ArticleLoader.read(path: Self.folder + "/not-found.html")
    #expect(outcome.articles.isEmpty)
    #expect(
      outcome.diagnostics.map(\.reason) == [
        "skipped: no article text found (a home page or an error page?)"
      ])
  }

  @Test func theStatementIsFoundAcrossThePagesAndTheEarliestIsTheReference() throws {
    let loaded = try ArticleLoader.load(paths: [Self.folder])
    #expect(loaded.articles.count == 3)
    #expect(
      loaded.diagnostics.map(\.path).map { ($0 as NSString).lastPathComponent } == [
        "not-found.html"
      ])
    let analysis = Analysis(articles: loaded.articles, lexicon: sharedLexicon)
    let statement = try #require(
      analysis.statements.first { $0.versions.count == 3 }, "one statement in all three pages")
    let reference = analysis.corpus.articles[statement.reference.article]
    #expect(reference.outlet == "Metro Wire", "the earliest page by date")
    #expect(statement.speaker == "Maria Delgado")
  }

  // MARK: Charsets, compression and bad input

  func parse(_ bytes: [UInt8], _ name: String = "page.html") -> ArticleLoader.Outcome {
    ArticleLoader.parse(bytes: bytes, path: name)
  }

  static let paragraph =
    "The council voted on Tuesday to rebuild the bridge, and work is to start in the spring."

  @Test func aLyingCharsetIsReadAsWindows1252WithAWarning() {
    let page =
      "<html><head><meta charset=\"utf-8\"></head><body><p>\(Self.paragraph) Caf\u{E9} cr\u{E8}me.</p></body></html>"
    let outcome = parse(Array(page.data(using: .isoLatin1)!))
    #expect(body(outcome.article!).hasSuffix("Café crème."))
    #expect(
      outcome.diagnostics.map(\.reason) == ["declares UTF-8 but is not: read as windows-1252"])
  }

  @Test func invalidUTF8IsReplacedWithAWarning() {
    var bytes = Array("<html><body><p>\(Self.paragraph) Caf\u{E9} ".utf8)
    bytes += [0xFF, 0xFE, 0x41]
    bytes += Array("</p></body></html>".utf8)
    let outcome = parse(bytes)
    #expect(body(outcome.article!).contains("Café \u{FFFD}\u{FFFD}A"))
    #expect(outcome.diagnostics.map(\.reason) == ["invalid UTF-8 shown as U+FFFD"])
  }

  @Test func aUTF16PageWithAByteOrderMarkIsRead() {
    let page = "<html><body><p>\(Self.paragraph)</p></body></html>"
    let bytes: [UInt8] = [0xFF, 0xFE] + Array(page.data(using: .utf16LittleEndian)!)
    #expect(body(parse(bytes).article!) == Self.paragraph)
  }

  @Test func legacyCharsetsGoThroughIconv() {
    let page =
      "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=koi8-r\"></head><body><p>\(Self.paragraph) Москва.</p></body></html>"
    let koi8 = Array(page.data(using: String.Encoding(rawValue: 0x8000_0A02))!)
    #expect(body(parse(koi8).article!).hasSuffix("Москва."))
  }

  @Test func aTruncatedGzipPageKeepsWhatWasThereWithAWarning() throws {
    let gzipped = try #require(
      FileManager.default.contents(atPath: Self.folder + "/eastside-daily.html.gz"))
    let cut = Array(gzipped.prefix(gzipped.count * 3 / 4))
    let outcome = parse(cut, "cut.html.gz")
    #expect(outcome.article != nil)
    #expect(outcome.diagnostics.map(\.reason).contains("gzip data ends early: read what was there"))
    let notGzip = parse([0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02], "bad.html.gz")
    #expect(notGzip.articles.isEmpty)
    #expect(notGzip.diagnostics.count == 1)
  }

  @Test func malformedAndTruncatedMarkupKeepsItsText() {
    let truncated = "<html><head><title>T</title></head><body><article><p>\(Self.paragraph) And th"
    let outcome = parse(Array(truncated.utf8))
    #expect(outcome.article != nil)
    #expect(body(outcome.article!).hasSuffix("And th"))
  }

  @Test func textDeeperThanLibxml2sDefaultLimitIsKept() {
    // 100,000 levels of <div>, and 400 unclosed <font> tags as old pages have: libxml2 stops at
    // 256 levels unless told otherwise, and the text below would be lost.
    let deep =
      "<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>\(Self.paragraph)</p>"
    #expect(body(parse(Array(deep.utf8)).article!) == Self.paragraph)
    let fonts =
      "<html><body>" + String(repeating: "<font size=2>", count: 400)
      + "<p>\(Self.paragraph)</p><p>A second paragraph, after the first, in the same page.</p>"
    #expect(
      body(parse(Array(fonts.utf8)).article!)
        == Self.paragraph + "\n\nA second paragraph, after the first, in the same page.")
    let inline = "<p>\(Self.paragraph)</p>" + String(repeating: "<span><i>", count: 50_000) + "x"
    #expect(parse(Array(inline.utf8)).article != nil)
  }

  @Test func manyEmptyGzipMembersAreReadQuickly() throws {
    // An empty gzip member is 20 bytes; a file of 100,000 of them once took a quadratic copy.
    let empty: [UInt8] = [
      0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x03, 0x00, 0x00, 0x00, 0x00,
      0x00, 0x00, 0x00, 0x00, 0x00,
    ]
    let page = try #require(
      FileManager.default.contents(atPath: Self.folder + "/eastside-daily.html.gz"))
    let bytes = Array(page) + Array((0..<100_000).map { _ in empty }.joined())
    let outcome = parse(bytes, "many.html.gz")
    #expect(outcome.article?.outlet == "eastside-daily.example")
    #expect(outcome.diagnostics.isEmpty)
  }

  @Test func aGzipHeaderWithNothingAfterItIsCorrupt() {
    let outcome = parse([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03], "h.html.gz")
    #expect(outcome.diagnostics.map(\.reason) == ["skipped: gzip data is corrupt"])
  }

  @Test func charsetLabelsBrowsersIgnoreAreIgnored() {
    for label in ["unicode", "utf-7", "utf-32", "cp037", "ucs-4"] {
      let page =
        "<html><head><meta charset=\"\(label)\"></head><body><p>\(Self.paragraph)</p></body></html>"
      #expect(body(parse(Array(page.utf8)).article!) == Self.paragraph, "\(label)")
    }
  }

  @Test func aLoneSurrogateInUTF16SpoilsOneCharacterOnly() {
    let page = Array("<html><body><p>\(Self.paragraph) ".utf16)
    let after = Array(" After the bad unit.</p></body></html>".utf16)
    let units = page + [0xD800] + after
    let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let outcome = parse(bytes)
    #expect(body(outcome.article!).hasSuffix("\u{FFFD} After the bad unit."))
    #expect(outcome.diagnostics.map(\.reason) == ["bytes not valid in UTF-16 shown as U+FFFD"])
  }

  @Test func aLineBreakKeepsItsParagraphAndCaptionWordsOnInlineElementsMarkNothing() {
    let page = """
      <html><body><article><p>\(Self.paragraph)<br>A second line of the same paragraph, with \
      <span class="has-caption">an inline span</span> in it.</p></article></body></html>
      """
    let article = parse(Array(page.utf8)).article!
    #expect(body(article).contains("spring.\nA second line"))
    #expect(article.captions.isEmpty)
  }

  @Test func aShortLineIsBoilerplateOnlyWhenItQuotesNoOne() {
    let page = """
      <html><body><article><p>\(Self.paragraph)</p><p>Advertisement</p>
      <p>“Sign up was slow,” she said.</p></article></body></html>
      """
    let text = body(parse(Array(page.utf8)).article!)
    #expect(!text.contains("Advertisement"))
    #expect(text.contains("“Sign up was slow,” she said."))
  }

  @Test func markupInMetadataIsText() {
    let page = """
      <html><head><title>Title &amp; more</title>
      <meta property="og:site_name" content="Site &#8220;One&#8221;\u{1B}]0;owned\u{07}">
      </head><body><p>\(Self.paragraph)</p></body></html>
      """
    let article = parse(Array(page.utf8)).article!
    #expect(article.title == "Title & more")
    #expect(article.outlet?.hasPrefix("Site \u{201C}One\u{201D}") == true)
    #expect(
      MetadataText.decodedReferences("It&#146;s &#0; &#x2014;") == "It\u{2019}s &#0; \u{2014}")
  }

  @Test(
    arguments: [
      ("2024-03-04T09:15:00-05:00", "2024-03-04T14:15:00Z"),
      ("2024-03-04T09:15:00.250Z", "2024-03-04T09:15:00Z"),
      ("2024-03-04", "2024-03-04"),
      ("Wed, 06 Mar 2024 10:00:00 GMT", "2024-03-06T10:00:00Z"),
      ("March 6, 2024", "2024-03-06"),
      ("6 March 2024", "2024-03-06"),
      ("Nov. 20, 2019", "2019-11-20"),
      ("01:38:07 PM IST Nov 20, 2019", "2019-11-20"),
      ("https://example.com/news/2019/11/18/story", "2019-11-18"),
      ("0001-01-01T00:00:00Z", nil),
      ("Feb 31, 2019", nil),
      ("The mayor said on 12 market days in 2019", nil),
      ("Posted Sept. 9, 2021 by staff", "2021-09-09"),
      ("soon", nil),
    ] as [(String, String?)])
  func datesAreReadAsPagesWriteThem(text: String, expected: String?) {
    #expect(PageDate.normalised(text) == expected)
  }
}

/// A caption two pages share word for word is still no statement.
@Suite struct SharedCaptionTests {
  @Test func aCaptionBothPagesCarryIsNoStatement() throws {
    let caption =
      "Crews from the city water utility work through the night to replace the broken main under Harbor Street."
    func page(_ body: String) -> Article {
      let html =
        "<html><body><article><figure><img src=x><figcaption>\(caption)</figcaption></figure>\(body)</article></body></html>"
      return ArticleLoader.parse(bytes: Array(html.utf8), path: "page.html").article!
    }
    let first = page(
      "<p>The council met on Tuesday evening to discuss the budget for the coming year and the schools.</p>"
    )
    var second = page(
      "<p>A late frost damaged the orchards in the valley, and growers fear the harvest will be small.</p>"
    )
    second.id = "a2"
    #expect(first.captions.count == 1)
    let analysis = Analysis(articles: [first, second], lexicon: sharedLexicon)
    #expect(analysis.statements.isEmpty)
  }
}
