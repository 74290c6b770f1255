import Dispatch

/// Runs independent pieces of work on every core and collects their results in order.
public enum Parallel {
  /// `transform(0) … transform(count - 1)`, computed concurrently, in index order.
  public static func map<T: Sendable>(count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    guard count > 1 else { return (0..<count).map(transform) }
    let results = ResultSlots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      results.store(transform(index), at: index)
    }
    return results.collect()
  }

  /// Like ``map(count:_:)`` but over contiguous chunks of `0..<count`, for work too small per
  /// index to schedule one by one.
  static func mapChunks<T: Sendable>(
    count: Int, chunks: Int = 64, _ transform: @Sendable (Range<Int>) -> T
  ) -> [T] {
    let chunkCount = max(1, min(chunks, count))
    let size = (count + chunkCount - 1) / max(chunkCount, 1)
    return map(count: chunkCount) { chunk in
      let start = chunk * size
      return transform(min(start, count)..<min(start + size, count))
    }
  }
}

/// Write-once slots, one per index; each index is written by exactly one task, through a buffer
/// allocated up front so concurrent writes never touch shared array storage.
private final class ResultSlots<T>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<T?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func store(_ value: T, at index: Int) { slots[index] = value }

  func collect() -> [T] { slots.map { $0! } }
}
