import CStemmer
import Foundation

/// The Snowball (Porter 2) English stemmer from libstemmer: "tensions" and "tension" share the
/// stem "tension", "practices" and "practice" the stem "practic".
///
/// A libstemmer stemmer keeps its state between calls, so each is used by one thread at a time:
/// this keeps a few, one per core that may ask at once, each behind its own lock.
public final class SnowballStemmer: @unchecked Sendable {
  private let instances: [(stemmer: OpaquePointer, lock: NSLock)]

  /// Opens the English stemmer; `nil` when libstemmer has no such algorithm.
  public init?(language: String = "english") {
    var instances: [(stemmer: OpaquePointer, lock: NSLock)] = []
    for _ in 0..<max(1, min(ProcessInfo.processInfo.activeProcessorCount, 16)) {
      guard let stemmer = sb_stemmer_new(language, "UTF_8") else { break }
      instances.append((stemmer, NSLock()))
    }
    guard !instances.isEmpty else { return nil }
    self.instances = instances
  }

  deinit {
    for instance in instances { sb_stemmer_delete(instance.stemmer) }
  }

  /// The stem of `word`, which should already be in lower case.
  public func stem(_ word: String) -> String {
    // The first stemmer free, else wait for the first.
    let instance =
      instances.first { $0.lock.try() }
      ?? {
        instances[0].lock.lock()
        return instances[0]
      }()
    defer { instance.lock.unlock() }
    var bytes = Array(word.utf8)
    return bytes.withUnsafeMutableBufferPointer { buffer -> String in
      guard
        let result = sb_stemmer_stem(
          instance.stemmer, buffer.baseAddress, Int32(buffer.count))
      else {
        return word
      }
      let length = Int(sb_stemmer_length(instance.stemmer))
      return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
    }
  }
}
