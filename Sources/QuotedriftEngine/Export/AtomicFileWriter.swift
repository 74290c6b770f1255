import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file so that it is either there whole or not at all: the bytes go to a temporary
/// file in the target folder, are flushed to disk (unless the writer is told they need not be),
/// and the temporary file is renamed over the target. A failure (no such folder, no permission,
/// a full disk) removes the temporary file and reports one line naming the target and the
/// reason. The bytes can come in pieces, as they are made; a writer dropped before
/// ``commit(permissions:durable:)`` removes its temporary file.
///
/// A process killed while writing cannot remove its temporary file, so the temporary file's name
/// carries the writer's process id (`.NAME.tmp-PID-XXXXXX`), and the next write to the same target
/// removes the temporary files of writers that are no longer running, or that have not touched
/// them for an hour (the process id may be another process's by then).
public final class AtomicFileWriter {
  /// Why a file could not be written.
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    /// The error number the system gave.
    public var code: Int32
    public var description: String { "\(path): cannot write (\(reason))" }

    /// The failure to write `path` that error number `code` stands for.
    public init(_ path: String, _ code: Int32) {
      self.path = path
      self.code = code
      reason = String(cString: strerror(code)).lowercased()
    }
  }

  /// The file written.
  public let path: String
  private let temporary: String
  private var descriptor: Int32

  /// Starts writing `path`: makes the temporary file beside it.
  public init(path: String) throws(Failure) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    Self.removeAbandonedTemporaryFiles(in: folder, name: url.lastPathComponent)
    var template = Array("\(folder)/.\(url.lastPathComponent).tmp-\(getpid())-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw Failure(path, errno) }
    self.path = path
    self.descriptor = descriptor
    temporary = String(cString: template)
  }

  deinit { abandon() }

  /// Writes `bytes` to `path`, replacing what was there.
  public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
    let writer = try AtomicFileWriter(path: path)
    let failure = bytes.withUnsafeBytes { buffer -> Failure? in
      var written = 0
      while written < buffer.count {
        var chunk = buffer.count - written
        #if DEBUG
          chunk = FaultInjection.limitWrite(chunk, written: written, of: buffer.count)
        #endif
        do throws(Failure) {
          try writer.append(UnsafeRawBufferPointer(rebasing: buffer[written..<(written + chunk)]))
        } catch {
          return error
        }
        written += chunk
      }
      return nil
    }
    if let failure { throw failure }
    // mkstemp makes the file private; an export is an ordinary file.
    try writer.commit(permissions: 0o644)
  }

  /// Writes the bytes of `buffer` after those before; on failure the temporary file is gone.
  public func append(_ buffer: UnsafeRawBufferPointer) throws(Failure) {
    guard descriptor >= 0 else { throw Failure(path, EBADF) }
    var written = 0
    while written < buffer.count {
      let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        let code = count < 0 ? errno : ENOSPC
        abandon()
        throw Failure(path, code)
      }
      written += count
    }
  }

  /// Puts the file in place with `permissions`, flushed to disk first when `durable` (a
  /// cache's file, checked when read, need not be); on failure the temporary file is gone.
  public func commit(permissions: mode_t, durable: Bool = true) throws(Failure) {
    guard descriptor >= 0 else { throw Failure(path, EBADF) }
    let synced = !durable || fsync(descriptor) == 0 ? 0 : errno
    _ = fchmod(descriptor, permissions)
    let closed = close(descriptor) == 0 ? 0 : errno
    descriptor = -1
    guard synced == 0, closed == 0 else {
      unlink(temporary)
      throw Failure(path, synced != 0 ? synced : closed)
    }
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw Failure(path, code)
    }
  }

  /// Closes and removes the temporary file, unless it is in place or gone already.
  private func abandon() {
    guard descriptor >= 0 else { return }
    close(descriptor)
    descriptor = -1
    unlink(temporary)
  }

  /// Removes the temporary files in `folder` (those for `name` only, when given) whose writer
  /// has gone: `.NAME.tmp-PID-XXXXXX` where process PID runs no more, or not changed for an hour.
  public static func removeAbandonedTemporaryFiles(in folder: String, name: String? = nil) {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for entry in entries where entry.hasPrefix(name.map { ".\($0).tmp-" } ?? ".") {
      guard let marker = entry.range(of: ".tmp-", options: .backwards) else { continue }
      let rest = entry[marker.upperBound...]
      guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0 else {
        continue
      }
      var info = stat()
      let stale =
        stat("\(folder)/\(entry)", &info) == 0 && time(nil) - info.st_mtim.tv_sec > 3600
      if stale || (kill(pid, 0) == -1 && errno == ESRCH) { unlink("\(folder)/\(entry)") }
    }
  }
}
