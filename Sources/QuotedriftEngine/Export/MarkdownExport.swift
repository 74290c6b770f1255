import TerminalSafety

/// Statements as Markdown that renders on GitHub and in common viewers: per statement, the
/// reference and every version with changed words in **bold**, attribution in _italics_, omitted
/// reference words ~~struck~~ and ⚑ after flagged words, and a table of every version's outlet,
/// date, credited speaker, quotation, kept, exact and flags. Article text is escaped, HTML included.
public enum MarkdownExport {
  public static func render(_ statements: [Statement], of analysis: Analysis) -> String {
    let articles = analysis.articles
    var text = "# quotedrift: \(counted(statements.count, "statement"))\n\n"
    text += "Changed words are in **bold** (variant, inflection, synonym, reworded, added, moved); "
    text += "the article's attribution is in _italics_; "
    text +=
      "reference words a version leaves out are ~~struck~~; ⚑ follows words that raised a flag; "
    text += "… marks a skip between passages. Kept is the share of the reference a version "
    text += "carries, exact the share of its own words that are the reference's verbatim.\n"
    for statement in statements {
      let reference = articles[statement.reference.article]
      text += "\n## \(statement.id.uppercased()) · \(escape(statement.label))\n\n"
      text += "Carried by \(statement.versions.count) articles; the reference is \(reference.id), "
      text += "*\(escape(reference.title))* (`\(code(reference.path))`).\n\n"
      text += "| version | article | outlet | date | credits | quotation | kept | exact | flags |\n"
      text += "| --- | --- | --- | --- | --- | --- | ---: | ---: | --- |\n"
      for (index, version) in statement.versions.enumerated() {
        let article = articles[version.article]
        let facts = VersionFacts(version, of: statement, articles: articles)
        let role = index == statement.referenceIndex ? "reference" : "version"
        var credit = escape(facts.speaker ?? "no one")
        if let words = facts.attributionText { credit += " (“\(escape(words))”)" }
        var flags = version.flags.map { flag in
          let notes = facts.flagNotes.filter { $0.flag == flag }.map { escape($0.text) }
          return notes.isEmpty ? flag.rawValue : "\(flag.rawValue): “\(notes.joined())”"
        }.joined(separator: "; ")
        if flags.isEmpty { flags = "—" }
        text += "| \(role) | \(article.id) · \(escape(article.title)) | "
        text += "\(escape(facts.outlet ?? "—")) | \(escape(facts.date ?? "—")) | \(credit) | "
        text += "\(facts.quotationPhrase) | \(facts.kept)% | \(facts.exact)% | \(flags) |\n"
      }
      for (index, version) in statement.versions.enumerated() {
        let article = articles[version.article]
        let facts = VersionFacts(version, of: statement, articles: articles)
        let heading =
          index == statement.referenceIndex
          ? "reference" : "kept \(facts.kept)%, exact \(facts.exact)%"
        text += "\n### \(article.id) · \(escape(article.title)) (\(heading))\n\n"
        text += "> " + body(of: version, in: statement, articles: articles) + "\n"
      }
    }
    return text
  }

  static func body(of version: StatementVersion, in statement: Statement, articles: [Article])
    -> String
  {
    var text = ""
    for segment in CollationSegment.segments(of: version, in: statement, articles: articles) {
      switch segment {
      case .between(let between): text += escape(between)
      case .passageBreak: text += " … "
      case .words(let words, let kind, _, let flags):
        switch kind {
        case .same: text += escape(words)
        case .attribution: text += "_\(escape(words))_"
        default: text += "**\(escape(words))**"
        }
        if !flags.isEmpty { text += "⚑" }
      case .omitted(let words, _, let flags):
        text += " ~~\(escape(words))~~\(flags.isEmpty ? "" : "⚑") "
      }
    }
    return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }

  /// Text that Markdown shows as written: its markup characters backslash-escaped, HTML's made
  /// entities, controls made visible.
  public static func escape(_ text: String) -> String {
    var result = ""
    for character in TerminalSafeText.sanitize(text) {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "{", "}", "!":
        result += "\\" + String(character)
      case "&", "<", ">": result += MarkupEscaping.entity(for: character)!
      default: result.append(character)
      }
    }
    return result
  }

  private static func code(_ text: String) -> String {
    TerminalSafeText.sanitize(text).replacingOccurrences(of: "`", with: "'")
  }
}
