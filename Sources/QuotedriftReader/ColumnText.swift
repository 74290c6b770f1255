import QuotedriftEngine
import QuotedriftTerminal

/// One column of side by side: an article's paragraphs as lines of styled spans, passages
/// tinted in their statement's colour and drifted words styled by drift class, wrapped by
/// display width in segments, each after the first starting (on a line of its own) at a word
/// the columns align; for every line the statement it shows, if any, and the line chosen words
/// start on.
struct ColumnText: Sendable {
  var lines: [[StyledSpan]]
  /// For each line, the first statement whose passage words it shows.
  var lineStatements: [Int?]
  /// The first line of each segment: segment 0 at line 0, segment `k` at the `k`-th break.
  var segmentStarts: [Int]
  /// The line each tracked word starts on.
  var wordLines: [Int: Int]
  /// For each line, the first word that starts on it, if any.
  var lineWords: [Int?]

  /// Lays `article` out at `width` columns with `words` styled (statement and drift), breaking
  /// the flow before each word of `breaks` (in reading order), and tracking the lines of
  /// `tracked` words; the words of `highlight` (a search hit) are marked as matches.
  init(
    article: Article, words: [Int: (statement: Int, kind: DriftKind)], breaks: [Int],
    tracked: Set<Int>, highlight: Range<Int>? = nil, width: Int, theme: Theme
  ) {
    var spans: [StyledSpan] = []
    var spanStatements: [Int?] = []
    var spanWords: [Int?] = []
    func add(_ text: String, _ style: Style, _ statement: Int?, word: Int? = nil) {
      spans.append(StyledSpan(text, style: style))
      spanStatements.append(statement)
      spanWords.append(word)
    }
    var previousParagraph: Int?
    var cursor = article.bodyStart
    for sentence in article.sentences {
      if let previousParagraph, previousParagraph != sentence.paragraph {
        add("\n\n", .plain, nil)
        cursor = article.sentences.first { $0.paragraph == sentence.paragraph }!.start
      }
      previousParagraph = sentence.paragraph
      if cursor < sentence.start {
        add(
          article.text(cursor..<sentence.start).replacingOccurrences(of: "\n", with: " "), .plain,
          nil)
        cursor = sentence.start
      }
      for wordIndex in sentence.words {
        let word = article.words[wordIndex]
        let info = words[wordIndex]
        let previousInfo = wordIndex > 0 ? words[wordIndex - 1] : nil
        let gapStatement =
          info != nil && previousInfo?.statement == info?.statement ? info?.statement : nil
        if cursor < word.start {
          let gap = article.text(cursor..<word.start).replacingOccurrences(of: "\n", with: " ")
          add(gap, gapStatement.map { theme.tint($0) } ?? .plain, gapStatement)
        }
        var style =
          info.map { theme.tint($0.statement).patched(with: theme.drift($0.kind)) } ?? .plain
        if highlight?.contains(wordIndex) == true { style = style.patched(with: theme.searchMatch) }
        add(article.text(ofWord: wordIndex), style, info?.statement, word: wordIndex)
        cursor = word.end
      }
      if cursor < sentence.end {
        let statement = sentence.words.last.flatMap { words[$0]?.statement }
        add(
          article.text(cursor..<sentence.end), statement.map { theme.tint($0) } ?? .plain, statement
        )
        cursor = sentence.end
      }
    }
    // Where each segment starts: at its word, or before the punctuation that opens it (“).
    var spanOfWord: [Int: Int] = [:]
    for (span, word) in spanWords.enumerated() { if let word { spanOfWord[word] = span } }
    var cuts: [Int] = []
    for word in breaks {
      // A word not in the text (none should be) opens an empty segment: one per break always.
      guard var cut = spanOfWord[word] else {
        cuts.append(cuts.last ?? 0)
        continue
      }
      while cut > 0, spanWords[cut - 1] == nil, !spans[cut - 1].text.contains(where: \.isWhitespace)
      {
        cut -= 1
      }
      if cut > 0, spanWords[cut - 1] == nil, spans[cut - 1].text != "\n\n",
        let space = spans[cut - 1].text.lastIndex(where: \.isWhitespace),
        spans[cut - 1].text.index(after: space) < spans[cut - 1].text.endIndex
      {
        // A gap like " “": the space stays behind, the quotation mark opens the segment.
        let text = spans[cut - 1].text
        let tail = String(text[text.index(after: space)...])
        spans[cut - 1].text = String(text[...space])
        spans.insert(StyledSpan(tail, style: spans[cut - 1].style), at: cut)
        spanStatements.insert(spanStatements[cut - 1], at: cut)
        spanWords.insert(nil, at: cut)
        for (other, span) in spanOfWord where span >= cut { spanOfWord[other] = span + 1 }
        cuts = cuts.map { $0 >= cut ? $0 + 1 : $0 }
      }
      cuts.append(cut)
    }
    var lines: [[StyledSpan]] = []
    var lineStatements: [Int?] = []
    var segmentStarts: [Int] = []
    var wordLines: [Int: Int] = [:]
    var lineWords: [Int?] = []
    var starts = [0] + cuts
    starts = starts.map { min($0, spans.count) }
    for (segment, start) in starts.enumerated() {
      let end = segment + 1 < starts.count ? max(start, starts[segment + 1]) : spans.count
      let range = start..<max(start, end)
      let wrapped = TextWrapper.wrapKeepingPositions(Array(spans[range]), width: max(1, width))
      var segmentLines = wrapped.lines
      // The line the last line break opened stays empty: the next segment starts there.
      if segmentLines.last?.isEmpty == true { segmentLines.removeLast() }
      segmentStarts.append(lines.count)
      var statements = [Int?](repeating: nil, count: segmentLines.count)
      var firstWords = [Int?](repeating: nil, count: segmentLines.count)
      for (position, span) in range.enumerated() {
        let line = wrapped.startLines[position]
        guard line < segmentLines.count else { continue }
        if let statement = spanStatements[span], statements[line] == nil,
          spans[span].text.contains(where: { !$0.isWhitespace })
        {
          statements[line] = statement
        }
        if let word = spanWords[span] {
          if firstWords[line] == nil { firstWords[line] = word }
          if tracked.contains(word) { wordLines[word] = lines.count + line }
        }
      }
      lines += segmentLines
      lineStatements += statements
      lineWords += firstWords
    }
    self.lines = lines
    self.lineStatements = lineStatements
    self.segmentStarts = segmentStarts
    self.wordLines = wordLines
    self.lineWords = lineWords
  }

  /// The lines of segment `segment`.
  func segmentLines(_ segment: Int) -> Range<Int> {
    segmentStarts[
      segment]..<(segment + 1 < segmentStarts.count ? segmentStarts[segment + 1] : lines.count)
  }

  /// The plain text of line `index`.
  func text(ofLine index: Int) -> String { lines[index].map(\.text).joined() }
}
