import Foundation
import GRDB
import QuotedriftEngine

#if canImport(Glibc)
  import Glibc
#endif

/// Documents made from an analysis (what `statements` writes), kept whole, so that listing the
/// statements of an unchanged folder again copies the bytes written last time instead of
/// making them anew. Each is a file in the documents folder, named by its ``DocumentKey``,
/// listed in the `documents` table with its length, digest and last use; the
/// ``CacheSchema/keptDocuments`` used last are kept. A file is put in place by renaming a whole
/// temporary file, and listed after, so a run killed mid-write leaves no document; one cut short
/// or changed on disk fails its digest and counts as none.
extension AnalysisCache {
  /// The document kept under `key`, checked; nil when there is none, or it is not whole. A hit
  /// marks it as used, and the analysis it was made from too (which it stands for).
  public func document(for key: DocumentKey) -> CachedDocument? {
    StageTimes.measure("document read") {
      guard
        let row = try? database.read({ db in
          try Row.fetchOne(
            db, sql: "SELECT length, digest FROM documents WHERE key = ?",
            arguments: [key.hash.data])
        }),
        let digest = ContentHash(bytes: [UInt8](row["digest"] as Data)),
        let document = CachedDocument(path: documentPath(key), length: row["length"]),
        CachedDocument.digest(of: document.bytes) == digest
      else { return nil }
      try? database.write { db in
        try db.execute(
          sql: "UPDATE documents SET used = ? WHERE key = ?", arguments: [Self.now, key.hash.data])
        try db.execute(
          sql: "UPDATE analyses SET used = ? WHERE key = ?",
          arguments: [Self.now, key.analysis.hash.data])
      }
      return document
    }
  }

  /// A recorder for the document to keep under `key`: what it records is kept by
  /// ``keep(_:)``, and dropped if it is not called.
  public func recorder(for key: DocumentKey) -> DocumentRecorder {
    try? FileManager.default.createDirectory(
      atPath: CacheLocation.documents(in: folder), withIntermediateDirectories: true)
    return DocumentRecorder(key: key, path: documentPath(key))
  }

  /// Puts the document `recorder` recorded in place and lists it, in one transaction that also
  /// drops all but the most recently used documents; then removes their files, and the files
  /// no row lists that are older than ``strayAge`` (left by a run killed between putting its
  /// document in place and listing it; a younger one may be another run's, about to be
  /// listed). Throws when a write failed; a document put in place and not listed is removed.
  public func keep(_ recorder: DocumentRecorder) throws(CacheFailure) {
    var placed: String?
    do {
      let (writer, length, digest) = try recorder.finish().get()
      guard length > 0 else { return }
      #if DEBUG
        CacheFaultInjection.stallIfAsked("QUOTEDRIFT_DEBUG_STALL_DOCUMENT_WRITE")
      #endif
      try writer.commit(permissions: 0o600, durable: false)
      placed = writer.path
      let (evicted, listed) = try database.write { db -> ([String], Set<String>) in
        try db.execute(
          sql: "INSERT OR REPLACE INTO documents (key, length, digest, used) VALUES (?, ?, ?, ?)",
          arguments: [recorder.key.hash.data, length, digest.data, Self.now])
        let evicted = try Data.fetchAll(
          db,
          sql: """
            SELECT key FROM documents WHERE key NOT IN (
              SELECT key FROM documents ORDER BY used DESC LIMIT ?)
            """,
          arguments: [CacheSchema.keptDocuments])
        for key in evicted {
          try db.execute(sql: "DELETE FROM documents WHERE key = ?", arguments: [key])
        }
        let listed = try Data.fetchAll(db, sql: "SELECT key FROM documents")
        return (
          evicted.map { DocumentKey.fileName(of: [UInt8]($0)) },
          Set(listed.map { DocumentKey.fileName(of: [UInt8]($0)) })
        )
      }
      placed = nil
      removeDocuments(evicted, keeping: listed)
    } catch {
      if let placed { unlink(placed) }
      throw CacheFailure(folder: folder, error)
    }
  }

  /// How old a file in the documents folder that no row lists must be to be removed: ten
  /// minutes, far longer than a run takes from putting a document in place to listing it.
  static let strayAge: TimeInterval = 600

  /// Removes the files of `evicted`, the files not in `listed` older than ``strayAge``, and the
  /// temporary files of writers that are gone.
  private func removeDocuments(_ evicted: [String], keeping listed: Set<String>) {
    let documents = CacheLocation.documents(in: folder)
    for name in evicted { unlink(documents + "/" + name) }
    AtomicFileWriter.removeAbandonedTemporaryFiles(in: documents)
    for name in (try? FileManager.default.contentsOfDirectory(atPath: documents)) ?? []
    where !name.hasPrefix(".") && !listed.contains(name) {
      let path = documents + "/" + name
      let modified =
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
      if let modified, -modified.timeIntervalSinceNow > Self.strayAge { unlink(path) }
    }
  }

  private func documentPath(_ key: DocumentKey) -> String {
    CacheLocation.documents(in: folder) + "/" + key.fileName
  }
}
