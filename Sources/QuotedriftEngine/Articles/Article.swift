/// One article as loaded from disk: its bytes exactly as stored, what its front matter or first
/// line says about it, and its words and sentences with their byte ranges.
public struct Article: Sendable, Identifiable {
  /// "a1", "a2", … in load order.
  public var id: String
  /// The path it was loaded from, as found from the paths the user gave.
  public var path: String
  /// The file's bytes, unchanged; every offset in the engine points into these.
  public var bytes: [UInt8]
  public var title: String
  public var outlet: String?
  public var author: String?
  /// The publication date, `YYYY-MM-DD` when the front matter gives one that parses.
  public var date: String?
  public var url: String?
  /// Byte offset where the text starts (after a byte-order mark and front matter).
  public var bodyStart: Int
  public var words: [Word]
  public var sentences: [Sentence]

  /// The text of `range` of the file, decoded with U+FFFD for invalid bytes.
  public func text(_ range: Range<Int>) -> String {
    let clamped = range.clamped(to: 0..<bytes.count)
    return String(decoding: bytes[clamped], as: UTF8.self)
  }

  /// The original text of word `index`.
  public func text(ofWord index: Int) -> String {
    text(words[index].start..<words[index].end)
  }

  /// The number of words in the body.
  public var wordCount: Int { words.count }
}
