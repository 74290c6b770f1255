import Foundation
import Testing

@testable import QuotedriftEngine

@Suite struct ArticleLoaderTests {
  @Test func loadsFoldersRecursivelyInByteOrderSkippingHiddenFiles() throws {
    let folder = TemporaryFolder()
    folder.write("b.txt", "Second article\n\nText.")
    folder.write("a.txt", "First article\n\nText.")
    folder.write("sub/c.md", "# Third\n\nText.")
    folder.write(".hidden.txt", "Hidden\n")
    folder.write(".git/d.txt", "Hidden folder\n")
    let result = try ArticleLoader.load(paths: [folder.path])
    #expect(
      result.articles.map { ($0.path as NSString).lastPathComponent } == ["a.txt", "b.txt", "c.md"])
    #expect(result.articles.map(\.id) == ["a1", "a2", "a3"])
    #expect(result.articles.map(\.title) == ["First article", "Second article", "Third"])
  }

  @Test func aMissingPathIsAnError() {
    #expect(throws: LoadError.noSuchPath("/no/such/place")) {
      try ArticleLoader.load(paths: ["/no/such/place"])
    }
  }

  @Test func nothingReadableIsAnErrorNamingThePaths() {
    let folder = TemporaryFolder()
    folder.write("image.png", bytes: [0x89, 0x50, 0x4E, 0x47])
    let image = folder.url.appendingPathComponent("image.png").path
    #expect(
      throws: LoadError.noArticles(
        [folder.path],
        skipped: [
          LoadDiagnostic(
            path: image,
            reason: "skipped: not an article (.png; reads \(ArticleFormat.readableEndings))")
        ])
    ) {
      try ArticleLoader.load(paths: [folder.path])
    }
    #expect(
      LoadError.noArticles(["x"], skipped: []).description.contains("no readable article in x"))
  }

  @Test func skipsUnusableFilesWithAWarningNamingEach() throws {
    let folder = TemporaryFolder()
    folder.write("good.txt", "Good\n\nSome words here.")
    let empty = folder.write("empty.txt", "")
    let blank = folder.write("blank.txt", "  \n\t\n")
    let binary = folder.write("binary.txt", bytes: [0x41, 0x00, 0x42])
    let other = folder.write("notes.pdf", "%PDF")
    let result = try ArticleLoader.load(paths: [folder.path])
    #expect(result.articles.count == 1)
    let reasons = Dictionary(uniqueKeysWithValues: result.diagnostics.map { ($0.path, $0.reason) })
    #expect(reasons[empty] == "skipped: empty file")
    #expect(reasons[blank] == "skipped: only white space")
    #expect(reasons[binary] == "skipped: binary file")
    #expect(reasons[other]?.contains("not an article (.pdf") == true)
  }

  @Test func readsTextWithAStrayNULButSkipsUTF16() throws {
    let folder = TemporaryFolder()
    let text = Array("Title\n\nThe minister said the talks would resume on Monday.".utf8)
    let stray = folder.write("stray.txt", bytes: text + [0x00] + text)
    let utf16 = folder.write(
      "utf16.txt", bytes: Array("Some words here.".utf8).flatMap { [$0, 0] })
    let result = try ArticleLoader.load(paths: [folder.path])
    #expect(result.articles.map(\.path) == [stray])
    #expect(result.articles.first?.words.count ?? 0 > 10)
    #expect(result.diagnostics.map(\.path) == [utf16])
  }

  @Test func findsControlCharactersAndNULRunsWhereverTheyFall() {
    let text = Array("The minister said the talks would resume.".utf8)
    for position in 0..<(text.count - 1) {
      var withNULs = text
      withNULs[position] = 0
      #expect(!ArticleLoader.looksBinary(withNULs), "one NUL at \(position) is a stray")
      withNULs[position + 1] = 0
      #expect(ArticleLoader.looksBinary(withNULs), "two NULs at \(position) are binary")
    }
    var controls = text
    for position in stride(from: 3, to: controls.count, by: 9) { controls[position] = 0x01 }
    #expect(ArticleLoader.looksBinary(controls))
    #expect(!ArticleLoader.looksBinary(Array("Lines\n\tand\r\ntabs\u{0C}only.".utf8)))
  }

  @Test func skipsAFileLargerThanWordOffsetsReach() throws {
    let folder = TemporaryFolder()
    folder.write("good.txt", "Good\n\nWords.")
    let huge = folder.write("huge.txt", "Huge\n\nWords.")
    // A sparse file: its size is past 4 GiB, its disk use is nothing.
    #expect(truncate(huge, off_t(Tokenizer.maximumBytes) + 1) == 0)
    let result = try ArticleLoader.load(paths: [folder.path])
    #expect(result.articles.map(\.title) == ["Good"])
    #expect(result.diagnostics.map(\.reason) == ["skipped: larger than 4 GiB"])
  }

  @Test func skipsFIFOsWithoutOpeningThem() throws {
    let folder = TemporaryFolder()
    folder.write("good.txt", "Good\n\nWords.")
    let fifo = folder.url.appendingPathComponent("pipe.txt").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let result = try ArticleLoader.load(paths: [folder.path])
    #expect(result.articles.count == 1)
    #expect(
      result.diagnostics.contains { $0.path == fifo && $0.reason == "skipped: not a regular file" })
  }

  @Test func aFileThatVanishesOrChangesAfterListingIsSkippedWithAWarning() throws {
    let folder = TemporaryFolder()
    folder.write("good.txt", "Good\n\nWords.")
    let gone = folder.write("gone.txt", "Gone\n\nWords.")
    let swapped = folder.write("swapped.txt", "Swapped\n\nWords.")
    let piped = folder.write("piped.txt", "Piped\n\nWords.")
    let (files, skipped) = try ArticleFinder.files(in: [folder.path])
    #expect(files.count == 4 && skipped.isEmpty)
    try FileManager.default.removeItem(atPath: gone)
    try FileManager.default.removeItem(atPath: swapped)
    try FileManager.default.createDirectory(atPath: swapped, withIntermediateDirectories: false)
    try FileManager.default.removeItem(atPath: piped)
    #expect(mkfifo(piped, 0o644) == 0)
    let outcomes = files.map { ArticleLoader.read(path: $0) }
    #expect(outcomes.compactMap(\.article).map(\.title) == ["Good"])
    let reasons = Dictionary(
      uniqueKeysWithValues: outcomes.flatMap(\.diagnostics).map { ($0.path, $0.reason) })
    #expect(reasons[gone] == "skipped: cannot read (no such file or directory)")
    #expect(reasons[swapped] == "skipped: not a regular file")
    #expect(reasons[piped] == "skipped: not a regular file", "a FIFO is never waited on")
  }

  @Test func survivesSymbolicLinkLoops() throws {
    let folder = TemporaryFolder()
    folder.write("sub/good.txt", "Good\n\nWords.")
    try FileManager.default.createSymbolicLink(
      atPath: folder.url.appendingPathComponent("sub/loop").path, withDestinationPath: folder.path)
    let result = try ArticleLoader.load(paths: [folder.path])
    #expect(result.articles.count == 1)
  }

  @Test func decodesInvalidUTF8WithAWarningAndKeepsOffsets() throws {
    let folder = TemporaryFolder()
    let bytes: [UInt8] = Array("Title\n\nBad ".utf8) + [0xFF, 0xFE] + Array(" byte here.".utf8)
    let path = folder.write("bad.txt", bytes: bytes)
    let result = try ArticleLoader.load(paths: [path])
    #expect(
      result.diagnostics.map(\.reason) == ["invalid UTF-8 shown as U+FFFD (offsets unchanged)"])
    let article = result.articles[0]
    let byteWord = article.words.first { $0.norm(in: article.bytes) == "byte" }!
    #expect(Array(bytes[byteWord.start..<byteWord.end]) == Array("byte".utf8))
    #expect(article.text(0..<bytes.count).contains("\u{FFFD}"))
  }

  @Test func skipsAByteOrderMark() {
    let parsed = ArticleLoader.parse(
      bytes: [0xEF, 0xBB, 0xBF] + Array("Title line\n\nBody.".utf8), path: "x.txt")
    #expect(parsed.article?.title == "Title line")
    #expect(parsed.article?.bodyStart == 3)
    #expect(parsed.article?.words.first?.start == 3)
  }

  @Test(arguments: ["\n", "\r\n", "\r"])
  func theTitleIsTheFirstLineWhateverEndsIt(lineEnd: String) {
    let text = ["Title line", "", "Body one.", "Body two."].joined(separator: lineEnd)
    let parsed = ArticleLoader.parse(bytes: Array(text.utf8), path: "x.txt")
    #expect(parsed.article?.title == "Title line")
    #expect(parsed.article?.sentences.count == 3)
  }

  @Test func readsMarkdownFrontMatterWithYams() {
    let text = """
      ---
      title: "Milley's calls"
      outlet: Example News
      author: A. Writer
      date: 2021-09-15
      url: https://example.com/story
      ---
      # Heading

      Body text here.
      """
    let parsed = ArticleLoader.parse(bytes: Array(text.utf8), path: "story.md")
    let article = parsed.article!
    #expect(parsed.diagnostics.isEmpty)
    #expect(article.title == "Milley's calls")
    #expect(article.outlet == "Example News")
    #expect(article.author == "A. Writer")
    #expect(article.date == "2021-09-15")
    #expect(article.url == "https://example.com/story")
    #expect(
      article.words.indices.map(article.norm(ofWord:)) == ["heading", "body", "text", "here"])
  }

  @Test func markdownWithoutFrontMatterTakesItsFirstHeading() {
    let article = ArticleLoader.parse(bytes: Array("## The Heading\n\nBody.".utf8), path: "x.md")
      .article!
    #expect(article.title == "The Heading")
    #expect(article.outlet == nil)
  }

  @Test func invalidFrontMatterIsReportedAndTheBodyStillRead() {
    let text = "---\ntitle: [unclosed\n---\nBody words.\n"
    let parsed = ArticleLoader.parse(bytes: Array(text.utf8), path: "x.md")
    #expect(parsed.diagnostics.count == 1)
    #expect(parsed.diagnostics[0].reason.hasPrefix("front matter is not valid YAML"))
    #expect(parsed.article.map { $0.words.indices.map($0.norm(ofWord:)) } == ["body", "words"])
  }

  @Test func theSampleCorpusLoadsCompletely() throws {
    let result = try ArticleLoader.load(paths: [sampleArticlesPath])
    #expect(result.articles.count == 5)
    #expect(result.diagnostics.isEmpty)
    #expect(result.articles[1].title.hasPrefix("Pentagon Confirms Milley Conversations"))
  }
}
