import Foundation
import GRDB
import QuotedriftEngine

/// The persistent index: an SQLite database in the cache folder that keeps the statements of
/// the last few analyses, so that reopening an unchanged folder loads them instead of matching
/// again (see DESIGN.md).
///
/// Every write is one transaction in write-ahead-log mode, so a process killed mid-write leaves
/// the last whole state, and a second process reads while one writes and waits its turn to
/// write. A database that is damaged or written by another version is emptied and made anew.
public final class AnalysisCache: Sendable {
  /// The cache folder.
  public let folder: String
  private let path: String
  let database: DatabaseQueue
  /// Writes started by ``storeInBackground(_:of:previous:)`` and not finished yet.
  private let pendingWrites = DispatchGroup()

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
    self.path = path
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
    let database = try connection(to: path)
    try CacheSchema.prepare(
      database,
      documents: CacheLocation.documents(in: (path as NSString).deletingLastPathComponent))
    return database
  }

  /// A connection to the database at `path`, whose tables may not be made yet.
  private static func connection(to path: String) throws -> DatabaseQueue {
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
    return try DatabaseQueue(path: path, configuration: configuration)
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
    let documents = CacheLocation.documents(in: folder)
    do {
      if FileManager.default.fileExists(atPath: documents) {
        try FileManager.default.removeItem(atPath: documents)
      }
    } catch {
      throw CacheFailure(folder: folder, reason: "cannot remove the kept listings")
    }
  }

  /// The statements cached under `key`, found in `articles`; nil when none are, or when what is
  /// stored does not fit the articles.
  func statements(for key: AnalysisKey, of articles: [Article]) throws -> [QuotedriftEngine
    .Statement]?
  {
    let row = try database.read { db in
      try Row.fetchOne(
        db, sql: "SELECT articles, statements FROM analyses WHERE key = ?",
        arguments: [key.hash.data])
    }
    guard let row, row["articles"] == articles.count,
      let statements = StatementArchive.unpack([UInt8](row["statements"] as Data)),
      statements.allSatisfy({ $0.fits(articles) })
    else { return nil }
    try? database.write { db in
      try db.execute(
        sql: "UPDATE analyses SET used = ? WHERE key = ?", arguments: [Self.now, key.hash.data])
    }
    return statements
  }

  /// Keeps `statements`, found in `articleCount` articles, under `key`, in one transaction that
  /// also drops all but the most recently used analyses; after the writes started in the
  /// background, so that the database fills in the order the run found things.
  func store(_ statements: [QuotedriftEngine.Statement], articleCount: Int, for key: AnalysisKey)
    throws
  {
    finishWrites()
    let encoded = Data(StatementArchive.pack(statements))
    try database.write { db in
      try db.execute(
        sql:
          "INSERT OR REPLACE INTO analyses (key, articles, statements, used) VALUES (?, ?, ?, ?)",
        arguments: [key.hash.data, articleCount, encoded, Self.now])
      try db.execute(
        sql: """
          DELETE FROM analyses WHERE key NOT IN (
            SELECT key FROM analyses ORDER BY used DESC LIMIT ?)
          """,
        arguments: [CacheSchema.keptAnalyses])
      #if DEBUG
        CacheFaultInjection.stallIfAsked()
      #endif
    }
  }

  /// What the last loads of `roots` (the paths a user gave, in the current folder) found, each
  /// root kept on its own, so that a folder given with one more file is still remembered; nil
  /// when none of them is kept. A damaged root's entry counts as none.
  public func snapshot(of roots: [String]) throws -> LoadSnapshot? {
    // What a write still running in the background keeps is what this asks for.
    finishWrites()
    let stored = try database.read { db in
      try roots.map { root in
        try Data.fetchOne(
          db, sql: "SELECT snapshot FROM loads WHERE roots = ?", arguments: [Self.key(of: root)])
      }
    }
    var merged: LoadSnapshot?
    for data in stored {
      guard let data, let snapshot = LoadSnapshot.unpack([UInt8](data)) else { continue }
      // The first (often the only) root's snapshot is taken as it is, not copied entry by entry.
      merged =
        merged.map {
          LoadSnapshot(entries: $0.entries.merging(snapshot.entries) { first, _ in first })
        } ?? snapshot
    }
    return merged
  }

  /// Starts ``store(_:of:previous:)`` on a thread of its own, so that matching need not wait
  /// for the database: the write runs while the articles are matched, on the share of the cores
  /// matching leaves idle. A snapshot that cannot be stored is dropped, as before (the analysis
  /// written next then fails too, and warns). ``finishWrites()`` waits for it; every later write
  /// and the end of ``CachedAnalysis/analyze(articles:lexicon:settings:cache:progress:)`` do.
  public func storeInBackground(
    _ snapshot: LoadSnapshot, of roots: [String], previous: LoadSnapshot?
  ) {
    pendingWrites.enter()
    let path = path
    // The thread keeps the cache, and so the run's connection, until the write has finished.
    Thread.detachNewThread { [self] in
      defer { pendingWrites.leave() }
      // A connection of its own: in write-ahead-log mode the run reads the cache meanwhile.
      try? StageTimes.measure("snapshot write, in the background") {
        try store(snapshot, of: roots, previous: previous, in: Self.connection(to: path))
      }
    }
  }

  /// Waits for the writes started by ``storeInBackground(_:of:previous:)``.
  public func finishWrites() {
    pendingWrites.wait()
  }

  /// Keeps `snapshot` as what loading `roots` found: for each root, the entries of the files
  /// under it, written only when they differ from `previous` (what was remembered before: a
  /// file added, gone, changed, or parsed again because its entry did not unpack), in one
  /// transaction that also drops all but the roots kept most recently.
  public func store(_ snapshot: LoadSnapshot, of roots: [String], previous: LoadSnapshot?)
    throws
  {
    finishWrites()
    try store(snapshot, of: roots, previous: previous, in: database)
  }

  private func store(
    _ snapshot: LoadSnapshot, of roots: [String], previous: LoadSnapshot?,
    in database: DatabaseQueue
  ) throws {
    let changed = roots.compactMap { root -> (Data, Data)? in
      let entries = snapshot.entries.filter { Self.path($0.key, isUnder: root) }
      let before = previous?.entries.filter { Self.path($0.key, isUnder: root) }
      if let before, before.count == entries.count,
        entries.allSatisfy({ path, entry in
          before[path].map { $0.status == entry.status && $0.articles == entry.articles } == true
        })
      {
        return nil
      }
      return (Self.key(of: root), Data(LoadSnapshot(entries: entries).pack()))
    }
    guard !changed.isEmpty else { return }
    try database.write { db in
      for (key, encoded) in changed {
        try db.execute(
          sql: "INSERT OR REPLACE INTO loads (roots, snapshot, used) VALUES (?, ?, ?)",
          arguments: [key, encoded, Self.now])
      }
      try db.execute(
        sql: """
          DELETE FROM loads WHERE roots NOT IN (
            SELECT roots FROM loads ORDER BY used DESC LIMIT ?)
          """,
        arguments: [CacheSchema.keptLoads])
    }
  }

  /// Whether the file at `path` was found under `root`: the root itself, or a path in it.
  private static func path(_ path: String, isUnder root: String) -> Bool {
    path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
  }

  /// The key of a root's load: the folder the path is relative to, and the path.
  private static func key(of root: String) -> Data {
    var hasher = ContentHasher()
    hasher.add(FileManager.default.currentDirectoryPath)
    hasher.add(1)
    hasher.add(root)
    return hasher.finish().data
  }

  static var now: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
}

extension ContentHash {
  /// The hash as the database stores it.
  var data: Data { Data(bytes) }
}
