import Foundation
import GRDB
import Testing

@testable import QuotedriftCache
@testable import QuotedriftEngine

/// Documents kept whole in the cache: read back as written, never when cut short or changed,
/// only the last few kept, nothing left by a recorder that is dropped.
@Suite struct CachedDocumentTests {
  /// The key of a document `kind` of a made-up analysis.
  func key(_ kind: String) -> DocumentKey {
    let analysis = AnalysisKey(
      fingerprints: [ContentHash(high: 1, low: 2)], settings: MatchingSettings(),
      lexicon: sharedLexicon)
    return DocumentKey(analysis: analysis, kind: kind)
  }

  /// `count` bytes that differ from piece to piece of the digest.
  func bytes(_ count: Int, seed: UInt8 = 0) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 * 31 + $0 >> 20) &+ seed }
  }

  /// Records `bytes` under `key` in pieces of `piece` bytes, and keeps them.
  func keep(_ bytes: [UInt8], as key: DocumentKey, in cache: AnalysisCache, piece: Int = 70_000)
    throws
  {
    let recorder = cache.recorder(for: key)
    bytes.withUnsafeBytes { buffer in
      for start in stride(from: 0, to: buffer.count, by: piece) {
        recorder.record(
          UnsafeRawBufferPointer(rebasing: buffer[start..<min(start + piece, buffer.count)]))
      }
    }
    try cache.keep(recorder)
  }

  func files(in cache: AnalysisCache) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(
      atPath: CacheLocation.documents(in: cache.folder))) ?? []).sorted()
  }

  @Test func aKeptDocumentComesBackByteForByte() throws {
    let folder = TemporaryFolder()
    let cache = try AnalysisCache(folder: folder.path)
    // Over two pieces of the digest, recorded in pieces that straddle theirs.
    let document = bytes(2 * CachedDocument.digestPiece + 12_345)
    try keep(document, as: key("statements json"), in: cache)
    let read = try #require(cache.document(for: key("statements json")))
    #expect(Array(read.bytes) == document)
    #expect(
      CachedDocument.digest(of: read.bytes)
        != CachedDocument.digest(of: UnsafeRawBufferPointer(rebasing: read.bytes.dropLast())))
    #expect(cache.document(for: key("statements text")) == nil, "another kind is another key")
    let other = try AnalysisCache(folder: folder.path)
    #expect(other.document(for: key("statements json")).map { Array($0.bytes) } == document)
  }

  @Test func aDocumentCutShortOrChangedOnDiskIsNotRead() throws {
    let folder = TemporaryFolder()
    let cache = try AnalysisCache(folder: folder.path)
    let document = bytes(300_000)
    try keep(document, as: key("statements json"), in: cache)
    let path = CacheLocation.documents(in: folder.path) + "/" + key("statements json").fileName
    var changed = document
    changed[150_000] ^= 1
    try Data(changed).write(to: URL(fileURLWithPath: path))
    #expect(cache.document(for: key("statements json")) == nil)
    try Data(document.dropLast()).write(to: URL(fileURLWithPath: path))
    #expect(cache.document(for: key("statements json")) == nil)
    try FileManager.default.removeItem(atPath: path)
    #expect(cache.document(for: key("statements json")) == nil)
    try keep(document, as: key("statements json"), in: cache)
    #expect(cache.document(for: key("statements json")).map { Array($0.bytes) } == document)
  }

  @Test func onlyTheLastDocumentsAreKeptAndStrayFilesGo() throws {
    let folder = TemporaryFolder()
    let cache = try AnalysisCache(folder: folder.path)
    let documents = CacheLocation.documents(in: folder.path)
    try keep(bytes(1000, seed: 1), as: key("one"), in: cache)
    // A file no row lists, as a run killed between putting it in place and listing it leaves;
    // one that young may be another run's, about to be listed.
    FileManager.default.createFile(atPath: documents + "/stray", contents: Data([1, 2, 3]))
    FileManager.default.createFile(atPath: documents + "/young", contents: Data([1, 2, 3]))
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: -2 * AnalysisCache.strayAge)],
      ofItemAtPath: documents + "/stray")
    Thread.sleep(forTimeInterval: 0.002)
    try keep(bytes(1000, seed: 2), as: key("two"), in: cache)
    Thread.sleep(forTimeInterval: 0.002)
    try keep(bytes(1000, seed: 3), as: key("three"), in: cache)
    #expect(CacheSchema.keptDocuments == 2)
    #expect(cache.document(for: key("one")) == nil)
    #expect(cache.document(for: key("two")).map { Array($0.bytes) } == bytes(1000, seed: 2))
    #expect(cache.document(for: key("three")).map { Array($0.bytes) } == bytes(1000, seed: 3))
    #expect(files(in: cache) == [key("three").fileName, key("two").fileName, "young"].sorted())
    let rows = try cache.database.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM documents")
    }
    #expect(rows == 2)
  }

  @Test func aRecorderNotKeptLeavesNothingAndAFailedOneSaysWhy() throws {
    let folder = TemporaryFolder()
    let cache = try AnalysisCache(folder: folder.path)
    do {
      let recorder = cache.recorder(for: key("dropped"))
      bytes(5000).withUnsafeBytes { recorder.record($0) }
      #expect(files(in: cache).count == 1, "the temporary file")
    }
    #expect(files(in: cache).isEmpty)
    #expect(cache.document(for: key("dropped")) == nil)
    // A documents folder that cannot be made: a file in its place.
    let blocked = TemporaryFolder()
    let cacheWithoutRoom = try AnalysisCache(folder: blocked.path)
    blocked.write("documents", "in the way")
    let recorder = cacheWithoutRoom.recorder(for: key("blocked"))
    bytes(10).withUnsafeBytes { recorder.record($0) }
    #expect(throws: CacheFailure.self) { try cacheWithoutRoom.keep(recorder) }
  }

  @Test func rebuildingTheDatabaseForAnotherVersionRemovesItsDocuments() throws {
    let folder = TemporaryFolder()
    try keep(bytes(1000), as: key("statements json"), in: try AnalysisCache(folder: folder.path))
    let database = try DatabaseQueue(path: CacheLocation.database(in: folder.path))
    try database.write { db in
      try db.execute(sql: "UPDATE meta SET value = 'quotedrift 0.0.1 schema 1 analysis 0'")
    }
    try database.close()
    let cache = try AnalysisCache(folder: folder.path)
    #expect(files(in: cache).isEmpty)
    #expect(cache.document(for: key("statements json")) == nil)
    try keep(bytes(1000), as: key("statements json"), in: cache)
    #expect(files(in: cache).count == 1)
    try AnalysisCache.clear(folder: folder.path)
    #expect(!FileManager.default.fileExists(atPath: CacheLocation.documents(in: folder.path)))
  }
}
