/// One article as loaded: its text (a text file's bytes exactly as stored, or the body extracted
/// from a web page or an archive record), what its metadata says about it, and its words and
/// sentences with their byte ranges.
public struct Article: Sendable, Identifiable {
  /// "a1", "a2", … in load order.
  public var id: String
  /// The path it was loaded from, as found from the paths the user gave; `FILE#N` for record N
  /// (from 1) of an archive.
  public var path: String
  /// What the file was read as.
  public var format: ArticleFormat
  /// Where the offsets point: into the file as stored, or into the extracted text.
  public var offsets: OffsetBase
  /// The text every offset in the engine points into: the file's bytes unchanged, or the
  /// extracted text in UTF-8.
  public var bytes: [UInt8]
  public var title: String
  public var outlet: String?
  public var author: String?
  /// The publication date: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SSZ` when a time is known.
  public var date: String?
  /// The date of the last change, in the same form.
  public var modified: String?
  public var url: String?
  /// Byte ranges of photo captions in the text: never part of a statement.
  public var captions: [Range<Int>]
  /// Byte offset where the text starts (after a byte-order mark and front matter).
  public var bodyStart: Int
  public var words: [Word]
  public var sentences: [Sentence]

  /// Where an article's offsets point.
  public enum OffsetBase: String, Sendable {
    /// Into the file as stored on disk.
    case file
    /// Into the text extracted from the file (web pages and archive records).
    case text
  }

  public init(
    id: String = "", path: String, format: ArticleFormat, offsets: OffsetBase, bytes: [UInt8],
    metadata: ArticleMetadata, fallbackTitle: String, bodyStart: Int, words: [Word],
    sentences: [Sentence], captions: [Range<Int>] = []
  ) {
    self.id = id
    self.path = path
    self.format = format
    self.offsets = offsets
    self.bytes = bytes
    self.title = metadata.title ?? fallbackTitle
    self.outlet = metadata.outlet
    self.author = metadata.author
    self.date = metadata.date
    self.modified = metadata.modified
    self.url = metadata.url
    self.bodyStart = bodyStart
    self.words = words
    self.sentences = sentences
    self.captions = captions
  }

  /// The text of `range` of the file, decoded with U+FFFD for invalid bytes.
  public func text(_ range: Range<Int>) -> String {
    let clamped = range.clamped(to: 0..<bytes.count)
    return String(decoding: bytes[clamped], as: UTF8.self)
  }

  /// The original text of word `index`.
  public func text(ofWord index: Int) -> String {
    text(words[index].start..<words[index].end)
  }

  /// The matching form of word `index` (see ``Word/norm(in:)-(UnsafeBufferPointer<UInt8>)``).
  public func norm(ofWord index: Int) -> String { words[index].norm(in: bytes) }

  /// The number of words in the body.
  public var wordCount: Int { words.count }
}
