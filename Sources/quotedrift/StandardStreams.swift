import ArgumentParser
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Standard output and standard error written with POSIX `write`, straight from the bytes given
/// (a JSON document for 20,000 articles is hundreds of megabytes, so no copy is made), and a
/// failed write is reported, not a trap as with `FileHandle.write`: `quotedrift statements >
/// /dev/full` is a one-line error and exit status 2.
enum StandardStreams {
  /// Writes `text` to standard output; on failure, says why on standard error and exits with
  /// status 2.
  static func output(_ text: String) throws {
    var text = text
    try text.withUTF8 { try output(UnsafeRawBufferPointer($0)) }
  }

  /// Writes `bytes` to standard output; on failure, says why on standard error and exits with
  /// status 2.
  static func output(_ bytes: [UInt8]) throws {
    try bytes.withUnsafeBytes { try output($0) }
  }

  /// Writes the bytes of `buffer` to standard output; on failure, says why on standard error and
  /// exits with status 2.
  static func output(_ buffer: UnsafeRawBufferPointer) throws {
    if let code = write(buffer, to: STDOUT_FILENO) {
      Diagnostics.error(
        "standard output: cannot write (\(String(cString: strerror(code)).lowercased()))")
      throw ExitCode(2)
    }
  }

  /// Writes `line` to standard error; a failure there has nowhere to be reported.
  static func error(_ line: String) {
    var line = line
    line.withUTF8 { _ = write(UnsafeRawBufferPointer($0), to: STDERR_FILENO) }
  }

  /// Writes all of `buffer` to `descriptor`; the error number of a failed write, or nil.
  private static func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    var offset = 0
    while offset < buffer.count {
      let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      if count < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += count
    }
    return nil
  }
}
