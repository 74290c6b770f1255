import QuotedriftEngine
import QuotedriftTerminal
import TerminalSafety

/// A statement's collation laid out for the screen: a one-line legend, then the reference and
/// every other version, each a header line (the selection mark, the article, its outlet and
/// title cut with `…` to leave room for how much of the reference it keeps and how exact it is),
/// a line of facts (for the reference, why it is the reference; date, whom it credits, whether
/// it quotes, flags), the words that raised a flag outside its passages,
/// and its words wrapped: drift styled, omitted reference words shown `[-like this]` where they
/// would stand (ncurses has no strike-through to rely on), ⚑ after flagged words, and "…" where
/// the version skips to its next passage.
public struct CollationLayout: Sendable {
  public var lines: [[StyledSpan]]
  /// The first line (its header) of each version, by index into `statement.versions`.
  public var versionLines: [Int]

  public init(statement: Statement, corpus: Corpus, width: Int, theme: Theme, selected: Int) {
    var lines: [[StyledSpan]] = [TextLine.truncated(Self.legend(theme: theme), toWidth: width)]
    var versionLines = Array(repeating: 0, count: statement.versions.count)
    let wrapWidth = max(1, width - 4)
    for versionIndex in statement.referenceFirstOrder {
      let version = statement.versions[versionIndex]
      let article = corpus.articles[version.article]
      let facts = VersionFacts(version, of: statement, corpus: corpus)
      versionLines[versionIndex] = lines.count
      let isReference = versionIndex == statement.referenceIndex
      lines.append(
        Self.header(
          marker: versionIndex == selected ? "▶ " : "  ", id: article.id,
          name: facts.outlet.map { "\($0) — \(article.title)" } ?? article.title,
          isReference: isReference, facts: facts, width: width, theme: theme))
      let basis = isReference ? ["reference: \(statement.referenceBasis.description)"] : []
      let summary = basis + [facts.date, facts.credit, facts.quotationPhrase].compactMap { $0 }
      var factsLine = [StyledSpan(summary.joined(separator: " · "), style: theme.subtle)]
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

  /// One line: the mark and article id, its name cut with `…`, the reference label, and kept
  /// and exact at the right edge (nothing drawn for what is missing).
  static func header(
    marker: String, id: String, name: String, isReference: Bool, facts: VersionFacts, width: Int,
    theme: Theme
  ) -> [StyledSpan] {
    let fidelity = "kept \(facts.kept)% · exact \(facts.exact)%"
    let lead = marker + id + " "
    let label = isReference ? (width >= 60 ? "  reference" : "  ref") : ""
    let room = max(0, width - DisplayWidth.of(lead + label) - 2 - DisplayWidth.of(fidelity))
    let shown = DisplayWidth.truncated(TerminalSafeText.sanitize(name), toWidth: room)
    let padding = String(repeating: " ", count: max(2, room - DisplayWidth.of(shown) + 2))
    return [
      StyledSpan(lead + shown, style: theme.title), StyledSpan(label, style: theme.subtle),
      StyledSpan(padding), StyledSpan(fidelity, style: theme.subtle),
    ]
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
