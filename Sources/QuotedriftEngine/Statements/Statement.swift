/// One statement carried by two or more articles: every article's version of it, one of them the
/// reference the others are collated against.
public struct Statement: Sendable {
  /// "s1", "s2", …
  public var id: String
  /// The speaker when the text attributes the statement, else its opening words.
  public var label: String
  /// Whom most versions credit, in the fullest form an article gives the name.
  public var speaker: String?
  /// One version per article that carries the statement, in article order.
  public var versions: [StatementVersion]
  /// Index into `versions` of the reference.
  public var referenceIndex: Int
  /// Why that version is the reference.
  public var referenceBasis: ReferenceBasis

  public var reference: StatementVersion { versions[referenceIndex] }

  /// Indices into `versions`, the reference first: the order collations show them in.
  public var referenceFirstOrder: [Int] {
    [referenceIndex] + versions.indices.filter { $0 != referenceIndex }
  }

  /// The lowest ``StatementVersion/exact`` of the versions that quote (directly or in part),
  /// `nil` when none quotes.
  public var leastExactQuotation: Double? {
    versions.filter { $0.quotation != .none }.map(\.exact).min()
  }

  /// Every flag any version raises, in flag order.
  public var flags: [MeaningFlag] { Set(versions.flatMap(\.flags)).sorted() }
}

/// One article's version of a statement: one passage, or several when the article splits the
/// statement up (a quote, then the reporter's words, then the quote goes on).
public struct StatementVersion: Sendable {
  /// Index of the article in the corpus.
  public var article: Int
  public var passages: [Passage]
  /// Share of the reference's words this version carries, in any wording.
  public var kept: Double
  /// Share of this version's own words (its attribution left out) that are the reference's words
  /// verbatim (same or variant).
  public var exact: Double
  /// The meaning flags raised, each with the words that raised it, in flag order.
  public var flagged: [FlaggedWords]
  /// Word indices (in the reference article) of reference words this version leaves out.
  public var omitted: [Int]
  /// Whether its words stand inside quotation marks.
  public var quotation: Quotation
  /// Every attribution found around the version's passages, in reading order.
  public var attributions: [Attribution]
  /// The ``ParaphraseModel``'s probability that this version, as a whole, says what the
  /// reference says (at least a half: the same statement; below: it shares part of it); `nil`
  /// for the reference, and when either is longer than ``ParaphraseModel/maximumWords``.
  public var sameStatement: Double? = nil

  /// The flags raised, in flag order.
  public var flags: [MeaningFlag] { flagged.map(\.flag) }

  /// The version's attribution: the first found, `nil` when the article credits it to no one.
  public var attribution: Attribution? { attributions.first }
}

/// A contiguous stretch of one article that carries (part of) a statement.
public struct Passage: Sendable {
  /// "s1.p1", …
  public var id: String
  /// Index of the article in the corpus.
  public var article: Int
  /// Word indices in the article.
  public var words: Range<Int>
  /// Byte offsets into the file as stored on disk.
  public var start: Int
  public var end: Int
  /// The drift of each word, in order.
  public var drift: [WordDrift]
  /// The passage paragraph by paragraph, each with its quotation.
  public var pieces: [PassagePiece]
}

/// The part of a passage that lies in one paragraph, and whether its words are quoted.
public struct PassagePiece: Sendable, Equatable {
  /// Word indices in the article.
  public var words: Range<Int>
  /// Byte offsets into the file as stored on disk.
  public var start: Int
  public var end: Int
  public var quotation: Quotation
}

/// A word of a passage and how it drifted from the reference.
public struct WordDrift: Sendable, Equatable {
  /// Word index in the passage's article.
  public var word: Int
  public var kind: DriftKind
  /// The aligned word's index in the reference article, when there is one.
  public var referenceWord: Int?
  /// The word stands inside quotation marks (or a block quote).
  public var quoted = false
}

/// Why a statement's reference is the version it is.
public enum ReferenceBasis: String, Sendable, CaseIterable {
  /// The earliest of two or more dated versions: the one the others most likely copied.
  case earliest
  /// No two versions carry a date: the most complete version, the least drifted among equals.
  case mostComplete
  /// The reader picked it.
  case chosen
  /// It is the text given to find (`quotedrift find`, "where else" in the reader).
  case given

  /// How a person reads it, after "reference".
  public var description: String {
    switch self {
    case .earliest: "earliest dated"
    case .mostComplete: "most complete"
    case .chosen: "chosen"
    case .given: "the text given"
    }
  }
}
