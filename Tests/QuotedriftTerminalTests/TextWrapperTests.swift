import Testing

@testable import QuotedriftTerminal

/// The text of each wrapped line.
private func texts(_ lines: [[StyledSpan]]) -> [String] {
  lines.map { $0.map(\.text).joined() }
}

private func wrapped(_ text: String, width: Int) -> [String] {
  texts(TextWrapper.wrap([StyledSpan(text)], width: width))
}

private let bold = Style(attributes: .bold)
private let italic = Style(attributes: .italic)
private let red = Style(foreground: .ansi(1))

/// SplitMix64: a small seeded generator, so every run checks the same strings.
private struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

private let emoji = [
  "😀", "👍🏽", "🇯🇵", "👨\u{200D}👩\u{200D}👧\u{200D}👦", "❤\u{FE0F}", "1\u{FE0F}\u{20E3}", "🎉",
]
private let marks: [Unicode.Scalar] = ["\u{301}", "\u{308}", "\u{316}", "\u{35C}", "\u{20DD}"]

/// A random word: ASCII letters, CJK ideographs, emoji, or letters carrying combining marks, or a
/// mix of them.
private func randomWord(_ generator: inout SeededGenerator, allowWide: Bool) -> String {
  let length = Int.random(in: 1...14, using: &generator)
  var word = ""
  let kind = Int.random(in: 0..<(allowWide ? 5 : 3), using: &generator)
  for _ in 0..<length {
    switch kind == 4 ? Int.random(in: 0..<4, using: &generator) : kind {
    case 0, 1:
      word.unicodeScalars.append(Unicode.Scalar(UInt8.random(in: 0x61...0x7A, using: &generator)))
    case 2:
      word += "e"
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        word.unicodeScalars.append(marks.randomElement(using: &generator)!)
      }
    case 3 where allowWide:
      word.unicodeScalars.append(
        Unicode.Scalar(UInt32.random(in: 0x4E00...0x9FFF, using: &generator))!)
    default:
      word += allowWide ? emoji.randomElement(using: &generator)! : "x"
    }
  }
  return word
}

/// Random text: words separated by runs of spaces and tabs, sometimes line breaks.
private func randomText(_ generator: inout SeededGenerator, allowWide: Bool) -> String {
  var text = ""
  for _ in 0..<Int.random(in: 1...12, using: &generator) {
    switch Int.random(in: 0..<10, using: &generator) {
    case 0: text += "\n"
    case 1: text += "   "
    case 2: text += " \t "
    default: text += " "
    }
    text += randomWord(&generator, allowWide: allowWide)
  }
  if Bool.random(using: &generator) { text += " " }
  return text
}

private func randomSpans(_ generator: inout SeededGenerator, allowWide: Bool) -> [StyledSpan] {
  let styles = [Style.plain, bold, italic, red]
  return (0..<Int.random(in: 1...5, using: &generator)).map { _ in
    StyledSpan(
      randomText(&generator, allowWide: allowWide), style: styles.randomElement(using: &generator)!)
  }
}

/// Every scalar but spaces, tabs and line breaks, in order: what wrapping must keep.
private func content(_ text: String) -> [Unicode.Scalar] {
  text.unicodeScalars.filter { !["\n", "\r", "\t", " "].contains($0) }
}

/// Checks the wrapping invariants of `spans` at `width`; returns a failure description or nil.
private func wrappingProblem(_ spans: [StyledSpan], width: Int) -> String? {
  let lines = TextWrapper.wrap(spans, width: width)
  for (index, line) in lines.enumerated() {
    let text = line.map(\.text).joined()
    let lineWidth = DisplayWidth.of(text)
    if lineWidth > width { return "line \(index) \(text.debugDescription) is \(lineWidth) wide" }
    if text.hasPrefix(" ") { return "line \(index) \(text.debugDescription) starts with a space" }
    if index < lines.count - 1 && text.hasSuffix(" ") {
      return "line \(index) \(text.debugDescription) ends with a space"
    }
  }
  let before = spans.flatMap { content($0.text) }
  let after = lines.flatMap { $0.flatMap { content($0.text) } }
  if before != after { return "content changed" }
  // Each non-space scalar keeps its span's style.
  let stylesBefore = spans.flatMap { span in content(span.text).map { _ in span.style } }
  let stylesAfter = lines.flatMap {
    $0.flatMap { span in content(span.text).map { _ in span.style } }
  }
  if stylesBefore != stylesAfter { return "styles changed" }
  return nil
}

@Suite struct TextWrapperTests {
  // MARK: Breaking at spaces

  @Test func wrapsAtSpacesToFillEachLine() {
    #expect(wrapped("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    #expect(wrapped("the quick brown fox jumps", width: 25) == ["the quick brown fox jumps"])
    #expect(wrapped("the quick brown fox jumps", width: 9) == ["the quick", "brown fox", "jumps"])
    #expect(
      wrapped("the quick brown fox jumps", width: 8) == ["the", "quick", "brown", "fox", "jumps"])
  }

  @Test func wordExactlyFillingTheLineFitsAndTheSpaceAfterItIsDropped() {
    #expect(wrapped("abcde fgh", width: 5) == ["abcde", "fgh"])
    #expect(wrapped("ab cd", width: 5) == ["ab cd"])
  }

  @Test func measuresByDisplayWidthNotCharacterCount() {
    // "漢字 漢字" is 5 characters but 9 columns.
    #expect(wrapped("漢字 漢字 漢字", width: 9) == ["漢字 漢字", "漢字"])
    #expect(wrapped("漢字 漢字 漢字", width: 8) == ["漢字", "漢字", "漢字"])
    #expect(wrapped("😀😀 ab", width: 7) == ["😀😀 ab"])
    #expect(wrapped("😀😀 ab", width: 6) == ["😀😀", "ab"])
  }

  @Test func combiningMarksAddNoWidth() {
    let cafe = "cafe\u{301}"
    #expect(wrapped("\(cafe) \(cafe)", width: 9) == ["\(cafe) \(cafe)"])
    #expect(wrapped("\(cafe) \(cafe)", width: 8) == [cafe, cafe])
    let zalgo = "a" + String(repeating: "\u{301}", count: 2_000)
    #expect(wrapped("\(zalgo) \(zalgo) b", width: 3) == ["\(zalgo) \(zalgo)", "b"])
  }

  @Test func emptyTextIsOneEmptyLine() {
    #expect(TextWrapper.wrap([], width: 10).count == 1)
    #expect(wrapped("", width: 10) == [""])
    #expect(wrapped("     ", width: 10) == [""])
  }

  @Test func zeroOrNegativeWidthGivesNoLines() {
    #expect(TextWrapper.wrap([StyledSpan("abc")], width: 0).isEmpty)
    #expect(TextWrapper.wrap([StyledSpan("abc")], width: -3).isEmpty)
    let result = TextWrapper.wrapKeepingPositions([StyledSpan("a"), StyledSpan("b")], width: 0)
    #expect(result.lines.isEmpty)
    #expect(result.startLines == [0, 0])
  }

  // MARK: Never wider than the width

  @Test(arguments: [2, 3, 4, 5, 7, 10, 13, 20, 27, 40])
  func noLineIsWiderThanTheWidthOverRandomText(width: Int) {
    var generator = SeededGenerator(seed: 0x5EED_0000 + UInt64(width))
    for round in 0..<300 {
      let spans = randomSpans(&generator, allowWide: true)
      let problem = wrappingProblem(spans, width: width)
      #expect(
        problem == nil,
        "round \(round), width \(width): \(problem ?? "") in \(spans.map(\.text).debugDescription)")
      if problem != nil { return }
    }
  }

  @Test func noLineIsWiderThanOneColumnForNarrowText() {
    var generator = SeededGenerator(seed: 1)
    for round in 0..<300 {
      let spans = randomSpans(&generator, allowWide: false)
      let problem = wrappingProblem(spans, width: 1)
      #expect(problem == nil, "round \(round): \(problem ?? "") in \(spans.map(\.text))")
      if problem != nil { return }
    }
  }

  @Test func everyWidthFromOneToFortyKeepsNarrowLinesWithinTheWidth() {
    var generator = SeededGenerator(seed: 42)
    for width in 1...40 {
      for _ in 0..<40 {
        let spans = randomSpans(&generator, allowWide: width >= 2)
        let problem = wrappingProblem(spans, width: width)
        #expect(problem == nil, "width \(width): \(problem ?? "") in \(spans.map(\.text))")
        if problem != nil { return }
      }
    }
  }

  /// A wide character can never fit one column: it takes a line of its own (two columns wide),
  /// and no empty line is made before it.
  @Test func wideCharacterAtWidthOneTakesALineOfItsOwn() {
    #expect(wrapped("漢", width: 1) == ["漢"])
    #expect(wrapped("a 漢字 b", width: 1) == ["a", "漢", "字", "b"])
    #expect(wrapped("😀x", width: 1) == ["😀", "x"])
  }

  // MARK: Long words

  @Test func wordLongerThanTheWidthBreaksBetweenCharacters() {
    #expect(wrapped("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    #expect(wrapped("ab abcdefghij", width: 4) == ["ab", "abcd", "efgh", "ij"])
    #expect(wrapped("abcdefghij xy", width: 4) == ["abcd", "efgh", "ij", "xy"])
  }

  @Test func brokenWordNeverSplitsAGraphemeCluster() {
    let letter = "e\u{301}\u{316}"
    let lines = wrapped(String(repeating: letter, count: 10), width: 4)
    #expect(
      lines == [
        String(repeating: letter, count: 4), String(repeating: letter, count: 4), letter + letter,
      ])
    let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"
    #expect(wrapped(family + family + family, width: 3) == [family, family, family])
    #expect(wrapped("🇯🇵🇫🇷🇩🇪", width: 5) == ["🇯🇵🇫🇷", "🇩🇪"])
  }

  @Test func brokenWordNeverSplitsAWideCharacter() {
    #expect(wrapped("漢字漢字漢", width: 5) == ["漢字", "漢字", "漢"])
    #expect(wrapped("漢字漢", width: 3) == ["漢", "字", "漢"])
    #expect(wrapped("a漢字", width: 2) == ["a", "漢", "字"])
    #expect(wrapped("ab漢cd", width: 3) == ["ab", "漢c", "d"])
  }

  // MARK: Line breaks and spaces

  @Test func lineBreaksStartNewLines() {
    #expect(wrapped("one\ntwo", width: 20) == ["one", "two"])
    #expect(wrapped("one\r\ntwo\rthree", width: 20) == ["one", "two", "three"])
    #expect(wrapped("a\n\nb", width: 20) == ["a", "", "b"])
    #expect(wrapped("a\n", width: 20) == ["a", ""])
  }

  @Test func spaceBeforeALineBreakIsDropped() {
    #expect(wrapped("a \nb", width: 20) == ["a", "b"])
    #expect(wrapped("a\n   b", width: 20) == ["a", "b"])
  }

  @Test func runsOfSpacesAndTabsCollapseToOne() {
    #expect(wrapped("a    b\t\tc \t d", width: 20) == ["a b c d"])
    #expect(wrapped("   leading", width: 20) == ["leading"])
    #expect(wrapped("aaaa     bbbb", width: 4) == ["aaaa", "bbbb"])
  }

  @Test func runsOfSpacesCollapseAcrossSpans() {
    let lines = TextWrapper.wrap([StyledSpan("said "), StyledSpan(" hello")], width: 40)
    #expect(texts(lines) == ["said hello"])
    let spaced = TextWrapper.wrap(
      [StyledSpan("a "), StyledSpan("   ", style: bold), StyledSpan(" \tb")], width: 40)
    #expect(texts(spaced) == ["a b"])
    // The run is dropped as a whole where the line breaks.
    let broken = TextWrapper.wrap([StyledSpan("abc "), StyledSpan(" de")], width: 5)
    #expect(texts(broken) == ["abc", "de"])
  }

  @Test func spaceAtALineBreakLeavesNoEmptySpanBehind() {
    let lines = TextWrapper.wrap(
      [StyledSpan("abcd"), StyledSpan(" ", style: bold), StyledSpan("efgh")], width: 6)
    #expect(lines == [[StyledSpan("abcd")], [StyledSpan("efgh")]])
  }

  // MARK: Touching text

  @Test func textTouchingAcrossSpansStaysTogether() {
    let lines = TextWrapper.wrap(
      [StyledSpan("see "), StyledSpan("quote", style: bold), StyledSpan(".")], width: 9)
    #expect(texts(lines) == ["see", "quote."])
    #expect(lines[1] == [StyledSpan("quote", style: bold), StyledSpan(".")])
    #expect(
      texts(
        TextWrapper.wrap(
          [StyledSpan("see "), StyledSpan("quote", style: bold), StyledSpan(".")], width: 10)) == [
          "see quote."
        ])
  }

  @Test func touchingTextWiderThanTheWidthBreaksBetweenCharacters() {
    let lines = TextWrapper.wrap(
      [StyledSpan("hello", style: bold), StyledSpan(", world")], width: 5)
    #expect(texts(lines) == ["hello", ",", "world"])
    #expect(lines[0] == [StyledSpan("hello", style: bold)])
    let split = TextWrapper.wrap(
      [StyledSpan("abc", style: bold), StyledSpan("defg", style: red)], width: 5)
    #expect(
      split == [
        [StyledSpan("abc", style: bold), StyledSpan("de", style: red)],
        [StyledSpan("fg", style: red)],
      ])
  }

  // MARK: Styles

  @Test func stylesAreKeptPerSpan() {
    let lines = TextWrapper.wrap(
      [StyledSpan("hello ", style: bold), StyledSpan("world", style: italic)], width: 20)
    #expect(lines == [[StyledSpan("hello ", style: bold), StyledSpan("world", style: italic)]])
  }

  @Test func adjacentSameStyleTextMerges() {
    let lines = TextWrapper.wrap(
      [StyledSpan("ab", style: red), StyledSpan(" cd", style: red), StyledSpan("ef", style: bold)],
      width: 20)
    #expect(lines == [[StyledSpan("ab cd", style: red), StyledSpan("ef", style: bold)]])
    #expect(wrapped("a b c", width: 20) == ["a b c"])
    #expect(TextWrapper.wrap([StyledSpan("a b c")], width: 20)[0].count == 1)
  }

  @Test func eachWrappedLineCarriesTheStylesOfItsText() {
    let lines = TextWrapper.wrap(
      [StyledSpan("aaa bbb", style: bold), StyledSpan(" ccc ddd", style: italic)], width: 7)
    #expect(
      lines == [
        [StyledSpan("aaa bbb", style: bold)],
        [StyledSpan("ccc ddd", style: italic)],
      ])
  }

  @Test func spanSplitAcrossLinesKeepsItsStyleOnBoth() {
    let lines = TextWrapper.wrap(
      [StyledSpan("xx ", style: .plain), StyledSpan("one two", style: red)], width: 6)
    #expect(texts(lines) == ["xx one", "two"])
    #expect(lines[0].last == StyledSpan("one", style: red))
    #expect(lines[1] == [StyledSpan("two", style: red)])
  }

  @Test func brokenLongWordKeepsItsStyle() {
    let lines = TextWrapper.wrap([StyledSpan("abcdef", style: bold)], width: 4)
    #expect(lines == [[StyledSpan("abcd", style: bold)], [StyledSpan("ef", style: bold)]])
  }

  // MARK: wrapKeepingPositions

  @Test func startLinesGiveTheLineOfEachSpansFirstWord() {
    let result = TextWrapper.wrapKeepingPositions(
      [StyledSpan("aaaa "), StyledSpan("bbbb ", style: bold), StyledSpan("cc", style: red)],
      width: 9)
    #expect(texts(result.lines) == ["aaaa bbbb", "cc"])
    #expect(result.startLines == [0, 0, 1])
  }

  @Test func spanWhoseWordMovesToTheNextLineStartsThere() {
    let result = TextWrapper.wrapKeepingPositions(
      [StyledSpan("hello "), StyledSpan("world", style: bold)], width: 8)
    #expect(texts(result.lines) == ["hello", "world"])
    // The span begins while "hello " is still on line 0, but its word lands on line 1.
    #expect(result.startLines == [0, 1])
  }

  @Test func spanStartingWithSpacesThenAMovedWordStartsOnTheNextLine() {
    let result = TextWrapper.wrapKeepingPositions(
      [StyledSpan("abcd"), StyledSpan("   efgh", style: bold)], width: 6)
    #expect(texts(result.lines) == ["abcd", "efgh"])
    #expect(result.startLines == [0, 1])
  }

  @Test func startLinesFollowLineBreaksAndLongWords() {
    let result = TextWrapper.wrapKeepingPositions(
      [
        StyledSpan("first"), StyledSpan("\n\nthird", style: bold),
        StyledSpan(" abcdefghijkl", style: red), StyledSpan(" end"),
      ], width: 5)
    #expect(texts(result.lines) == ["first", "", "third", "abcde", "fghij", "kl", "end"])
    #expect(result.startLines == [0, 2, 3, 6])
  }

  @Test func spanOfSpacesOnlyBetweenWordsOnOneLineStartsOnThatLine() {
    let result = TextWrapper.wrapKeepingPositions(
      [StyledSpan("ab"), StyledSpan("   "), StyledSpan(""), StyledSpan("cd")], width: 10)
    #expect(texts(result.lines) == ["ab cd"])
    #expect(result.startLines == [0, 0, 0, 0])
  }

  /// Regression: every space used to be credited to span 0: a span of
  /// spaces only never gets its own line (it takes the start line of the span before it), and an
  /// empty or spaces-only first span takes the line of the first space anywhere in the text.
  @Test func spanOfSpacesOnlyStartsOnTheLineItsSpaceLandsOn() {
    let result = TextWrapper.wrapKeepingPositions(
      [StyledSpan("aaaa bbbb"), StyledSpan("  ", style: bold), StyledSpan("cc")], width: 7)
    #expect(texts(result.lines) == ["aaaa", "bbbb cc"])
    #expect(result.startLines[0] == 0)
    #expect(result.startLines[2] == 1)
    #expect(result.startLines[1] == 1)
  }

  @Test func emptyFirstSpanStartsOnTheFirstLine() {
    let result = TextWrapper.wrapKeepingPositions(
      [StyledSpan(""), StyledSpan("one\ntwo three")], width: 20)
    #expect(texts(result.lines) == ["one", "two three"])
    #expect(result.startLines[1] == 0)
    #expect(result.startLines == [0, 0])
    let spaces = TextWrapper.wrapKeepingPositions(
      [StyledSpan("  "), StyledSpan("one\ntwo three")], width: 20)
    #expect(spaces.startLines == [0, 0])
  }

  @Test func startLinesGiveTheLineOfEachSpansFirstVisibleCharacterOverRandomText() {
    var generator = SeededGenerator(seed: 7)
    for width in 2...30 {
      for _ in 0..<20 {
        let spans = randomSpans(&generator, allowWide: true)
        let result = TextWrapper.wrapKeepingPositions(spans, width: width)
        #expect(result.startLines.count == spans.count)
        #expect(result.startLines == result.startLines.sorted(), "\(spans.map(\.text))")
        #expect(result.startLines.allSatisfy { $0 >= 0 && $0 < result.lines.count })
        #expect(result.lines == TextWrapper.wrap(spans, width: width))
        // The line holding each span's first visible scalar, counted through the content.
        var lineEnds: [Int] = []
        var total = 0
        for line in result.lines {
          total += line.reduce(0) { $0 + content($1.text).count }
          lineEnds.append(total)
        }
        var offset = 0
        for (index, span) in spans.enumerated() {
          let count = content(span.text).count
          if count > 0 {
            let line = lineEnds.firstIndex { $0 > offset }
            #expect(result.startLines[index] == line, "span \(index) of \(spans.map(\.text))")
          }
          offset += count
        }
      }
    }
  }
}
