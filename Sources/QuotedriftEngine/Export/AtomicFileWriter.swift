import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file so that it is either there whole or not at all: the bytes go to a temporary
/// file in the target folder, are flushed to disk, and the temporary file is renamed over the
/// target. A failure (no such folder, no permission, a full disk) removes the temporary file and
/// reports one line naming the target and the reason.
///
/// A process killed while writing cannot remove its temporary file, so the temporary file's name
/// carries the writer's process id (`.NAME.tmp-PID-XXXXXX`), and the next write to the same target
/// removes the temporary files of writers that are no longer running.
public enum AtomicFileWriter {
  /// Why a file could not be written.
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): cannot write (\(reason))" }
  }

  /// Writes `bytes` to `path`, replacing what was there.
  public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let prefix = ".\(url.lastPathComponent).tmp-"
    removeAbandonedTemporaryFiles(in: folder, prefix: prefix)
    var template = Array("\(folder)/\(prefix)\(getpid())-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw failure(path, errno) }
    let temporary = String(cString: template)
    var written = 0
    while written < bytes.count {
      var chunk = bytes.count - written
      #if DEBUG
        chunk = FaultInjection.limitWrite(chunk, written: written, of: bytes.count)
      #endif
      let count = bytes.withUnsafeBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress! + written, chunk)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        let code = errno
        close(descriptor)
        unlink(temporary)
        throw failure(path, code)
      }
      written += count
    }
    let synced = fsync(descriptor) == 0 ? 0 : errno
    // mkstemp makes the file private; an export is an ordinary file.
    _ = fchmod(descriptor, 0o644)
    guard close(descriptor) == 0, synced == 0 else {
      let code = synced != 0 ? synced : errno
      unlink(temporary)
      throw failure(path, code)
    }
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw failure(path, code)
    }
  }

  /// Removes `prefix`PID-XXXXXX files in `folder` whose writer (process PID) has gone.
  private static func removeAbandonedTemporaryFiles(in folder: String, prefix: String) {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for entry in entries where entry.hasPrefix(prefix) {
      let rest = entry.dropFirst(prefix.count)
      guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0 else {
        continue
      }
      if kill(pid, 0) == -1 && errno == ESRCH { unlink("\(folder)/\(entry)") }
    }
  }

  private static func failure(_ path: String, _ code: Int32) -> Failure {
    Failure(path: path, reason: String(cString: strerror(code)).lowercased())
  }
}
