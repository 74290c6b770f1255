import TerminalSafety

/// Statements as Markdown that renders on GitHub and in common viewers: per statement, the
/// reference and every version with changed words in **bold** and omitted reference words
/// ~~struck~~, and a table of fidelity and flags. Article text is escaped, HTML included.
public enum MarkdownExport {
  public static func render(_ statements: [Statement], of analysis: Analysis) -> String {
    let corpus = analysis.corpus
    var text = "# quotedrift: \(statements.count) statement\(statements.count == 1 ? "" : "s")\n\n"
    text += "Changed words are in **bold** (variant, inflection, synonym, reworded, added, moved); "
    text +=
      "reference words a version leaves out are ~~struck~~; … marks a skip between passages.\n"
    for statement in statements {
      let reference = corpus.articles[statement.reference.article]
      text += "\n## \(statement.id.uppercased()) · \(escape(statement.label))\n\n"
      text += "Carried by \(statement.versions.count) articles; the reference is \(reference.id), "
      text += "*\(escape(reference.title))* (`\(code(reference.path))`).\n\n"
      text += "| version | article | fidelity | flags |\n| --- | --- | ---: | --- |\n"
      for (index, version) in statement.versions.enumerated() {
        let article = corpus.articles[version.article]
        let role = index == statement.referenceIndex ? "reference" : "version"
        let flags = version.flags.map(\.rawValue).joined(separator: ", ")
        text += "| \(role) | \(article.id) · \(escape(article.title)) | "
        text += "\(Int((version.exact * 100).rounded()))% | \(flags.isEmpty ? "—" : flags) |\n"
      }
      for (index, version) in statement.versions.enumerated() {
        let article = corpus.articles[version.article]
        let heading =
          index == statement.referenceIndex
          ? "reference" : "fidelity \(Int((version.exact * 100).rounded()))%"
        text += "\n### \(article.id) · \(escape(article.title)) (\(heading))\n\n"
        text += "> " + body(of: version, in: statement, corpus: corpus) + "\n"
      }
    }
    return text
  }

  static func body(of version: StatementVersion, in statement: Statement, corpus: Corpus) -> String
  {
    var text = ""
    for segment in CollationSegment.segments(of: version, in: statement, corpus: corpus) {
      switch segment {
      case .between(let between): text += escape(between)
      case .passageBreak: text += " … "
      case .words(let words, let kind, _):
        text += kind == .same ? escape(words) : "**\(escape(words))**"
      case .omitted(let words, _): text += " ~~\(escape(words))~~ "
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
