import QuotedriftEngine
import QuotedriftTerminal

/// A statement's collation laid out for the screen: the reference first, then every other
/// version, each a header line and its words wrapped, drift styled, omitted reference words
/// struck through where they would stand, and "…" where the version skips to its next passage.
public struct CollationLayout: Sendable {
  public var lines: [[StyledSpan]]
  /// The first line (its header) of each version, by index into `statement.versions`.
  public var versionLines: [Int]

  public init(statement: Statement, corpus: Corpus, width: Int, theme: Theme, selected: Int) {
    var lines: [[StyledSpan]] = []
    var versionLines = Array(repeating: 0, count: statement.versions.count)
    for versionIndex in statement.referenceFirstOrder {
      let version = statement.versions[versionIndex]
      let article = corpus.articles[version.article]
      versionLines[versionIndex] = lines.count
      let isReference = versionIndex == statement.referenceIndex
      let marker = versionIndex == selected ? "▶ " : "  "
      var header = [
        StyledSpan(marker + "\(article.id) ", style: theme.title),
        StyledSpan(article.title, style: theme.title),
        StyledSpan(
          isReference ? "  reference" : "  fidelity \(Int((version.exact * 100).rounded()))%",
          style: theme.subtle),
      ]
      for flag in version.flags {
        header.append(StyledSpan("  ⚑ \(flag.rawValue)", style: theme.flag))
      }
      lines.append(header)
      var spans: [StyledSpan] = []
      for segment in CollationSegment.segments(of: version, in: statement, corpus: corpus) {
        switch segment {
        case .between(let text): spans.append(StyledSpan(text))
        case .passageBreak: spans.append(StyledSpan(" … ", style: theme.subtle))
        case .words(let text, let kind, _): spans.append(StyledSpan(text, style: theme.drift(kind)))
        case .omitted(let text, _):
          spans.append(StyledSpan(" "))
          spans.append(StyledSpan(text, style: theme.omitted))
          spans.append(StyledSpan(" "))
        }
      }
      lines += TextWrapper.wrap(spans, width: max(1, width - 4)).map { [StyledSpan("    ")] + $0 }
      lines.append([])
    }
    self.lines = lines
    self.versionLines = versionLines
  }
}
