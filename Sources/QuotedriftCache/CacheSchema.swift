import GRDB
import QuotedriftEngine

/// The tables of the cache database, and the stamp that says which program wrote them. A
/// database stamped by another version of quotedrift, schema or matcher is emptied and made anew.
///
/// - `runs`: the passage links of one whole analysis, by run key (see ``AnalysisKeys``); the
///   most recent ``keptRuns`` are kept.
/// - `article_keys`: every article key met, numbered.
/// - `rejected_pairs`: per settings key and article, the sentence pairs with other articles
///   that never match (see ``MatchingRecord/rejectedPairs``), packed (``CacheCoding``).
enum CacheSchema {
  /// Raise with any change to the tables or to how values are packed.
  static let version = 1
  /// Whole analyses kept: reopening any of the last few folders (or settings) loads at once.
  static let keptRuns = 8

  /// The stamp of this program.
  static var stamp: String {
    "quotedrift \(QuotedriftVersion.current) schema \(version) matcher \(MatcherRevision.current)"
  }

  /// Makes the tables when the database is new or stamped by another program, in one
  /// transaction, so a second process doing the same at the same time waits and then finds them.
  static func prepare(_ database: DatabaseQueue) throws {
    try database.write { db in
      if try db.tableExists("meta"),
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE name = 'stamp'") == stamp
      {
        return
      }
      for table in try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
      {
        try db.execute(sql: "DROP TABLE \(table.quotedDatabaseIdentifier)")
      }
      try db.execute(
        sql: """
          CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
          CREATE TABLE runs (key BLOB PRIMARY KEY, links BLOB NOT NULL, used INTEGER NOT NULL);
          CREATE TABLE article_keys (id INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE);
          CREATE TABLE rejected_pairs (
            settings BLOB NOT NULL, owner INTEGER NOT NULL, entries BLOB NOT NULL);
          CREATE INDEX rejected_pairs_by_settings ON rejected_pairs (settings);
          """)
      try db.execute(
        sql: "INSERT INTO meta (name, value) VALUES ('stamp', ?)", arguments: [stamp])
    }
  }
}
