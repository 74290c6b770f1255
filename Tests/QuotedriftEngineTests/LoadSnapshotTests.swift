import Foundation
import Testing

@testable import QuotedriftEngine

@Suite struct LoadSnapshotTests {
  /// Long after any file a test writes: no change counts as recent.
  private let later = FileStatus.now() + 3_600_000_000_000

  private func expectSame(_ first: [Article], _ second: [Article]) {
    #expect(first.count == second.count)
    for (a, b) in zip(first, second) {
      #expect(a.path == b.path)
      #expect(a.format == b.format)
      #expect(a.offsets == b.offsets)
      #expect(a.bytes == b.bytes)
      #expect(
        [a.title, a.outlet, a.author, a.date, a.modified, a.url]
          == [b.title, b.outlet, b.author, b.date, b.modified, b.url])
      #expect(a.captions == b.captions)
      #expect(a.bodyStart == b.bodyStart)
      #expect(a.words == b.words)
      #expect(a.sentences == b.sentences)
    }
  }

  @Test func articlesOfEveryFormatSurviveTheirPacking() throws {
    let folder = TemporaryFolder()
    folder.write(
      "front.md",
      "---\ntitle: Front matter\noutlet: The Outlet\ndate: 2021-09-15\n---\n# Heading\n\nU.S. officials said 1,000 \"troops\" left.\n\nA second paragraph."
    )
    folder.write(
      "feed.jsonl",
      #"{"title": "One", "text": "First record. It has words.", "url": "https://www.example.com/a"}"#
        + "\n" + #"{"title": "Two", "text": "Second record."}"# + "\n")
    let pages = packageRoot.appendingPathComponent("Tests/Fixtures/web-pages").path
    let loaded =
      try ArticleLoader.load(paths: [sampleArticlesPath, folder.path, pages]).articles
    #expect(Set(loaded.map(\.format)) == [.text, .markdown, .jsonLines, .html])
    for path in Set(loaded.map { $0.path.split(separator: "#")[0] }) {
      let articles = loaded.filter { $0.path.split(separator: "#")[0] == path }
      let fileBytes = articles[0].offsets == .file ? articles[0].bytes : nil
      let packed = ArticleArchive.pack(articles)
      let unpacked = try #require(ArticleArchive.unpack(packed, fileBytes: fileBytes))
      expectSame(unpacked, articles)
      #expect(ArticleArchive.pack(unpacked) == packed)
    }
  }

  @Test func damagedBytesOrAnotherFileGiveNothingAndNeverTrap() {
    let text = sampleAnalysis.articles[0]
    let packed = ArticleArchive.pack([text])
    #expect(ArticleArchive.unpack(packed, fileBytes: text.bytes) != nil)
    #expect(ArticleArchive.unpack(packed, fileBytes: nil) == nil, "a text file's bytes are needed")
    #expect(ArticleArchive.unpack(packed, fileBytes: Array(text.bytes.prefix(100))) == nil)
    #expect(ArticleArchive.unpack(Array(packed.dropLast()), fileBytes: text.bytes) == nil)
    #expect(ArticleArchive.unpack(packed + [0], fileBytes: text.bytes) == nil)
    #expect(ArticleArchive.unpack([], fileBytes: text.bytes) == nil)
    #expect(ArticleArchive.unpack([0], fileBytes: text.bytes) == nil, "no articles")
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      var damaged = packed
      damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(
        in: 0...255, using: &generator)
      if let unpacked = ArticleArchive.unpack(damaged, fileBytes: text.bytes) {
        for article in unpacked {
          #expect(article.words.allSatisfy { $0.end <= article.bytes.count })
          #expect(article.sentences.allSatisfy { $0.words.upperBound <= article.words.count })
        }
      }
    }
  }

  @Test func snapshotsSurviveTheirPacking() throws {
    let status = FileStatus(
      device: UInt64.max, inode: 7, size: 120, modified: 1_631_700_000_000_000_001,
      changed: 1_631_700_000_000_000_002)
    let fingerprint = ContentHash(high: 0x0123_4567_89AB_CDEF, low: 42)
    let snapshot = LoadSnapshot(entries: [
      "a.txt": .init(status: status, articles: [1, 2, 3], fingerprints: [fingerprint]),
      "b/c.md": .init(status: status, articles: [], fingerprints: []),
    ])
    let unpacked = try #require(LoadSnapshot.unpack(snapshot.pack()))
    #expect(unpacked.entries.count == 2)
    #expect(unpacked.entries["a.txt"]?.status == status)
    #expect(unpacked.entries["a.txt"].map { Array($0.articles) } == [1, 2, 3])
    #expect(unpacked.entries["a.txt"]?.fingerprints == [fingerprint])
    #expect(unpacked.entries["b/c.md"]?.fingerprints == [])
    #expect(unpacked.entries["b/c.md"]?.articles.isEmpty == true)
    #expect(LoadSnapshot.unpack(Array(snapshot.pack().dropLast())) == nil)
    #expect(LoadSnapshot.unpack([]) == nil)
  }

  @Test func unchangedFilesAreUnpackedAndChangedOrNewOnesParsed() throws {
    let folder = TemporaryFolder()
    folder.write("a.txt", "First article\n\nThe general called his counterpart twice.")
    folder.write("b.txt", "Second article\n\nThe spokesman said the calls were routine.")
    let c = folder.write("c.txt", "Third article\n\nOfficials declined to comment.")
    let plain = try ArticleLoader.load(paths: [folder.path])

    let first = try ArticleLoader.load(
      paths: [folder.path], remembering: LoadSnapshot(), now: later)
    #expect(first.filesRemembered == 0)
    #expect(first.snapshotChanged)
    let snapshot = try #require(first.snapshot)
    #expect(snapshot.entries.count == 3)
    expectSame(first.articles, plain.articles)

    let again = try ArticleLoader.load(paths: [folder.path], remembering: snapshot, now: later)
    #expect(again.filesRemembered == 3)
    #expect(!again.snapshotChanged)
    #expect(again.articles.map(\.id) == ["a1", "a2", "a3"])
    expectSame(again.articles, plain.articles)

    folder.write("b.txt", "Second article\n\nThe spokesman said the calls were not routine.")
    try FileManager.default.removeItem(atPath: c)
    folder.write("d.txt", "Fourth article\n\nA new one.")
    let changed = try ArticleLoader.load(paths: [folder.path], remembering: snapshot, now: later)
    #expect(changed.filesRemembered == 1)
    #expect(changed.snapshotChanged)
    #expect(
      changed.snapshot?.entries.keys.sorted().map { ($0 as NSString).lastPathComponent } == [
        "a.txt", "b.txt", "d.txt",
      ])
    #expect(changed.articles[1].text(ofWord: changed.articles[1].words.count - 2) == "not")
    expectSame(changed.articles, try ArticleLoader.load(paths: [folder.path]).articles)

    let removedOnly = try ArticleLoader.load(
      paths: [folder.path], remembering: changed.snapshot, now: later)
    #expect(removedOnly.filesRemembered == 3)
    #expect(!removedOnly.snapshotChanged)
  }

  @Test func recentChangesAndFilesWithDiagnosticsAreNotRemembered() throws {
    let folder = TemporaryFolder()
    folder.write("fresh.txt", "Fresh article\n\nJust written.")
    folder.write(
      "invalid.txt", bytes: Array("Invalid article\n\nBad ".utf8) + [0xFF] + Array(" byte.".utf8))
    let now = try ArticleLoader.load(paths: [folder.path], remembering: LoadSnapshot())
    #expect(now.snapshot?.entries.isEmpty == true, "changed within the racy window")
    let later = try ArticleLoader.load(
      paths: [folder.path], remembering: LoadSnapshot(), now: later)
    #expect(
      later.snapshot?.entries.keys.map { ($0 as NSString).lastPathComponent } == ["fresh.txt"])
    #expect(later.diagnostics.count == 1)
    let status = try #require(later.snapshot?.entries.values.first?.status)
    #expect(status.isRacy(at: status.changed + FileStatus.racyWindow - 1))
    #expect(!status.isRacy(at: status.changed + FileStatus.racyWindow))
  }

  @Test func aRememberedFileThatNoLongerFitsIsParsedAgain() throws {
    let folder = TemporaryFolder()
    let path = folder.write("a.txt", "First article\n\nThe general called his counterpart twice.")
    let first = try ArticleLoader.load(
      paths: [folder.path], remembering: LoadSnapshot(), now: later)
    var snapshot = try #require(first.snapshot)
    let status = try #require(snapshot.entries[path]).status
    snapshot.entries[path] = LoadSnapshot.Entry(
      status: status, articles: [0xFF, 0xFF], fingerprints: [])
    let again = try ArticleLoader.load(paths: [folder.path], remembering: snapshot, now: later)
    #expect(again.filesRemembered == 0)
    #expect(again.snapshotChanged)
    expectSame(again.articles, first.articles)
  }

  @Test func aLoadsFingerprintsComeFromTheFilesStatusWhenNoneChanged() throws {
    let folder = TemporaryFolder()
    folder.write("a.txt", "First article\n\nThe general called his counterpart twice.")
    let b = folder.write("b.md", "# Second article\n\nThe spokesman said the calls were routine.")
    folder.write("notes.pdf", "not an article")
    let first = try ArticleLoader.load(
      paths: [folder.path], remembering: LoadSnapshot(), now: later)
    let snapshot = try #require(first.snapshot)
    #expect(first.fingerprints == first.articles.map(\.fingerprint))
    let remembered = try #require(
      try ArticleLoader.fingerprints(of: [folder.path], remembering: snapshot, now: later))
    #expect(remembered.fingerprints == first.fingerprints)
    #expect(remembered.skipped.map(\.path) == [folder.path + "/notes.pdf"])
    let again = try ArticleLoader.load(paths: [folder.path], remembering: snapshot, now: later)
    #expect(again.filesRemembered == 2 && again.fingerprints == first.fingerprints)
    // Changed within the racy window of now, or since: the status no longer vouches.
    #expect(
      try ArticleLoader.fingerprints(
        of: [folder.path], remembering: snapshot, now: FileStatus.now()) == nil)
    folder.write("c.txt", "Third article\n\nOfficials declined to comment.")
    #expect(
      try ArticleLoader.fingerprints(of: [folder.path], remembering: snapshot, now: later) == nil)
    try FileManager.default.removeItem(atPath: folder.path + "/c.txt")
    folder.write("b.md", "# Second article\n\nThe spokesman said the calls were ordinary.")
    #expect(
      try ArticleLoader.fingerprints(of: [folder.path], remembering: snapshot, now: later) == nil)
    try FileManager.default.removeItem(atPath: b)
    #expect(
      try ArticleLoader.fingerprints(of: [folder.path], remembering: snapshot, now: later) == nil)
  }

  @Test func aFingerprintChangesWithAnythingTheStatementsShow() {
    let base = article("A title\n\nThe general called his counterpart twice.", path: "a.txt")
    var renamed = base
    renamed.path = "b.txt"
    var retitled = base
    retitled.title = "Another title"
    var dated = base
    dated.date = "2021-09-15"
    var renumbered = base
    renumbered.id = "a9"
    let fingerprints = [base, renamed, retitled, dated].map(\.fingerprint)
    #expect(Set(fingerprints).count == 4)
    #expect(renumbered.fingerprint == base.fingerprint, "the id is the place in the load")
  }
}
