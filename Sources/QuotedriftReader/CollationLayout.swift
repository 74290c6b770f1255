import QuotedriftEngine
import QuotedriftTerminal

/// A statement's collation laid out for the screen: a one-line legend, then the reference and
/// every other version, each a header line, a line of facts (for the reference, why it is the
/// reference; outlet, date, whom it credits,
/// whether it quotes, kept, exact, flags), the words that raised a flag outside its passages,
/// and its words wrapped: drift styled, omitted reference words shown `[-like this]` where they
/// would stand (ncurses has no strike-through to rely on), ⚑ after flagged words, and "…" where
/// the version skips to its next passage.
public struct CollationLayout: Sendable {
  public var lines: [[StyledSpan]]
  /// The first line (its header) of each version, by index into `statement.versions`.
  public var versionLines: [Int]

  public init(statement: Statement, corpus: Corpus, width: Int, theme: Theme, selected: Int) {
    var lines: [[StyledSpan]] = [Self.legend(theme: theme)]
    var versionLines = Array(repeating: 0, count: statement.versions.count)
    let wrapWidth = max(1, width - 4)
    for versionIndex in statement.referenceFirstOrder {
      let version = statement.versions[versionIndex]
      let article = corpus.articles[version.article]
      let facts = VersionFacts(version, of: statement, corpus: corpus)
      versionLines[versionIndex] = lines.count
      let isReference = versionIndex == statement.referenceIndex
      let marker = versionIndex == selected ? "▶ " : "  "
      lines.append([
        StyledSpan(marker + "\(article.id) ", style: theme.title),
        StyledSpan(article.title, style: theme.title),
        StyledSpan(isReference ? "  reference" : "", style: theme.subtle),
      ])
      let basis = isReference ? "reference: \(statement.referenceBasis.description) · " : ""
      var factsLine = [StyledSpan(basis + facts.summary, style: theme.subtle)]
      for flag in version.flags {
        factsLine.append(StyledSpan("  ⚑ \(flag.rawValue)", style: theme.flag))
      }
      lines += TextWrapper.wrap(factsLine, width: wrapWidth).map { [StyledSpan("    ")] + $0 }
      for note in facts.flagNotes {
        let spans = [StyledSpan("⚑ \(note.flag.rawValue): \(note.text)", style: theme.flag)]
        lines += TextWrapper.wrap(spans, width: wrapWidth).map { [StyledSpan("    ")] + $0 }
      }
      var spans: [StyledSpan] = []
      for segment in CollationSegment.segments(of: version, in: statement, corpus: corpus) {
        switch segment {
        case .between(let text): spans.append(StyledSpan(text))
        case .passageBreak: spans.append(StyledSpan(" … ", style: theme.subtle))
        case .words(let text, let kind, _, let flags):
          spans.append(StyledSpan(text, style: theme.drift(kind)))
          if !flags.isEmpty { spans.append(StyledSpan("⚑", style: theme.flag)) }
        case .omitted(let text, _, let flags):
          spans.append(StyledSpan(" "))
          spans.append(StyledSpan("[-\(text)]", style: theme.omitted))
          if !flags.isEmpty { spans.append(StyledSpan("⚑", style: theme.flag)) }
          spans.append(StyledSpan(" "))
        }
      }
      lines += TextWrapper.wrap(spans, width: wrapWidth).map { [StyledSpan("    ")] + $0 }
      lines.append([])
    }
    self.lines = lines
    self.versionLines = versionLines
  }

  /// Every drift class in its own style, omitted words and the flag sign, on one line.
  static func legend(theme: Theme) -> [StyledSpan] {
    var spans = [StyledSpan("drift:", style: theme.subtle)]
    for kind in DriftKind.allCases where kind != .same {
      spans += [StyledSpan(" "), StyledSpan(kind.rawValue, style: theme.drift(kind))]
    }
    spans += [
      StyledSpan(" "), StyledSpan("[-omitted]", style: theme.omitted), StyledSpan("  "),
      StyledSpan("⚑ flagged", style: theme.flag),
    ]
    return spans
  }
}
