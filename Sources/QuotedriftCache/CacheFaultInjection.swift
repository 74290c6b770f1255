#if DEBUG
  import Foundation

  #if canImport(Glibc)
    import Glibc
  #endif

  /// Faults forced on purpose, so tests can prove the cache survives them. Debug builds only.
  ///
  /// - `QUOTEDRIFT_DEBUG_STALL_CACHE_WRITE=1`: a cache write stops for good inside its
  ///   transaction, everything written but not committed, after saying `stalled` on standard
  ///   error, so a test can kill it.
  /// - `QUOTEDRIFT_DEBUG_STALL_DOCUMENT_WRITE=1`: keeping a document stops for good with all its
  ///   bytes in the temporary file, before it is put in place, after saying `stalled`.
  /// - `QUOTEDRIFT_DEBUG_CACHE_PAGES=N`: the database may grow to N pages only (SQLite's
  ///   `max_page_count`), so writes beyond meet a full disk.
  /// - `QUOTEDRIFT_DEBUG_DOCUMENT_BYTES=N`: a document's file may grow to N bytes only; writing
  ///   more meets a full disk.
  enum CacheFaultInjection {
    static var maximumPageCount: Int? {
      ProcessInfo.processInfo.environment["QUOTEDRIFT_DEBUG_CACHE_PAGES"].flatMap { Int($0) }
    }

    static var maximumDocumentBytes: Int? {
      ProcessInfo.processInfo.environment["QUOTEDRIFT_DEBUG_DOCUMENT_BYTES"].flatMap { Int($0) }
    }

    /// Stops for good when `variable` is set to 1.
    static func stallIfAsked(_ variable: String = "QUOTEDRIFT_DEBUG_STALL_CACHE_WRITE") {
      guard ProcessInfo.processInfo.environment[variable] == "1" else { return }
      FileHandle.standardError.write(Data("quotedrift: debug: stalled\n".utf8))
      while true { pause() }
    }
  }
#endif
