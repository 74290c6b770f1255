#if DEBUG
  import Foundation

  #if canImport(Glibc)
    import Glibc
  #endif

  /// Faults forced on purpose, so tests can prove what happens when the process dies at the worst
  /// moment. Debug builds only: a release build has no such hook.
  ///
  /// `QUOTEDRIFT_DEBUG_STALL_WRITE=1` makes ``AtomicFileWriter`` write the first half of a file,
  /// say `stalled` on standard error, and stop there for good, so a test can kill it mid-write.
  enum FaultInjection {
    /// How much of `chunk` to write now, `written` bytes of `total` being on disk already.
    static func limitWrite(_ chunk: Int, written: Int, of total: Int) -> Int {
      guard ProcessInfo.processInfo.environment["QUOTEDRIFT_DEBUG_STALL_WRITE"] == "1", total > 1
      else { return chunk }
      let half = total / 2
      if written < half { return min(chunk, half - written) }
      FileHandle.standardError.write(Data("quotedrift: debug: stalled\n".utf8))
      while true { pause() }
    }
  }
#endif
