#if DEBUG
  import Foundation

  /// A crash forced on purpose, to prove that the terminal is restored whatever kills the reader.
  /// Debug builds only: `QUOTEDRIFT_DEBUG_CRASH=trap` (a Swift runtime trap), `segv` (a bad
  /// pointer) or `abort` crashes the reader once matching has finished and a frame is on screen.
  enum DebugCrash {
    static let kind = ProcessInfo.processInfo.environment["QUOTEDRIFT_DEBUG_CRASH"]

    /// Calls made once ready: the first lets a frame be drawn, the second crashes.
    nonisolated(unsafe) private static var readyCalls = 0

    /// Crashes as asked on the second call that is `ready` (the loop has drawn a frame since).
    static func crashIfAsked(ready: Bool) {
      guard ready, let kind else { return }
      readyCalls += 1
      guard readyCalls >= 2 else { return }
      switch kind {
      case "trap": fatalError("forced crash (QUOTEDRIFT_DEBUG_CRASH=trap)")
      case "segv": UnsafeMutablePointer<Int>(bitPattern: 8)!.pointee = 1
      case "abort": abort()
      default: return
      }
    }
  }
#endif
