import TerminalSafety

/// A version of a statement read as a run of segments, ready to show: its words grouped into runs
/// of one drift kind, the reference words it leaves out placed where they would stand, and breaks
/// between its passages; runs carry the meaning flags their words raised. Every export and the
/// reader show versions from these.
public enum CollationSegment: Sendable, Equatable {
  /// Words of the version (with the text between them, white space collapsed) of one drift kind;
  /// `reference` is the reference's wording of the same run, when it differs; `flags` are the
  /// meaning flags these words raised.
  case words(text: String, kind: DriftKind, reference: String?, flags: [MeaningFlag])
  /// Text between runs: spaces and punctuation.
  case between(String)
  /// Reference words the version leaves out, and the flags their leaving out raised.
  case omitted(text: String, count: Int, flags: [MeaningFlag])
  /// The version skips to its next passage.
  case passageBreak

  /// The segments of `version`, its article in `corpus`.
  public static func segments(of version: StatementVersion, in statement: Statement, corpus: Corpus)
    -> [CollationSegment]
  {
    segments(of: version, in: statement, articles: corpus.articles)
  }

  /// The segments of `version` of `statement`.
  public static func segments(
    of version: StatementVersion, in statement: Statement, articles: [Article]
  )
    -> [CollationSegment]
  {
    let article = articles[version.article]
    let referenceArticle = articles[statement.reference.article]
    let referenceWords = statement.reference.passages.flatMap { Array($0.words) }
    let referencePosition = Dictionary(
      referenceWords.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    // Omitted reference words go after the version word aligned just before them.
    let omittedPositions = version.omitted.compactMap { referencePosition[$0] }.sorted()
    var pendingOmitted = omittedPositions[...]
    var wordFlags: [Int: [MeaningFlag]] = [:]
    var referenceFlags: [Int: [MeaningFlag]] = [:]
    for flagged in version.flagged {
      for word in flagged.words { wordFlags[word, default: []].append(flagged.flag) }
      for word in flagged.referenceWords { referenceFlags[word, default: []].append(flagged.flag) }
    }
    var segments: [CollationSegment] = []
    func flushOmitted(before position: Int?) {
      var run: [Int] = []
      func flush() {
        guard !run.isEmpty else { return }
        segments.append(
          omittedSegment(
            run, referenceWords, referenceArticle,
            flags: referenceFlags[referenceWords[run[0]]] ?? []))
        run = []
      }
      while let next = pendingOmitted.first, position == nil || next < position! {
        if let last = run.last,
          next != last + 1
            || referenceFlags[referenceWords[next]] != referenceFlags[referenceWords[last]]
        {
          flush()
        }
        run.append(next)
        pendingOmitted.removeFirst()
      }
      flush()
    }
    for (passageIndex, passage) in version.passages.enumerated() {
      if passageIndex > 0 { segments.append(.passageBreak) }
      var index = 0
      let drift = passage.drift
      while index < drift.count {
        let kind = drift[index].kind
        if index > 0 {
          segments.append(
            .between(
              collapse(
                article.text(
                  article.words[drift[index - 1].word].end..<article.words[drift[index].word].start)
              )))
        }
        if kind != .moved, let reference = drift[index].referenceWord,
          let position = referencePosition[reference]
        {
          flushOmitted(before: position)
        }
        var end = index + 1
        while end < drift.count && drift[end].kind == kind
          && wordFlags[drift[end].word] == wordFlags[drift[index].word]
          && !hasOmittedBetween(drift[end - 1], drift[end], pendingOmitted, referencePosition)
        {
          end += 1
        }
        let text = collapse(
          article.text(
            article.words[drift[index].word].start..<article.words[drift[end - 1].word].end))
        let referenceRun = drift[index..<end].compactMap(\.referenceWord)
        var referenceText: String?
        if kind != .same && kind != .added, let low = referenceRun.min(),
          let high = referenceRun.max()
        {
          referenceText = collapse(
            referenceArticle.text(
              referenceArticle.words[low].start..<referenceArticle.words[high].end))
        }
        segments.append(
          .words(
            text: text, kind: kind, reference: referenceText == text ? nil : referenceText,
            flags: wordFlags[drift[index].word] ?? []))
        index = end
      }
    }
    flushOmitted(before: nil)
    return segments
  }

  private static func hasOmittedBetween(
    _ first: WordDrift, _ second: WordDrift, _ pending: ArraySlice<Int>,
    _ referencePosition: [Int: Int]
  ) -> Bool {
    guard let next = pending.first, let reference = second.referenceWord,
      let position = referencePosition[reference]
    else { return false }
    return next < position && second.kind != .moved
  }

  private static func omittedSegment(
    _ run: [Int], _ referenceWords: [Int], _ article: Article, flags: [MeaningFlag]
  ) -> CollationSegment {
    let first = article.words[referenceWords[run.first!]]
    let last = article.words[referenceWords[run.last!]]
    return .omitted(
      text: collapse(article.text(first.start..<last.end)), count: run.count, flags: flags)
  }

  /// Terminal-safe text with every run of white space made one space.
  static func collapse(_ text: String) -> String {
    var result = ""
    var lastWasSpace = false
    for scalar in TerminalSafeText.sanitize(text).unicodeScalars {
      let isSpace = scalar.properties.isWhitespace
      if isSpace {
        if !lastWasSpace { result.unicodeScalars.append(" ") }
      } else {
        result.unicodeScalars.append(scalar)
      }
      lastWasSpace = isSpace
    }
    return result
  }
}
