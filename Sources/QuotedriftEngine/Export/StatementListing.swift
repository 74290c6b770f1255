import TerminalSafety

/// The readable listing of statements (`quotedrift statements`): each statement with every
/// version, its article and its drift marked, in colour (ANSI) or with bracket marks.
public struct StatementListing: Sendable {
  /// Colour with ANSI escape sequences, or bracket marks for plain text.
  public var colored: Bool
  /// Omitted runs longer than this show their ends and a count.
  public var omittedRunShown = 8

  public init(colored: Bool) { self.colored = colored }

  /// Bracket marks of plain text: `[~lowering|reducing]` is a synonym with the reference's word.
  public static func mark(for kind: DriftKind) -> String? {
    switch kind {
    case .same: nil
    case .variant: "="
    case .inflection: "^"
    case .synonym: "~"
    case .reworded: "*"
    case .added: "+"
    case .moved: ">"
    case .attribution: "@"
    }
  }

  /// SGR parameters of each drift kind in colour.
  public static func sgr(for kind: DriftKind) -> String? {
    switch kind {
    case .same: nil
    case .variant: "36"
    case .inflection: "32"
    case .synonym: "33"
    case .reworded: "1;35"
    case .added: "4;34"
    case .moved: "3;36"
    case .attribution: "3;90"
    }
  }

  static let omittedSGR = "9;31"

  /// The listing of `statements` of `analysis`, under `summary` (else the counts of articles
  /// and statements).
  public func render(_ statements: [Statement], of analysis: Analysis, summary: String? = nil)
    -> String
  {
    let articles = analysis.articles
    var output =
      (summary ?? "\(counted(articles.count, "article")), \(counted(statements.count, "statement"))")
      + "\n"
    output += legend() + "\n"
    for statement in statements {
      output += "\n" + header(of: statement)
      for (index, version) in statement.versions.enumerated() {
        let article = articles[version.article]
        let facts = VersionFacts(version, of: statement, articles: articles)
        let isReference = index == statement.referenceIndex
        var line =
          "  \(isReference ? "*" : "-") \(article.id) \(TerminalSafeText.sanitize(article.path))"
        line += isReference ? "  (reference)" : ""
        line += "  " + facts.summary
        if !version.flags.isEmpty {
          line += "  " + flagMark("flags: " + version.flags.map(\.rawValue).joined(separator: ", "))
        }
        output += line + "\n"
        for note in facts.flagNotes {
          output +=
            "      " + flagMark("\(Self.flagSign) \(note.flag.rawValue): \(note.text)") + "\n"
        }
        output += "      " + body(of: version, in: statement, articles: articles) + "\n"
      }
    }
    return output
  }

  /// The sign after words that raised a meaning flag.
  public static let flagSign = "⚑"

  static let flagSGR = "1;31"

  private func flagMark(_ text: String) -> String {
    colored ? "\u{1B}[\(Self.flagSGR)m\(text)\u{1B}[0m" : text
  }

  func header(of statement: Statement) -> String {
    let title = TerminalSafeText.sanitize(statement.label)
    let shown = colored ? "\u{1B}[1m\(title)\u{1B}[0m" : title
    let exact = statement.leastExactQuotation.map { "least exact quotation \(percent($0))" }
    let flags =
      statement.flags.isEmpty
      ? "" : ", flags: " + statement.flags.map(\.rawValue).joined(separator: ", ")
    return
      "\(statement.id.uppercased())  \(shown)  (\(statement.versions.count) articles, \(exact ?? "no quotation")\(flags))\n"
  }

  func legend() -> String {
    let flags =
      "\(Self.flagSign) after words that raised a flag ("
      + MeaningFlag.allCases.map(\.rawValue).joined(separator: ", ") + ")"
    if colored {
      let kinds = DriftKind.allCases.filter { $0 != .same }.map { kind in
        "\u{1B}[\(Self.sgr(for: kind)!)m\(kind.rawValue)\u{1B}[0m"
      }
      return "drift: "
        + (kinds + ["\u{1B}[\(Self.omittedSGR)m[-omitted]\u{1B}[0m"]).joined(separator: " ") + "  "
        + flagMark(flags)
    }
    let kinds = DriftKind.allCases.compactMap { kind in
      Self.mark(for: kind).map { "[\($0)\(kind.rawValue)]" }
    }
    return "drift: " + (kinds + ["[-omitted]"]).joined(separator: " ") + "  ([~new|reference])  "
      + flags
  }

  func body(of version: StatementVersion, in statement: Statement, articles: [Article]) -> String {
    var text = ""
    for segment in CollationSegment.segments(of: version, in: statement, articles: articles) {
      switch segment {
      case .between(let between): text += between
      case .passageBreak: text += " … "
      case .words(let words, let kind, let reference, let flags):
        if colored, let sgr = Self.sgr(for: kind) {
          text += "\u{1B}[\(sgr)m\(words)\u{1B}[0m"
        } else if !colored, let mark = Self.mark(for: kind) {
          text += "[\(mark)\(words)\(reference.map { "|\($0)" } ?? "")]"
        } else {
          text += words
        }
        if !flags.isEmpty { text += flagMark(Self.flagSign) }
      case .omitted(let omitted, let count, let flags):
        let shown = count > omittedRunShown ? abbreviated(omitted, count: count) : omitted
        text += colored ? " \u{1B}[\(Self.omittedSGR)m[-\(shown)]\u{1B}[0m" : " [-\(shown)]"
        text += (flags.isEmpty ? "" : flagMark(Self.flagSign)) + " "
      }
    }
    return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }

  private func abbreviated(_ text: String, count: Int) -> String {
    let words = text.split(separator: " ")
    guard words.count > 6 else { return text }
    return words.prefix(3).joined(separator: " ") + " …\(count) words… "
      + words.suffix(3).joined(separator: " ")
  }

  private func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
