import CStemmer
import Foundation

/// The Snowball (Porter 2) English stemmer from libstemmer: "tensions" and "tension" share the
/// stem "tension", "practices" and "practice" the stem "practic".
public final class SnowballStemmer: @unchecked Sendable {
  private let stemmer: OpaquePointer
  private let lock = NSLock()

  /// Opens the English stemmer; `nil` when libstemmer has no such algorithm.
  public init?(language: String = "english") {
    guard let stemmer = sb_stemmer_new(language, "UTF_8") else { return nil }
    self.stemmer = stemmer
  }

  deinit { sb_stemmer_delete(stemmer) }

  /// The stem of `word`, which should already be in lower case.
  public func stem(_ word: String) -> String {
    lock.lock()
    defer { lock.unlock() }
    var bytes = Array(word.utf8)
    return bytes.withUnsafeMutableBufferPointer { buffer -> String in
      guard let result = sb_stemmer_stem(stemmer, buffer.baseAddress, Int32(buffer.count)) else {
        return word
      }
      let length = Int(sb_stemmer_length(stemmer))
      return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
    }
  }
}
