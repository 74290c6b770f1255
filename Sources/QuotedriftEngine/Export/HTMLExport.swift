import TerminalSafety

/// Statements as one self-contained HTML file: inline CSS, no script, no font or image from the
/// network. It opens offline in any browser and prints well. A header lists the articles; each
/// statement is a collation table (a row per version: outlet and date, whom it credits, whether it
/// quotes, its words with drift styled, omitted reference words struck and flagged words marked ⚑,
/// kept, exact and meaning flags) with real table headers; a legend explains the styles. Drift shows without colour too (underlines, strike-through, italics) and every styled
/// word carries its class in a title. All article text is escaped.
public enum HTMLExport {
  /// The page for `statements`; with `sideBySide` (article indices), the articles follow in
  /// columns, each statement's passages tinted in its colour and drifted words styled.
  public static func render(
    _ statements: [Statement], of analysis: Analysis, sideBySide: [Int] = []
  ) -> String {
    let articles = analysis.articles
    let used = Set(statements.flatMap { $0.versions.map(\.article) })
    let title = "quotedrift: \(counted(statements.count, "statement"))"
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(title))</title>
      <style>\(style)</style>
      </head>
      <body>
      <header>
      <h1>\(escape(title))</h1>
      <table class="articles">
      <caption>Articles</caption>
      <thead><tr><th scope="col">Id</th><th scope="col">Title</th><th scope="col">Outlet</th><th scope="col">Date</th><th scope="col">Path</th></tr></thead>
      <tbody>

      """
    for index in articles.indices where used.contains(index) {
      let article = articles[index]
      html += "<tr><th scope=\"row\">\(escape(article.id))</th><td>\(escape(article.title))</td>"
      html += "<td>\(escape(article.outlet ?? "—"))</td><td>\(escape(article.date ?? "—"))</td>"
      html += "<td><code>\(escape(article.path))</code></td></tr>\n"
    }
    html += "</tbody>\n</table>\n</header>\n<main>\n" + legend
    for statement in statements {
      html += section(statement, articles: articles)
    }
    if !sideBySide.isEmpty {
      html += columns(sideBySide, statements: statements, articles: articles)
    }
    html += "</main>\n</body>\n</html>\n"
    return html
  }

  /// Tints of statements, cycling.
  static let tints = ["#dbeafe", "#dcfce7", "#fae8ff", "#fef3c7", "#cffafe", "#fee2e2"]

  /// The articles side by side, passages tinted by statement.
  static func columns(_ shown: [Int], statements: [Statement], articles: [Article]) -> String {
    var drift: [Int: [Int: (statement: Int, kind: DriftKind)]] = [:]
    for (number, statement) in statements.enumerated() {
      for version in statement.versions {
        for passage in version.passages {
          for word in passage.drift {
            drift[version.article, default: [:]][word.word] = (number, word.kind)
          }
        }
      }
    }
    var html = "<section class=\"side-by-side\">\n<h2>Side by side</h2>\n"
    html +=
      "<div class=\"columns\" style=\"grid-template-columns:repeat(\(shown.count),1fr)\">\n"
    for index in shown {
      let article = articles[index]
      let words = drift[index] ?? [:]
      html += "<article>\n<h3>\(escape(article.id)) · \(escape(article.title))</h3>\n<p>"
      var paragraph = article.sentences.first?.paragraph ?? 0
      var cursor = article.sentences.first?.start ?? article.bodyStart
      for sentence in article.sentences {
        if sentence.paragraph != paragraph {
          html += "</p>\n<p>"
          paragraph = sentence.paragraph
          cursor = sentence.start
        }
        for wordIndex in sentence.words {
          let word = article.words[wordIndex]
          if cursor < word.start { html += escape(article.text(cursor..<word.start)) }
          let text = escape(article.text(word.start..<word.end))
          if let (number, kind) = words[wordIndex] {
            let style = "background:\(tints[number % tints.count])"
            let title =
              "\(statements[number].id.uppercased()) \(statements[number].label): \(kind.rawValue)"
            let classes = kind == .same ? "" : " class=\"d-\(kind.rawValue)\""
            html += "<mark\(classes) style=\"\(style)\" title=\"\(escape(title))\">\(text)</mark>"
          } else {
            html += text
          }
          cursor = word.end
        }
        if cursor < sentence.end { html += escape(article.text(cursor..<sentence.end)) }
        cursor = sentence.end
      }
      html += "</p>\n</article>\n"
    }
    return html + "</div>\n</section>\n"
  }

  static func section(_ statement: Statement, articles: [Article]) -> String {
    var html = "<section id=\"\(escape(statement.id))\">\n"
    html += "<h2>\(escape(statement.id.uppercased())) · \(escape(statement.label))</h2>\n"
    html += "<table class=\"collation\">\n<caption>\(escape(statement.label)): "
    html +=
      "\(statement.versions.count) versions, collated against \(escape(articles[statement.reference.article].id))</caption>\n"
    html += "<thead><tr><th scope=\"col\">Version</th><th scope=\"col\">Credits</th>"
    html += "<th scope=\"col\">Quotation</th><th scope=\"col\">Text</th>"
    html += "<th scope=\"col\">Kept</th><th scope=\"col\">Exact</th><th scope=\"col\">Flags</th>"
    html += "</tr></thead>\n<tbody>\n"
    for index in statement.referenceFirstOrder {
      let version = statement.versions[index]
      let article = articles[version.article]
      let isReference = index == statement.referenceIndex
      html +=
        "<tr\(isReference ? " class=\"reference\"" : "")><th scope=\"row\">\(escape(article.id))"
      html += isReference ? " <small>(reference)</small>" : ""
      let facts = VersionFacts(version, of: statement, articles: articles)
      html += "<br><small>\(escape(article.title))</small>"
      let published = [facts.outlet, facts.date].compactMap { $0 }
      if !published.isEmpty {
        html += "<br><small>\(escape(published.joined(separator: " · ")))</small>"
      }
      html += "</th>\n<td>\(escape(facts.speaker ?? "no one"))"
      if let text = facts.attributionText {
        let kind = facts.attributionKind.flatMap { $0 == .name ? nil : " (\($0.rawValue))" } ?? ""
        html += "<br><small>“\(escape(text))”\(escape(kind))</small>"
      }
      html += "</td>\n<td>\(escape(facts.quotationPhrase))</td>\n<td>"
      html += body(of: version, in: statement, articles: articles)
      html += "</td>\n<td>\(facts.kept)%</td><td>\(facts.exact)%</td><td>"
      html += version.flags.map { flag in
        var shown =
          "<span class=\"flag\" title=\"\(escape(flag.summary))\">⚑ \(flag.rawValue)</span>"
        for note in facts.flagNotes where note.flag == flag {
          shown += ": <q class=\"flagged\">\(escape(note.text))</q>"
        }
        return shown
      }.joined(separator: "<br>")
      html += "</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n</section>\n"
  }

  static func body(of version: StatementVersion, in statement: Statement, articles: [Article])
    -> String
  {
    var html = ""
    for segment in CollationSegment.segments(of: version, in: statement, articles: articles) {
      switch segment {
      case .between(let text): html += escape(text)
      case .passageBreak:
        html += " <span class=\"skip\" title=\"the version skips to its next passage\">…</span> "
      case .words(let text, let kind, let reference, let flags):
        if kind == .same {
          html += escape(text)
        } else {
          var title = kind.rawValue + ": " + kind.summary
          if let reference { title += " (reference: “\(reference)”)" }
          let tag = kind == .added ? "ins" : "span"
          html +=
            "<\(tag) class=\"d-\(kind.rawValue)\" title=\"\(escape(title))\">\(escape(text))</\(tag)>"
        }
        html += flagSign(flags)
      case .omitted(let text, _, let flags):
        html +=
          " <del title=\"omitted: a reference word this version leaves out\">\(escape(text))</del>"
        html += flagSign(flags) + " "
      }
    }
    return html
  }

  /// The ⚑ after words that raised `flags`, nothing when there are none.
  static func flagSign(_ flags: [MeaningFlag]) -> String {
    guard !flags.isEmpty else { return "" }
    let title = "raised " + flags.map(\.rawValue).joined(separator: ", ")
    return "<sup class=\"flag\" title=\"\(escape(title))\">⚑</sup>"
  }

  static var legend: String {
    var html = "<section class=\"legend\" aria-label=\"Legend\">\n<h2>Legend</h2>\n<ul>\n"
    for kind in DriftKind.allCases where kind != .same {
      let tag = kind == .added ? "ins" : "span"
      html +=
        "<li><\(tag) class=\"d-\(kind.rawValue)\">\(kind.rawValue)</\(tag)>: \(escape(kind.summary))</li>\n"
    }
    html += "<li><del>omitted</del>: a reference word the version leaves out</li>\n"
    for flag in MeaningFlag.allCases {
      html += "<li><span class=\"flag\">⚑ \(flag.rawValue)</span>: \(escape(flag.summary))</li>\n"
    }
    html += "<li><sup class=\"flag\">⚑</sup> after words: the words that raised a flag</li>\n"
    html += "<li>Kept: the share of the reference's words a version carries</li>\n"
    html +=
      "<li>Exact: the share of a version's own words that are the reference's verbatim</li>\n</ul>\n</section>\n"
    return html
  }

  static let style = """
    body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b;background:#fff}
    h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem}
    table{border-collapse:collapse;width:100%;margin:1rem 0}
    caption{text-align:left;font-weight:600;padding:.25rem 0}
    th,td{border:1px solid #ccc;padding:.4rem .6rem;vertical-align:top;text-align:left}
    thead th{background:#f2f2f2}
    tr.reference td,tr.reference th{background:#f7f9ff}
    td:nth-child(5),td:nth-child(6){white-space:nowrap;text-align:right}
    code{font-size:.85em}
    .d-variant{color:#036;text-decoration:underline dotted}
    .d-inflection{color:#0a5e2a;text-decoration:underline dashed}
    .d-synonym{color:#7a4d00;background:#fff3d6;text-decoration:underline double}
    .d-reworded{color:#8a005f;background:#fde7f4;font-weight:700;text-decoration:underline wavy}
    ins.d-added{color:#00458a;background:#e3f0ff;text-decoration:underline}
    .d-moved{color:#006b6b;font-style:italic;text-decoration:overline}
    .d-attribution{color:#555;font-variant:small-caps}
    del{color:#a40000;text-decoration:line-through}
    .flag{color:#a40000;font-weight:700;white-space:nowrap}
    .skip{color:#777}
    .legend ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}
    .columns{display:grid;gap:1.5rem}.columns article{min-width:0;font-size:.95rem}
    mark{color:inherit;padding:0 .05em}
    @media print{body{margin:0;max-width:none;font-size:11pt}section{break-inside:avoid-page}thead{display:table-header-group}}
    """

  /// Text as HTML shows it: markup characters as entities.
  public static func escape(_ text: String) -> String { MarkupEscaping.entities(text) }
}
