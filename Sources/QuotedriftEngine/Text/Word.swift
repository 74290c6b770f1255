/// A word as the tokenizer found it: where its bytes are and what they look like.
///
/// Offsets are kept in 32 bits and the matching form is not kept at all but read from the text
/// on demand (``norm(in:)``): a corpus holds millions of words, and a word without a string of
/// its own is 12 bytes and needs no reference counting.
public struct Word: Sendable, Equatable {
  private var startOffset: UInt32
  private var endOffset: UInt32
  /// The first letter is upper case.
  public var isCapitalized: Bool
  /// The word starts with a digit.
  public var isNumeric: Bool
  /// The word ends with a period that belongs to it, as in "U.S." or "e.g.".
  public var endsWithPeriod: Bool

  /// A word of bytes `start..<end`; both are at most ``Tokenizer/maximumBytes``.
  init(start: Int, end: Int, isCapitalized: Bool, isNumeric: Bool, endsWithPeriod: Bool) {
    startOffset = UInt32(start)
    endOffset = UInt32(end)
    self.isCapitalized = isCapitalized
    self.isNumeric = isNumeric
    self.endsWithPeriod = endsWithPeriod
  }

  /// Byte offset of the first byte in the source file.
  public var start: Int { Int(startOffset) }
  /// Byte offset one past the last byte in the source file.
  public var end: Int { Int(endOffset) }

  /// The matching form of the word in `bytes`, the text it was found in. It is for matching only
  /// and never shown: lower case, Unicode compatibility forms folded, curly apostrophes made
  /// straight, periods dropped from abbreviations ("U.S." reads "us"), hyphens and line-break
  /// hyphenation dropped ("de-confliction" reads "deconfliction"); a function word written as an
  /// acronym stays upper case ("US" and "U.S." are the country, not the pronoun "us").
  public func norm(in bytes: UnsafeBufferPointer<UInt8>) -> String {
    let norm = WordNormalizer.norm(of: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    if Self.isAcronym(bytes, start..<end) && WordLists.functionWords.contains(norm) {
      return norm.uppercased()
    }
    return norm
  }

  /// The matching form of the word in `bytes` (see ``norm(in:)-(UnsafeBufferPointer<UInt8>)``).
  public func norm(in bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { norm(in: $0) }
  }

  /// Two or more letters, all upper case (periods allowed): "US", "U.S.", "IT".
  private static func isAcronym(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var letters = 0
    for byte in buffer[range] where byte != 0x2E {
      guard byte >= 0x41 && byte <= 0x5A else { return false }
      letters += 1
    }
    return letters >= 2
  }
}
