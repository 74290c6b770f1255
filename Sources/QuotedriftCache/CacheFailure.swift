import Foundation
import GRDB
import QuotedriftEngine

#if canImport(Glibc)
  import Glibc
#endif

/// Why the cache cannot be used: one line naming the cache folder and the reason. The analysis
/// goes on without the cache.
public struct CacheFailure: Error, CustomStringConvertible {
  public var folder: String
  public var reason: String

  public var description: String { "\(folder): cache not used (\(reason))" }

  init(folder: String, reason: String) {
    self.folder = folder
    self.reason = reason
  }

  /// The failure `error` stands for, in words.
  init(folder: String, _ error: any Error) {
    self.folder = folder
    if let failure = error as? AtomicFileWriter.Failure {
      switch failure.code {
      case ENOSPC, EDQUOT: reason = "the disk is full"
      case EROFS, EACCES, EPERM: reason = "the folder is read-only"
      default: reason = "a write failed: \(failure.reason)"
      }
      return
    }
    guard let error = error as? DatabaseError else {
      reason = String(describing: error)
      return
    }
    switch error.resultCode {
    case .SQLITE_FULL: reason = "the disk is full"
    case .SQLITE_READONLY, .SQLITE_PERM: reason = "the folder is read-only"
    case .SQLITE_CANTOPEN: reason = "the database cannot be opened"
    case .SQLITE_BUSY, .SQLITE_LOCKED: reason = "another quotedrift holds the cache"
    case .SQLITE_CORRUPT, .SQLITE_NOTADB: reason = "the database is damaged"
    case .SQLITE_IOERR:
      reason = Self.isFull(folder) ? "the disk is full" : "a read or write failed"
    default: reason = error.message ?? "SQLite error \(error.resultCode.rawValue)"
    }
  }

  /// Whether the file system of `folder` has less than a megabyte left: SQLite reports a failed
  /// write to its shared-memory or log file as an I/O error, whatever the cause.
  private static func isFull(_ folder: String) -> Bool {
    var status = statvfs()
    guard statvfs(folder, &status) == 0 else { return false }
    return UInt64(status.f_bavail) * UInt64(status.f_frsize) < 1 << 20
  }
}
