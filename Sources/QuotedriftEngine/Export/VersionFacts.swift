import TerminalSafety

/// What every collation tells about a version besides its words: the article's outlet and date,
/// whom it credits and in what words, whether it quotes, how much of the reference it keeps, how
/// exact its own words are, and its flags. The reader and every export show these.
public struct VersionFacts: Sendable {
  public var outlet: String?
  public var date: String?
  /// The credited speaker, `nil` when the article credits no one.
  public var speaker: String?
  public var attributionKind: Attribution.Kind?
  /// The article's words that credit the statement, white space collapsed.
  public var attributionText: String?
  public var quotation: Quotation
  /// ``StatementVersion/kept`` and ``StatementVersion/exact`` in whole percent.
  public var kept: Int
  public var exact: Int
  /// ``StatementVersion/sameStatement`` in whole percent; `nil` for the reference.
  public var sameStatement: Int?
  public var flags: [MeaningFlag]
  /// For each flag raised by words outside the version's passages (an attribution before the
  /// quote), those words.
  public var flagNotes: [(flag: MeaningFlag, text: String)]
  public var isReference: Bool

  /// The facts of `version` of `statement`, its article in `corpus`.
  public init(_ version: StatementVersion, of statement: Statement, corpus: Corpus) {
    self.init(version, of: statement, articles: corpus.articles)
  }

  /// The facts of `version` of `statement`, its article among `articles`.
  public init(_ version: StatementVersion, of statement: Statement, articles: [Article]) {
    let article = articles[version.article]
    outlet = article.outlet.map(TerminalSafeText.sanitize)
    date = article.date.map(TerminalSafeText.sanitize)
    speaker = version.attribution.map { TerminalSafeText.sanitize($0.speaker) }
    attributionKind = version.attribution?.kind
    attributionText = version.attribution.map {
      CollationSegment.collapse(article.text($0.start..<$0.end))
    }
    quotation = version.quotation
    kept = Int((version.kept * 100).rounded())
    exact = Int((version.exact * 100).rounded())
    sameStatement = version.sameStatement.map { Int(($0 * 100).rounded()) }
    flags = version.flags
    let shown = Set(version.passages.flatMap { $0.drift.map(\.word) })
    flagNotes = version.flagged.compactMap { flagged in
      let outside = StatementsJSON.runs(of: flagged.words.filter { !shown.contains($0) })
      guard !outside.isEmpty else { return nil }
      let text = outside.map {
        CollationSegment.collapse(
          article.text(article.words[$0.lowerBound].start..<article.words[$0.upperBound - 1].end))
      }
      return (flagged.flag, text.joined(separator: " … "))
    }
    isReference = statement.versions[statement.referenceIndex].article == version.article
  }

  /// Whom the version credits, as a phrase: "credits John Kirby", "credits Col. Dave Butler as
  /// “the spokeswoman”", "credits a JCS press release (unnamed)", "credits no one".
  public var credit: String {
    guard let speaker else { return "credits no one" }
    switch attributionKind {
    case .description: return "credits \(speaker) as “\(attributionText ?? "")”"
    case .source: return "credits \(speaker) (unnamed)"
    default: return "credits \(speaker)"
    }
  }

  /// The quotation as a phrase: "direct quote", "partly quoted", "not quoted".
  public var quotationPhrase: String {
    switch quotation {
    case .direct: "direct quote"
    case .partial: "partly quoted"
    case .none: "not quoted"
    }
  }

  /// The paraphrase model's verdict as a phrase: "same statement 83%" (it restates the
  /// reference), "part of it 31%" (it shares part of it), `nil` for the reference.
  public var verdict: String? {
    sameStatement.map { $0 >= 50 ? "same statement \($0)%" : "part of it \($0)%" }
  }

  /// Outlet, date, credit, quotation, kept, exact and the verdict on one line, flags left to
  /// the caller: "Breitbart · 2021-09-15 · credits John Kirby · direct quote · kept 16% ·
  /// exact 96% · part of it 12%".
  public var summary: String {
    var parts: [String] = []
    if let outlet { parts.append(outlet) }
    if let date { parts.append(date) }
    parts += [credit, quotationPhrase, "kept \(kept)%", "exact \(exact)%"]
    if let verdict { parts.append(verdict) }
    return parts.joined(separator: " · ")
  }
}
