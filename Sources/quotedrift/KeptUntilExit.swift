/// What a command builds once and uses until it ends, kept from being freed: the process exits
/// right after its output, and the system takes the memory back at once, where freeing the
/// arrays of 20,000 articles and their statements one by one takes 0.15 s or more (clang's
/// `-disable-free` does the same). Only for values whose deinitialisers do nothing the process
/// needs: no file is flushed or closed by them.
enum KeptUntilExit {
  nonisolated(unsafe) private static var values: [Any] = []

  /// Keeps `value` alive until the process exits. Called on the main thread only.
  static func keep(_ value: Any) { values.append(value) }
}
