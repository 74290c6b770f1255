import Foundation
import GRDB
import Testing

@testable import QuotedriftCache
@testable import QuotedriftEngine

/// The persistent index: what it reuses, and that reusing never changes a statement.
@Suite struct CacheTests {
  let sample = try! ArticleLoader.load(paths: [sampleArticlesPath]).articles

  /// The statements of `articles` as JSON, through `cache` (nil: uncached), whether they came
  /// from the cache, and its warnings.
  func statements(
    _ articles: [Article], cache: AnalysisCache?, settings: MatchingSettings = MatchingSettings()
  ) -> (json: [UInt8], fromCache: Bool, warnings: [String]) {
    let numbered = articles.enumerated().map { index, article in
      var article = article
      article.id = "a\(index + 1)"
      return article
    }
    let outcome = CachedAnalysis.analyze(
      articles: numbered, lexicon: sharedLexicon, settings: settings, cache: cache)
    return (
      StatementsJSON.encode(outcome.analysis.statements, of: outcome.analysis), outcome.fromCache,
      outcome.warnings
    )
  }

  /// An article that carries Butler's statement, reworded, and a sentence of its own.
  var newArticle: Article {
    article(
      """
      Milley's calls, again

      "The chairman regularly communicates with chiefs of defense across the world, including \
      with China and Russia," Col. Dave Butler said in a statement. The weather was fine.
      """, path: "new.txt")
  }

  /// A folder of two short articles.
  func twoArticles() -> TemporaryFolder {
    let articles = TemporaryFolder()
    articles.write("a.txt", "First article\n\nThe general called his counterpart twice.")
    articles.write("b.txt", "Second article\n\nThe spokesman said the calls were routine.")
    return articles
  }

  /// An hour from now: no file written by a test changed too recently to be remembered.
  static var later: Int64 { FileStatus.now() + 3_600_000_000_000 }

  @Test func loadingThroughTheCacheUnpacksTheFilesItKept() throws {
    let articles = twoArticles()
    let later = Self.later
    let cacheFolder = TemporaryFolder()
    let cache = try AnalysisCache(folder: cacheFolder.path)
    let first = try CachedLoading.load(paths: [articles.path], cache: cache, now: later)
    let again = try CachedLoading.load(paths: [articles.path], cache: cache, now: later)
    let uncached = try CachedLoading.load(paths: [articles.path], cache: nil, now: later)
    #expect(first.filesRemembered == 0)
    #expect(again.filesRemembered == 2)
    #expect(uncached.filesRemembered == 0 && uncached.snapshot == nil)
    #expect(again.articles.map(\.bytes) == first.articles.map(\.bytes))
    #expect(again.articles.map(\.words.count) == uncached.articles.map(\.words.count))
  }

  @Test func theSnapshotWrittenInTheBackgroundIsStoredWhenTheAnalysisReturns() throws {
    let articles = twoArticles()
    let later = Self.later
    let cacheFolder = TemporaryFolder()
    let cache = try AnalysisCache(folder: cacheFolder.path)
    let loaded = try CachedLoading.load(paths: [articles.path], cache: cache, now: later)
    _ = statements(loaded.articles, cache: cache)
    // Another process's view: a connection of its own, which waits for nothing of this one's.
    let other = try AnalysisCache(folder: cacheFolder.path)
    #expect(try other.snapshot(of: [articles.path])?.entries.count == 2)
    let again = try CachedLoading.load(paths: [articles.path], cache: other, now: later)
    #expect(again.filesRemembered == 2)
    #expect(statements(again.articles, cache: other).fromCache)
  }

  @Test func aFolderGivenWithOneMoreFileIsStillRemembered() throws {
    let articles = twoArticles()
    let elsewhere = TemporaryFolder()
    let extra = elsewhere.write("c.txt", "Third article\n\nOfficials declined to comment.")
    let later = Self.later
    let cacheFolder = TemporaryFolder()
    let cache = try AnalysisCache(folder: cacheFolder.path)
    _ = try CachedLoading.load(paths: [articles.path], cache: cache, now: later)
    let added = try CachedLoading.load(paths: [articles.path, extra], cache: cache, now: later)
    #expect(added.filesRemembered == 2)
    #expect(added.articles.count == 3)
    let again = try CachedLoading.load(paths: [articles.path, extra], cache: cache, now: later)
    #expect(again.filesRemembered == 3)
    let alone = try CachedLoading.load(paths: [extra], cache: cache, now: later)
    #expect(alone.filesRemembered == 1 && alone.articles.count == 1)
  }

  @Test func aKeptEntryThatNoLongerUnpacksIsWrittenAgain() throws {
    let articles = TemporaryFolder()
    let path = articles.write("a.txt", "First article\n\nThe general called his counterpart twice.")
    let later = Self.later
    let cacheFolder = TemporaryFolder()
    let cache = try AnalysisCache(folder: cacheFolder.path)
    let first = try CachedLoading.load(paths: [articles.path], cache: cache, now: later)
    let status = try #require(first.snapshot?.entries[path]).status
    let damaged = LoadSnapshot(entries: [
      path: .init(status: status, articles: [0xFF, 0xFF], fingerprints: [])
    ])
    try cache.store(damaged, of: [articles.path], previous: nil)
    let parsed = try CachedLoading.load(paths: [articles.path], cache: cache, now: later)
    #expect(parsed.filesRemembered == 0)
    let again = try CachedLoading.load(paths: [articles.path], cache: cache, now: later)
    #expect(again.filesRemembered == 1, "the damaged entry was replaced")
  }

  @Test func reopeningUnchangedArticlesLoadsTheSameStatements() throws {
    let folder = TemporaryFolder()
    let cache = try AnalysisCache(folder: folder.path)
    let uncached = statements(sample, cache: nil)
    let cold = statements(sample, cache: cache)
    let warm = statements(sample, cache: cache)
    #expect(!cold.fromCache && cold.warnings.isEmpty)
    #expect(warm.fromCache && warm.warnings.isEmpty)
    #expect(cold.json == uncached.json)
    #expect(warm.json == uncached.json)
    #expect(statements(sample, cache: try AnalysisCache(folder: folder.path)).fromCache)
  }

  @Test func addingChangingOrRemovingAnArticleFindsTheStatementsAgain() throws {
    let folder = TemporaryFolder()
    let cache = try AnalysisCache(folder: folder.path)
    _ = statements(sample, cache: cache)
    var changed = sample
    changed[2] = ArticleLoader.parse(
      bytes: sample[2].bytes + Array(" The chairman said nothing more about it.".utf8),
      path: sample[2].path
    ).article!
    var redated = sample
    redated[1].date = "1999-01-01"
    for articles in [
      sample + [newArticle], changed, Array(sample.dropFirst()), [newArticle] + sample, redated,
    ] {
      let uncached = statements(articles, cache: nil)
      let cached = statements(articles, cache: cache)
      #expect(!cached.fromCache)
      #expect(cached.json == uncached.json)
      let reopened = statements(articles, cache: cache)
      #expect(reopened.fromCache && reopened.json == uncached.json)
    }
    #expect(statements(sample, cache: cache).fromCache)
  }

  @Test func otherSettingsAreCachedApart() throws {
    let folder = TemporaryFolder()
    let cache = try AnalysisCache(folder: folder.path)
    var settings = MatchingSettings()
    settings.sensitivity = 1.5
    _ = statements(sample, cache: cache)
    let other = statements(sample, cache: cache, settings: settings)
    #expect(!other.fromCache)
    #expect(other.json == statements(sample, cache: nil, settings: settings).json)
    #expect(statements(sample, cache: cache, settings: settings).fromCache)
    #expect(statements(sample, cache: cache).fromCache)
  }

  @Test func aRestoredAnalysisRebasesAsAFreshOneDoes() throws {
    let folder = TemporaryFolder()
    let cache = try AnalysisCache(folder: folder.path)
    let fresh = CachedAnalysis.analyze(
      articles: sample, lexicon: sharedLexicon, settings: MatchingSettings(), cache: cache)
    let restored = CachedAnalysis.analyze(
      articles: sample, lexicon: sharedLexicon, settings: MatchingSettings(), cache: cache)
    #expect(restored.fromCache)
    let statement = try #require(fresh.analysis.statements.first { $0.versions.count > 2 })
    let again = try #require(restored.analysis.statements.first { $0.id == statement.id })
    let rebasedFresh = fresh.analysis.rebased(statement, onVersion: 1)
    let rebasedRestored = restored.analysis.rebased(again, onVersion: 1)
    #expect(
      StatementsJSON.encode([rebasedFresh], of: fresh.analysis)
        == StatementsJSON.encode([rebasedRestored], of: restored.analysis))
  }

  @Test func storedStatementsThatDoNotFitTheArticlesAreNotUsed() throws {
    let folder = TemporaryFolder()
    let cache = try AnalysisCache(folder: folder.path)
    let key = AnalysisKey(articles: sample, settings: MatchingSettings(), lexicon: sharedLexicon)
    var statement = try #require(sampleAnalysis.statements.first)
    statement.versions[0].passages[0].words = 0..<1_000_000
    try cache.store([statement], articleCount: sample.count, for: key)
    #expect(try cache.statements(for: key, of: sample) == nil)
    try cache.store(sampleAnalysis.statements, articleCount: sample.count, for: key)
    #expect(try cache.statements(for: key, of: sample)?.count == sampleAnalysis.statements.count)
  }

  @Test func aCacheWrittenByAnotherVersionIsRebuilt() throws {
    let folder = TemporaryFolder()
    _ = statements(sample, cache: try AnalysisCache(folder: folder.path))
    let database = try DatabaseQueue(path: CacheLocation.database(in: folder.path))
    try database.write { db in
      try db.execute(sql: "UPDATE meta SET value = 'quotedrift 0.0.1 schema 1 analysis 0'")
      try db.execute(sql: "UPDATE analyses SET statements = x'00'")
    }
    try database.close()
    let cache = try AnalysisCache(folder: folder.path)
    let reopened = statements(sample, cache: cache)
    #expect(!reopened.fromCache, "nothing of the old version is read")
    #expect(reopened.json == statements(sample, cache: nil).json)
    let stamp = try DatabaseQueue(path: CacheLocation.database(in: folder.path)).read { db in
      try String.fetchOne(db, sql: "SELECT value FROM meta")
    }
    #expect(stamp == CacheSchema.stamp)
    #expect(statements(sample, cache: cache).fromCache)
  }

  @Test func aDamagedDatabaseIsMadeAnew() throws {
    let folder = TemporaryFolder()
    folder.write("index.sqlite", String(repeating: "not a database ", count: 400))
    let cache = try AnalysisCache(folder: folder.path)
    #expect(!statements(sample, cache: cache).fromCache)
    #expect(statements(sample, cache: cache).fromCache)
  }

  @Test func theFolderIsXDGCacheHomeElseTheHomeCache() {
    #expect(
      CacheLocation.folder(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]) == "/x/quotedrift")
    #expect(
      CacheLocation.folder(environment: ["XDG_CACHE_HOME": "rel", "HOME": "/h"])
        == "/h/.cache/quotedrift")
    #expect(CacheLocation.folder(environment: ["HOME": "/h"]) == "/h/.cache/quotedrift")
  }

  @Test func contentHashesAreStableAcrossRuns() {
    var hasher = ContentHasher()
    hasher.add("The chairman regularly communicates")
    let hash = hasher.finish()
    #expect(ContentHash(bytes: hash.bytes) == hash)
    var other = ContentHasher()
    other.add("The chairman regularly communicate")
    #expect(other.finish() != hash)
    #expect(hash.bytes.map { String($0, radix: 16) }.joined() == "cb5bdec5a6c34e415ed9beab80514ff9")
  }

  @Test func statementsSurviveTheirPackingAndDamagedBytesGiveNothing() throws {
    let statements = sampleAnalysis.statements
    let packed = StatementArchive.pack(statements)
    let unpacked = try #require(StatementArchive.unpack(packed))
    #expect(StatementArchive.pack(unpacked) == packed)
    #expect(
      StatementsJSON.encode(unpacked, of: sampleAnalysis)
        == StatementsJSON.encode(statements, of: sampleAnalysis))
    #expect(StatementArchive.unpack(Array(packed.dropLast())) == nil)
    #expect(StatementArchive.unpack(packed + [0]) == nil)
    #expect(
      StatementArchive.unpack([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]) == nil)
    #expect(StatementArchive.unpack([]) == nil)
    #expect(StatementArchive.unpack([0])?.isEmpty == true)
  }

  @Test func manyStatementsGoInChunksAndComeBackInOrder() throws {
    let statements = (0..<150).flatMap { round in
      sampleAnalysis.statements.map { statement in
        var copy = statement
        copy.id = "s\(round)-\(statement.id)"
        return copy
      }
    }
    let packed = StatementArchive.pack(statements)
    let unpacked = try #require(StatementArchive.unpack(packed))
    #expect(unpacked.map(\.id) == statements.map(\.id))
    #expect(StatementArchive.pack(unpacked) == packed)
    var reader = PackedReader(packed)
    let chunks = try #require(reader.list { $0.bytesRange() })
    #expect(chunks.count > 1)
    // The last chunk claims more statements than it holds: the whole archive is refused.
    var damaged = packed
    damaged[chunks[chunks.count - 1].lowerBound] = 0x7E
    #expect(StatementArchive.unpack(damaged) == nil)
  }
}
