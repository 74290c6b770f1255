import Foundation
import GRDB
import QuotedriftEngine

/// The persistent index: an SQLite database in the cache folder that keeps what matching found,
/// so that reopening a folder loads its analysis and a changed folder matches again only what
/// changed (see DESIGN.md).
///
/// Every write is one transaction in write-ahead-log mode, so a process killed mid-write leaves
/// the last whole state, and a second process reads while one writes and waits its turn to
/// write. A database that is damaged or written by another version is emptied and made anew.
public final class AnalysisCache {
  /// The cache folder.
  public let folder: String
  private let database: DatabaseQueue

  /// Opens (making it when needed) the cache in `folder`.
  public init(folder: String = CacheLocation.folder()) throws(CacheFailure) {
    self.folder = folder
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw CacheFailure(folder: folder, reason: "the folder cannot be made")
    }
    guard FileManager.default.isWritableFile(atPath: folder) else {
      throw CacheFailure(folder: folder, reason: "the folder is read-only")
    }
    let path = CacheLocation.database(in: folder)
    do {
      database = try Self.open(path)
    } catch let error as DatabaseError
      where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
    {
      do {
        try Self.remove(databaseAt: path)
        database = try Self.open(path)
      } catch {
        throw CacheFailure(folder: folder, error)
      }
    } catch {
      throw CacheFailure(folder: folder, error)
    }
  }

  private static func open(_ path: String) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.journalMode = .wal
    configuration.busyMode = .timeout(30)
    configuration.label = "quotedrift cache"
    #if DEBUG
      if let pages = CacheFaultInjection.maximumPageCount {
        configuration.prepareDatabase { db in
          try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
      }
    #endif
    let database = try DatabaseQueue(path: path, configuration: configuration)
    try CacheSchema.prepare(database)
    return database
  }

  private static func remove(databaseAt path: String) throws {
    for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
      try FileManager.default.removeItem(atPath: path + suffix)
    }
  }

  /// Removes the cache in `folder`; nothing to do when there is none.
  public static func clear(folder: String = CacheLocation.folder()) throws(CacheFailure) {
    do {
      try remove(databaseAt: CacheLocation.database(in: folder))
    } catch {
      throw CacheFailure(folder: folder, reason: "cannot remove the database")
    }
  }

  /// The links of the run keyed `run`, over `articleCount` articles; nil when not cached.
  func links(run: ContentHash, articleCount: Int) throws -> [PassageLink]? {
    let blob = try database.read { db in
      try Data.fetchOne(db, sql: "SELECT links FROM runs WHERE key = ?", arguments: [run.data])
    }
    guard let blob else { return nil }
    try? database.write { db in
      try db.execute(
        sql: "UPDATE runs SET used = ? WHERE key = ?", arguments: [Self.now, run.data])
    }
    return CacheCoding.unpackLinks([UInt8](blob), articleCount: articleCount)
  }

  /// The sentence pairs known to be rejected between any two of `articles` (keys in corpus
  /// order) under `settings`, by corpus index.
  func rejectedPairs(settings: ContentHash, articles: [ContentHash]) throws -> Set<SentencePair> {
    try database.read { db in
      let present = Dictionary(
        articles.enumerated().map { ($0.element, Int32($0.offset)) },
        uniquingKeysWith: { a, _ in a })
      var indexOfId: [Int64: Int32] = [:]
      let rows = try Row.fetchCursor(db, sql: "SELECT id, hash FROM article_keys")
      while let row = try rows.next() {
        if let hash = ContentHash(bytes: [UInt8](row["hash"] as Data)), let index = present[hash] {
          indexOfId[row["id"]] = index
        }
      }
      var pairs = Set<SentencePair>()
      let entries = try Row.fetchCursor(
        db, sql: "SELECT owner, entries FROM rejected_pairs WHERE settings = ?",
        arguments: [settings.data])
      while let row = try entries.next() {
        guard let owner = indexOfId[row["owner"]] else { continue }
        _ = CacheCoding.unpackRejections([UInt8](row["entries"] as Data)) { partner, own, other in
          if let partnerIndex = indexOfId[partner] {
            pairs.insert(SentencePair(owner, own, partnerIndex, other))
          }
        }
      }
      return pairs
    }
  }

  /// Keeps what a run found: its links under `keys.run` and its rejected pairs under
  /// `keys.settings`, in one transaction.
  func store(_ record: MatchingRecord, keys: AnalysisKeys) throws {
    try database.write { db in
      var ids: [Int64?] = Array(repeating: nil, count: keys.articles.count)
      func id(of article: Int) throws -> Int64 {
        if let known = ids[article] { return known }
        let hash = keys.articles[article].data
        try db.execute(
          sql: "INSERT OR IGNORE INTO article_keys (hash) VALUES (?)", arguments: [hash])
        let found = try Int64.fetchOne(
          db, sql: "SELECT id FROM article_keys WHERE hash = ?", arguments: [hash])!
        ids[article] = found
        return found
      }
      var byOwner: [Int32: [(partner: Int64, own: Int32, other: Int32)]] = [:]
      for pair in record.rejectedPairs {
        byOwner[pair.firstArticle, default: []].append(
          (try id(of: Int(pair.secondArticle)), pair.firstSentence, pair.secondSentence))
      }
      for (owner, entries) in byOwner.sorted(by: { $0.key < $1.key }) {
        try db.execute(
          sql: "INSERT INTO rejected_pairs (settings, owner, entries) VALUES (?, ?, ?)",
          arguments: [keys.settings.data, try id(of: Int(owner)), Data(CacheCoding.pack(entries))])
      }
      try db.execute(
        sql: "INSERT OR REPLACE INTO runs (key, links, used) VALUES (?, ?, ?)",
        arguments: [keys.run.data, Data(CacheCoding.pack(record.links)), Self.now])
      #if DEBUG
        CacheFaultInjection.stallIfAsked()
      #endif
      try db.execute(
        sql: "DELETE FROM runs WHERE key NOT IN (SELECT key FROM runs ORDER BY used DESC LIMIT ?)",
        arguments: [CacheSchema.keptRuns])
    }
  }

  private static var now: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
}

extension ContentHash {
  /// The hash as the database stores it.
  var data: Data { Data(bytes) }
}
