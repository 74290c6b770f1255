/// How a word of a version differs from the reference word it aligns with.
public enum DriftKind: String, Sendable, CaseIterable, Codable {
  /// Byte for byte the reference word.
  case same
  /// The same word after normalisation: case, spelling of quotes, "U.S." for "US".
  case variant
  /// The same stem: "tension" for "tensions".
  case inflection
  /// A WordNet synonym: "lowering" for "reducing".
  case synonym
  /// Aligned with an unrelated reference word: part of a changed run.
  case reworded
  /// No reference word: inserted by the version.
  case added
  /// A reference word, but out of the reference's order.
  case moved
  /// The article's words crediting the statement to someone ("according to Butler"), not the
  /// statement's.
  case attribution

  /// Short description for legends and help.
  public var summary: String {
    switch self {
    case .same: "as in the reference"
    case .variant: "case, spelling or punctuation differs"
    case .inflection: "another form of the same word"
    case .synonym: "a synonym"
    case .reworded: "reworded"
    case .added: "not in the reference"
    case .moved: "in another order"
    case .attribution: "who the article credits"
    }
  }
}
