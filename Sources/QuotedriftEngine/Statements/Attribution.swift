/// The words by which an article credits a statement to someone ("Col. Dave Butler said in a
/// statement", "according to Bulter", "says the report"), and who that resolves to.
public struct Attribution: Sendable, Equatable {
  /// How the article names whom it credits.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    /// By name ("Butler", "John Kirby, Department of Defense spokesman").
    case name
    /// By a description of someone named before ("the spokeswoman", "he"), resolved to that name.
    case description
    /// No name: a document or a group ("a JCS press release", "the report"), or someone the
    /// article never names ("the spokesperson" with no name before it).
    case source
  }

  /// Whom the words credit: the fullest form of the name the article uses ("Butler" and
  /// "according to Bulter" both read "Col. Dave Butler"), else the source as written.
  public var speaker: String
  public var kind: Kind
  /// Word indices of the attribution in its article.
  public var words: Range<Int>
  /// Byte offsets into the file as stored on disk.
  public var start: Int
  public var end: Int

  /// Whether two speakers are the same person: the same surname, up to one typo ("Bulter").
  public static func sameSpeaker(_ first: String, _ second: String) -> Bool {
    AttributionFinder.similarSurnames(surname(of: first), surname(of: second))
  }

  /// The matching form of a speaker's last word: lower case, possessive dropped.
  static func surname(of speaker: String) -> String {
    var last = String(speaker.split(whereSeparator: { $0 == " " || $0 == "\n" }).last ?? "")
      .lowercased()
    for suffix in ["'s", "’s"] where last.hasSuffix(suffix) { last.removeLast(2) }
    return String(last.filter { $0.isLetter || $0.isNumber })
  }
}

/// Whether a version's words stand inside quotation marks.
public enum Quotation: String, Sendable, Codable, CaseIterable {
  /// Every word is quoted (a block quote introduced as a statement counts).
  case direct
  /// Some words are quoted, some are the reporter's.
  case partial
  /// No word is quoted: a paraphrase.
  case none

  /// The quotation of words of which `quoted` of `total` are quoted.
  static func of(quoted: Int, total: Int) -> Quotation {
    quoted == 0 ? .none : quoted == total ? .direct : .partial
  }
}
