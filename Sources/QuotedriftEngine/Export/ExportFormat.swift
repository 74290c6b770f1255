/// The formats statements export to, and how each is written.
public enum ExportFormat: String, Sendable, CaseIterable {
  case html, md, tei, json, ansi, text

  /// The file name extension of the format.
  public var fileExtension: String {
    switch self {
    case .html: "html"
    case .md: "md"
    case .tei: "xml"
    case .json: "json"
    case .ansi: "ansi"
    case .text: "txt"
    }
  }

  /// `statements` of `analysis` in this format; HTML shows the `sideBySide` articles in columns.
  public func render(
    _ statements: [Statement], of analysis: Analysis, allArticles: Bool = false,
    sideBySide: [Int] = []
  ) -> [UInt8] {
    switch self {
    case .html: Array(HTMLExport.render(statements, of: analysis, sideBySide: sideBySide).utf8)
    case .md: Array(MarkdownExport.render(statements, of: analysis).utf8)
    case .tei: Array(TEIExport.render(statements, of: analysis).utf8)
    case .json: StatementsJSON.encode(statements, of: analysis, allArticles: allArticles)
    case .ansi: Array(StatementListing(colored: true).render(statements, of: analysis).utf8)
    case .text: Array(StatementListing(colored: false).render(statements, of: analysis).utf8)
    }
  }

  /// A file name for an export of a statement labelled `label`: lower case, letters and digits
  /// joined by dashes.
  public func fileName(for label: String) -> String {
    var name = ""
    for character in label.lowercased() {
      if character.isLetter || character.isNumber {
        name.append(character)
      } else if name.last != "-" && !name.isEmpty {
        name.append("-")
      }
    }
    while name.hasSuffix("-") { name.removeLast() }
    return (name.isEmpty ? "statements" : String(name.prefix(60))) + "." + fileExtension
  }
}
