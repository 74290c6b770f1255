/// A change between a version and the reference that may alter what the statement says, or
/// whom it is credited to.
public enum MeaningFlag: String, Sendable, CaseIterable, Codable, Comparable {
  /// A number or date differs.
  case number
  /// A negation appears or goes.
  case negation
  /// A modal verb changes (may, will, would …).
  case modal
  /// The version credits someone other than the reference's speaker.
  case attribution
  /// Words inside quotation marks differ from the reference's, other than an omission marked
  /// with an ellipsis ("…", "[…]") or an insertion in brackets.
  case misquote

  /// Short description for legends and help.
  public var summary: String {
    switch self {
    case .number: "a number or date differs"
    case .negation: "a negation appears or goes"
    case .modal: "a modal verb changes"
    case .attribution: "credited to someone other than the reference's speaker"
    case .misquote: "quoted words differ from the reference's"
    }
  }

  public static func < (lhs: MeaningFlag, rhs: MeaningFlag) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// A meaning flag and the words that raised it.
public struct FlaggedWords: Sendable, Equatable {
  public var flag: MeaningFlag
  /// Word indices, in the version's article, of the words that raised the flag.
  public var words: [Int]
  /// Word indices, in the reference's article, of reference words the flag concerns (a negation
  /// the version drops, words a quote leaves out unmarked).
  public var referenceWords: [Int]

  public init(flag: MeaningFlag, words: [Int], referenceWords: [Int] = []) {
    self.flag = flag
    self.words = words
    self.referenceWords = referenceWords
  }
}
