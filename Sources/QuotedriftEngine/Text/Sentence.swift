/// A sentence: its bytes in the source file, the words it holds, and its paragraph.
public struct Sentence: Sendable, Equatable {
  /// Byte offset where the sentence starts, opening quotation marks included.
  public var start: Int
  /// Byte offset one past the sentence's last byte, its closing marks included.
  public var end: Int
  /// Indices of its words in the article's word list.
  public var words: Range<Int>
  /// Index of the paragraph it belongs to, counted from 0.
  public var paragraph: Int
}
