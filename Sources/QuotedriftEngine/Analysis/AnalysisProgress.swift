import Foundation

/// Reports how far a long analysis has got, from any thread: files read, then candidate sentence
/// pairs matched. The closure is called under a lock, so never twice at once.
public final class AnalysisProgress: @unchecked Sendable {
  /// A stage and how much of it is done.
  public enum Step: Sendable, Equatable {
    /// `done` of `total` files read.
    case reading(done: Int, total: Int)
    /// `done` of `total` candidate sentence pairs matched.
    case matching(done: Int, total: Int)
  }

  private let lock = NSLock()
  private let report: (Step) -> Void
  private var filesDone = 0
  private var pairsDone = 0

  public init(_ report: @escaping (Step) -> Void) {
    self.report = report
  }

  /// Counts `count` more files read of `total`.
  func read(_ count: Int, of total: Int) {
    lock.lock()
    defer { lock.unlock() }
    filesDone += count
    report(.reading(done: filesDone, total: total))
  }

  /// Counts `count` more sentence pairs matched of `total`.
  func matched(_ count: Int, of total: Int) {
    lock.lock()
    defer { lock.unlock() }
    pairsDone += count
    report(.matching(done: pairsDone, total: total))
  }
}
