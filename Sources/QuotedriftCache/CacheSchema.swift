import Foundation
import GRDB
import QuotedriftEngine

/// The tables of the cache database, and the stamp that says which program wrote it. A database
/// stamped by another program (another version, schema, analysis revision or build) is emptied
/// and made anew.
///
/// `analyses`: the statements of one analysis (packed by ``StatementArchive``), by ``AnalysisKey``, with
/// the number of articles they were found in; the ``keptAnalyses`` most recently used are kept.
///
/// `loads`: what loading found in each file under one path a user gave (a ``LoadSnapshot``), by
/// the path and the folder it was given in; the ``keptLoads`` most recently written are kept.
///
/// `documents`: the length, digest and last use of each document kept in the documents folder
/// (``CachedDocument``), by ``DocumentKey``; the ``keptDocuments`` most recently used are kept.
enum CacheSchema {
  /// Raise with any change to the tables or to how statements or snapshots are stored.
  static let version = 5
  /// Analyses kept: reopening any of the last few folders (or settings) loads at once.
  static let keptAnalyses = 8
  /// Paths whose loads are kept: a load of several paths keeps one row for each.
  static let keptLoads = 32
  /// Documents kept: each is as large as the output it copies (hundreds of megabytes for a
  /// large folder), so only the last two, enough to list the last folder again in either form.
  static let keptDocuments = 2

  /// The stamp of this program: its version, the schema, the ``AnalysisRevision``, and the size
  /// and time of its executable, so a rebuilt binary never reads what another build found.
  static let stamp: String = {
    var build = "unknown build"
    let executable =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    if let attributes = try? FileManager.default.attributesOfItem(atPath: executable),
      let size = attributes[.size] as? NSNumber,
      let modified = attributes[.modificationDate] as? Date
    {
      build = "build \(size.intValue)-\(Int(modified.timeIntervalSince1970 * 1000))"
    }
    return
      "quotedrift \(QuotedriftVersion.current) schema \(version) analysis \(AnalysisRevision.current) \(build)"
  }()

  /// Makes the tables when the database is new or stamped by another program, in one
  /// transaction, so a second process doing the same at the same time waits and then finds it;
  /// the documents folder `documents`, which the tables list, is emptied in it too (a run of
  /// this program cannot have begun a document there before the transaction ends).
  static func prepare(_ database: DatabaseQueue, documents: String) throws {
    try database.write { db in
      if try db.tableExists("meta"),
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE name = 'stamp'") == stamp
      {
        return
      }
      try? FileManager.default.removeItem(atPath: documents)
      for table in try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
      {
        try db.execute(sql: "DROP TABLE \(table.quotedDatabaseIdentifier)")
      }
      try db.execute(
        sql: """
          CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
          CREATE TABLE analyses (
            key BLOB PRIMARY KEY, articles INTEGER NOT NULL, statements BLOB NOT NULL,
            used INTEGER NOT NULL);
          CREATE TABLE loads (
            roots BLOB PRIMARY KEY, snapshot BLOB NOT NULL, used INTEGER NOT NULL);
          CREATE TABLE documents (
            key BLOB PRIMARY KEY, length INTEGER NOT NULL, digest BLOB NOT NULL,
            used INTEGER NOT NULL);
          """)
      try db.execute(
        sql: "INSERT INTO meta (name, value) VALUES ('stamp', ?)", arguments: [stamp])
    }
  }
}
