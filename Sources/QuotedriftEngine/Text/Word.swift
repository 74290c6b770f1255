/// A word as the tokenizer found it: where its bytes are and how it reads for matching.
///
/// `norm` is for matching only and never shown: lower case, Unicode compatibility forms folded,
/// curly apostrophes made straight, periods dropped from abbreviations ("U.S." reads "us"),
/// hyphens and line-break hyphenation dropped ("de-confliction" reads "deconfliction").
public struct Word: Sendable, Equatable {
  /// Byte offset of the first byte in the source file.
  public var start: Int
  /// Byte offset one past the last byte in the source file.
  public var end: Int
  /// The matching form.
  public var norm: String
  /// The first letter is upper case.
  public var isCapitalized: Bool
  /// The word starts with a digit.
  public var isNumeric: Bool
  /// The word ends with a period that belongs to it, as in "U.S." or "e.g.".
  public var endsWithPeriod: Bool
}
