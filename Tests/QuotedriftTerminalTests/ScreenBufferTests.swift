import Testing

@testable import QuotedriftTerminal

/// Scalars that must never reach a cell: C0 controls, DEL, C1 controls, bidi embeddings,
/// overrides and isolates.
private func isForbiddenInCell(_ scalar: Unicode.Scalar) -> Bool {
  let value = scalar.value
  return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
    || (0x2066...0x2069).contains(value)
}

/// Every wide cell is followed by a continuation, every continuation follows a wide cell, and
/// each row's text takes exactly the buffer's width.
private func wideCellsAreWellFormed(_ buffer: ScreenBuffer) -> Bool {
  for row in 0..<buffer.height {
    for column in 0..<buffer.width {
      let cell = buffer[column, row]
      if cell.width == 2 {
        guard column + 1 < buffer.width, buffer[column + 1, row].isContinuation else {
          return false
        }
      }
      if cell.isContinuation {
        guard column > 0, buffer[column - 1, row].width == 2 else { return false }
      }
    }
    if DisplayWidth.of(buffer.line(row)) != buffer.width { return false }
  }
  return true
}

private let hostileInputs: [String] = {
  var inputs: [String] = [
    "\u{1B}[31mred\u{1B}[0m",  // CSI SGR
    "\u{1B}]52;c;AAAA\u{07}",  // OSC 52: write the clipboard
    "\u{1B}]0;title\u{1B}\\",  // OSC with ST terminator
    "\u{9B}31mred",  // C1 CSI
    "\u{9D}52;c;AAAA\u{9C}",  // C1 OSC and ST
    "\u{1B}P1$r\u{1B}\\",  // DCS
    "abc\u{7F}def",  // DEL
    "\u{202E}evil\u{202C}",  // Bidi override and pop
    "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}",
    "\u{2066}\u{2067}\u{2068}\u{2069}",
    "a\u{1B}\u{301}b",  // Escape with a combining mark after it
    "e\u{301}\u{202E}\u{301}",  // Mark, override, mark
    "漢\u{1B}[2J字",  // Clear screen between wide characters
    "line\none\r\ntwo\rthree\ttab",
    "\u{85}next line\u{2028}\u{2029}",
    "😀\u{200D}\u{1B}",  // ZWJ followed by ESC
  ]
  inputs.append(String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar($0)! })))
  inputs.append(String(String.UnicodeScalarView((0x7F...0x9F).map { Unicode.Scalar($0)! })))
  return inputs
}()

private let red = Style(foreground: .ansi(1))
private let bold = Style(attributes: .bold)

@Suite struct ScreenBufferTests {
  // MARK: Construction

  @Test func newBufferIsAllBlankCells() {
    let buffer = ScreenBuffer(width: 4, height: 3)
    #expect(buffer.cells.count == 12)
    #expect(buffer.cells.allSatisfy { $0 == .blank })
    #expect(buffer.area == Rect(x: 0, y: 0, width: 4, height: 3))
    #expect(buffer.text == "    \n    \n    ")
  }

  @Test func negativeSizeClampsToEmptyBuffer() {
    var buffer = ScreenBuffer(width: -3, height: -1)
    #expect(buffer.width == 0)
    #expect(buffer.height == 0)
    #expect(buffer.cells.isEmpty)
    #expect(buffer.put("abc", x: 0, y: 0) == 0)
    #expect(buffer.changes(since: nil).isEmpty)
  }

  // MARK: put() of ASCII

  @Test func putWritesASCIIOneCellPerCharacterAndReturnsColumnsUsed() {
    var buffer = ScreenBuffer(width: 10, height: 2)
    let used = buffer.put("hello", x: 2, y: 1, style: red)
    #expect(used == 5)
    #expect(buffer.line(1) == "  hello   ")
    #expect(buffer.line(0) == String(repeating: " ", count: 10))
    for (offset, letter) in "hello".enumerated() {
      #expect(buffer[2 + offset, 1] == Cell(symbol: String(letter), style: red, width: 1))
    }
    #expect(buffer[0, 1] == .blank)
    #expect(buffer[7, 1] == .blank)
  }

  @Test func putStopsAtLimit() {
    var buffer = ScreenBuffer(width: 20, height: 1)
    #expect(buffer.put("hello world", x: 1, y: 0, limit: 5) == 5)
    #expect(buffer.line(0) == " hello" + String(repeating: " ", count: 14))
  }

  @Test func putClipsAtRowEnd() {
    var buffer = ScreenBuffer(width: 5, height: 2)
    #expect(buffer.put("abcdefgh", x: 2, y: 0) == 3)
    #expect(buffer.line(0) == "  abc")
    // Nothing spills onto the next row.
    #expect(buffer.line(1) == "     ")
  }

  @Test func limitBeyondRowEndStillClipsAtRowEnd() {
    var buffer = ScreenBuffer(width: 5, height: 1)
    #expect(buffer.put("abcdefgh", x: 1, y: 0, limit: 100) == 4)
    #expect(buffer.line(0) == " abcd")
  }

  @Test func textShorterThanLimitUsesOnlyItsOwnWidth() {
    var buffer = ScreenBuffer(width: 10, height: 1)
    #expect(buffer.put("ab", x: 0, y: 0, limit: 8) == 2)
    #expect(buffer.put("", x: 3, y: 0) == 0)
  }

  @Test func zeroOrNegativeLimitWritesNothing() {
    var buffer = ScreenBuffer(width: 10, height: 1)
    #expect(buffer.put("abc", x: 2, y: 0, limit: 0) == 0)
    #expect(buffer.put("abc", x: 2, y: 0, limit: -4) == 0)
    #expect(buffer == ScreenBuffer(width: 10, height: 1))
  }

  @Test func putOutsideTheBufferWritesNothing() {
    var buffer = ScreenBuffer(width: 4, height: 2)
    let empty = buffer
    #expect(buffer.put("abc", x: 0, y: -1) == 0)
    #expect(buffer.put("abc", x: 0, y: 2) == 0)
    #expect(buffer.put("abc", x: 4, y: 0) == 0)
    #expect(buffer.put("abc", x: 99, y: 1) == 0)
    #expect(buffer == empty)
  }

  @Test func putFromNegativeColumnWithALimitShowsOnlyTheVisiblePart() {
    var buffer = ScreenBuffer(width: 4, height: 1)
    buffer.put("abcdef", x: -2, y: 0, limit: 6)
    #expect(buffer.line(0) == "cdef")
    // A wide character cut by the left edge never leaves a continuation in column 0.
    buffer.put("漢字", x: -1, y: 0, limit: 4)
    #expect(!buffer[0, 0].isContinuation)
    #expect(buffer[1, 0].symbol == "字")
    #expect(buffer[2, 0].isContinuation)
  }

  /// Regression: the default limit was `width` columns
  /// counted from `x`, not "the row's end" as documented, so text starting left of the buffer
  /// stops short of the right edge.
  @Test func putFromNegativeColumnWithoutALimitRunsToTheRowEnd() {
    var buffer = ScreenBuffer(width: 4, height: 1)
    buffer.put("abcdef", x: -2, y: 0)
    #expect(buffer.line(0).hasPrefix("cd"))
    #expect(buffer.line(0) == "cdef")
  }

  @Test func laterPutOverwritesEarlierText() {
    var buffer = ScreenBuffer(width: 6, height: 1)
    buffer.put("aaaaaa", x: 0, y: 0)
    buffer.put("bb", x: 2, y: 0, style: bold)
    #expect(buffer.line(0) == "aabbaa")
    #expect(buffer[2, 0].style == bold)
    #expect(buffer[4, 0].style == .plain)
  }

  // MARK: Wide characters

  @Test(
    arguments: [
      "漢",  // CJK ideograph
      "😀",  // Emoji presentation
      "👨\u{200D}👩\u{200D}👧\u{200D}👦",  // ZWJ family
      "🇯🇵",  // Flag: two regional indicators
      "👍🏽",  // Modifier base plus skin tone
      "❤\u{FE0F}",  // Text-default emoji asked to show as emoji
    ])
  func wideCharacterTakesTwoCellsWithAContinuation(symbol: String) {
    #expect(symbol.count == 1)
    var buffer = ScreenBuffer(width: 6, height: 1)
    let used = buffer.put(symbol, x: 1, y: 0, style: red)
    #expect(used == 2)
    #expect(buffer[1, 0] == Cell(symbol: symbol, style: red, width: 2))
    #expect(buffer[2, 0].isContinuation)
    #expect(buffer[2, 0].symbol == "")
    #expect(buffer[2, 0].style == red)
    #expect(buffer[0, 0] == .blank)
    #expect(buffer[3, 0] == .blank)
    #expect(buffer.line(0) == " " + symbol + "   ")
    #expect(wideCellsAreWellFormed(buffer))
  }

  @Test func wideCharactersFollowEachOther() {
    var buffer = ScreenBuffer(width: 6, height: 1)
    #expect(buffer.put("漢字a", x: 0, y: 0) == 5)
    #expect(buffer[0, 0].symbol == "漢")
    #expect(buffer[1, 0].isContinuation)
    #expect(buffer[2, 0].symbol == "字")
    #expect(buffer[3, 0].isContinuation)
    #expect(buffer[4, 0].symbol == "a")
    #expect(buffer.line(0) == "漢字a ")
    #expect(wideCellsAreWellFormed(buffer))
  }

  @Test func emojiAndFlagsSideBySide() {
    var buffer = ScreenBuffer(width: 8, height: 1)
    #expect(buffer.put("😀🇯🇵🇫🇷x", x: 0, y: 0) == 7)
    #expect(buffer[0, 0].symbol == "😀")
    #expect(buffer[2, 0].symbol == "🇯🇵")
    #expect(buffer[4, 0].symbol == "🇫🇷")
    #expect(buffer[6, 0].symbol == "x")
    #expect([1, 3, 5].allSatisfy { buffer[$0, 0].isContinuation })
    #expect(wideCellsAreWellFormed(buffer))
  }

  @Test func wideCharacterThatDoesNotFitAtRowEndLeavesABlank() {
    var buffer = ScreenBuffer(width: 5, height: 1)
    buffer.put("xxxxx", x: 0, y: 0)
    let used = buffer.put("abcd漢", x: 0, y: 0, style: red)
    #expect(used == 5)
    #expect(buffer.line(0) == "abcd ")
    #expect(buffer[4, 0] == Cell(symbol: " ", style: red, width: 1))
    #expect(!buffer.cells.contains { $0.symbol.contains("漢") })
    #expect(wideCellsAreWellFormed(buffer))
  }

  @Test func wideCharacterThatDoesNotFitTheLimitLeavesABlankAndStops() {
    var buffer = ScreenBuffer(width: 10, height: 1)
    buffer.put("__________", x: 0, y: 0)
    let used = buffer.put("a漢bc", x: 2, y: 0, limit: 2)
    #expect(used == 2)
    #expect(buffer.line(0) == "__a ______")
    // The cell after the limit is untouched: no continuation leaks past it.
    #expect(buffer[4, 0] == Cell(symbol: "_", width: 1))
    #expect(!buffer.cells.contains { $0.isContinuation })
  }

  @Test func emojiIsNeverSplitAtTheEdge() {
    for width in 1...7 {
      var buffer = ScreenBuffer(width: width, height: 1)
      buffer.put("😀😀😀😀", x: 0, y: 0)
      #expect(wideCellsAreWellFormed(buffer), "width \(width)")
      #expect(buffer.cells.filter { $0.symbol == "😀" }.count == width / 2, "width \(width)")
    }
  }

  @Test func wideCharacterInOneColumnBufferIsABlank() {
    var buffer = ScreenBuffer(width: 1, height: 1)
    #expect(buffer.put("漢", x: 0, y: 0) == 1)
    #expect(buffer[0, 0] == .blank)
  }

  @Test func overwritingTheLeftHalfOfAWideCharacterBlanksTheRightHalf() {
    var buffer = ScreenBuffer(width: 5, height: 1)
    buffer.put("漢", x: 1, y: 0, style: red)
    buffer.put("x", x: 1, y: 0)
    #expect(buffer[1, 0].symbol == "x")
    #expect(buffer[2, 0] == Cell(symbol: " ", style: red, width: 1))
    #expect(buffer.line(0) == " x   ")
    #expect(wideCellsAreWellFormed(buffer))
  }

  @Test func overwritingTheRightHalfOfAWideCharacterBlanksTheLeftHalf() {
    var buffer = ScreenBuffer(width: 5, height: 1)
    buffer.put("漢", x: 1, y: 0, style: red)
    buffer.put("x", x: 2, y: 0)
    #expect(buffer[1, 0] == Cell(symbol: " ", style: red, width: 1))
    #expect(buffer[2, 0].symbol == "x")
    #expect(buffer.line(0) == "  x  ")
    #expect(wideCellsAreWellFormed(buffer))
  }

  @Test func wideCharacterOverlappingTwoWideCharactersBlanksBothOuterHalves() {
    var buffer = ScreenBuffer(width: 6, height: 1)
    buffer.put("漢字", x: 0, y: 0)
    buffer.put("😀", x: 1, y: 0)
    #expect(buffer[0, 0].symbol == " ")
    #expect(buffer[1, 0].symbol == "😀")
    #expect(buffer[2, 0].isContinuation)
    #expect(buffer[3, 0].symbol == " ")
    #expect(!buffer[3, 0].isContinuation)
    #expect(buffer.line(0) == " 😀   ")
    #expect(wideCellsAreWellFormed(buffer))
  }

  @Test func wideCharacterOverWideCharacterAtSamePlaceReplacesIt() {
    var buffer = ScreenBuffer(width: 4, height: 1)
    buffer.put("漢", x: 1, y: 0)
    buffer.put("字", x: 1, y: 0)
    #expect(buffer.line(0) == " 字 ")
    #expect(wideCellsAreWellFormed(buffer))
  }

  /// Regression: the blank a non-fitting wide character leaves used to orphan the other half of
  /// the wide character it landed on.
  @Test func blankLeftByNonFittingWideCharacterAlsoClearsTheHalfItOverwrites() {
    // The blank lands on the left half of an existing wide character.
    var buffer = ScreenBuffer(width: 6, height: 1)
    buffer.put("漢", x: 2, y: 0)
    buffer.put("a字", x: 1, y: 0, limit: 2)
    #expect(buffer[3, 0].isContinuation == false)
    #expect(buffer.line(0) == " a    ")
    #expect(wideCellsAreWellFormed(buffer))
    // The blank lands on the right half (the continuation) of an existing wide character.
    var other = ScreenBuffer(width: 6, height: 1)
    other.put("漢", x: 2, y: 0)
    other.put("字", x: 3, y: 0, limit: 1)
    #expect(other[2, 0].width == 1)
    #expect(other.line(0) == "      ")
    #expect(wideCellsAreWellFormed(other))
  }

  // MARK: Combining marks and zero-width characters

  @Test func combiningMarkStaysInItsBaseCell() {
    var buffer = ScreenBuffer(width: 6, height: 1)
    #expect(buffer.put("e\u{301}", x: 0, y: 0) == 1)
    #expect(buffer[0, 0].symbol == "e\u{301}")
    #expect(buffer[0, 0].width == 1)
    #expect(buffer[1, 0] == .blank)

    #expect(buffer.put("cafe\u{301}!", x: 0, y: 0) == 5)
    #expect(buffer[3, 0].symbol == "e\u{301}")
    #expect(buffer[4, 0].symbol == "!")
  }

  @Test func combiningMarkOnWideCharacterStaysInTheWideCell() {
    var buffer = ScreenBuffer(width: 4, height: 1)
    #expect(buffer.put("漢\u{3099}a", x: 0, y: 0) == 3)
    #expect(buffer[0, 0].symbol == "漢\u{3099}")
    #expect(buffer[1, 0].isContinuation)
    #expect(buffer[2, 0].symbol == "a")
  }

  @Test func twoThousandCombiningMarksOnOneLetterTakeOneCell() {
    let zalgo = "a" + String(repeating: "\u{301}", count: 2_000)
    var buffer = ScreenBuffer(width: 4, height: 1)
    #expect(buffer.put(zalgo + "b", x: 0, y: 0) == 2)
    #expect(buffer[0, 0].symbol == zalgo)
    #expect(buffer[0, 0].symbol.unicodeScalars.count == 2_001)
    #expect(buffer[0, 0].width == 1)
    #expect(buffer[1, 0].symbol == "b")
    #expect(buffer[2, 0] == .blank)
  }

  @Test func mixedMarkStacksTakeOneCellEach() {
    let stack = String(repeating: "\u{301}\u{316}\u{35C}", count: 700)
    var buffer = ScreenBuffer(width: 5, height: 1)
    #expect(buffer.put("x" + stack + "y" + stack, x: 0, y: 0) == 2)
    #expect(buffer[0, 0].symbol == "x" + stack)
    #expect(buffer[1, 0].symbol == "y" + stack)
  }

  @Test(
    arguments: [
      "\u{200B}",  // Zero-width space
      "\u{2060}",  // Word joiner
      "\u{FEFF}",  // Byte order mark / ZWNBSP
      "\u{200B}\u{2060}\u{FEFF}",
    ])
  func zeroWidthCharactersTakeNoCell(invisible: String) {
    var buffer = ScreenBuffer(width: 5, height: 1)
    #expect(buffer.put(invisible, x: 1, y: 0) == 0)
    #expect(buffer == ScreenBuffer(width: 5, height: 1))
    #expect(buffer.put("a" + invisible + "b", x: 0, y: 0) == 2)
    #expect(buffer.line(0) == "ab   ")
  }

  // MARK: Sanitising

  @Test(arguments: hostileInputs)
  func controlsEscapesAndBidiNeverReachACell(input: String) {
    var buffer = ScreenBuffer(width: 80, height: 2)
    buffer.put(input, x: 0, y: 0)
    buffer.put(input, x: 70, y: 1, limit: 7)
    for cell in buffer.cells {
      let bad = cell.symbol.unicodeScalars.filter(isForbiddenInCell)
      #expect(bad.isEmpty, "cell \(cell.symbol.debugDescription) from \(input.debugDescription)")
    }
    #expect(wideCellsAreWellFormed(buffer))
  }

  @Test func escapeSequenceShowsAsVisibleHarmlessText() {
    var buffer = ScreenBuffer(width: 20, height: 1)
    let used = buffer.put("\u{1B}[31mred", x: 0, y: 0)
    #expect(used == 8)
    #expect(buffer.line(0).hasPrefix("␛[31mred"))
  }

  @Test func oscClipboardSequenceShowsAsVisibleText() {
    var buffer = ScreenBuffer(width: 20, height: 1)
    buffer.put("\u{1B}]52;c;AAAA\u{07}", x: 0, y: 0)
    #expect(buffer.line(0).hasPrefix("␛]52;c;AAAA␇"))
  }

  @Test func c1ControlsAndBidiOverridesBecomeReplacementCharacters() {
    var buffer = ScreenBuffer(width: 10, height: 1)
    buffer.put("\u{9B}a\u{202E}b\u{2066}", x: 0, y: 0)
    #expect(buffer.line(0) == "\u{FFFD}a\u{FFFD}b\u{FFFD}     ")
  }

  @Test func lineBreaksAndTabsBecomeSpacesAndDelBecomesAPicture() {
    var buffer = ScreenBuffer(width: 10, height: 1)
    buffer.put("a\nb\tc\u{7F}", x: 0, y: 0)
    #expect(buffer.line(0) == "a b c\u{2421}    ")
  }

  // MARK: fill() and patchStyle()

  @Test func fillBlanksTheRectangleWithTheStyle() {
    var buffer = ScreenBuffer(width: 5, height: 3)
    for row in 0..<3 { buffer.put("abcde", x: 0, y: row) }
    let shade = Style(background: .indexed(236))
    buffer.fill(Rect(x: 1, y: 1, width: 3, height: 2), style: shade)
    #expect(buffer.text == "abcde\na   e\na   e")
    for row in 1...2 {
      for column in 1...3 {
        #expect(buffer[column, row] == Cell(symbol: " ", style: shade, width: 1))
      }
    }
    #expect(buffer[0, 1].style == .plain)
    #expect(buffer[1, 0].symbol == "b")
  }

  @Test func fillClipsToTheBuffer() {
    var buffer = ScreenBuffer(width: 3, height: 2)
    buffer.put("abc", x: 0, y: 0)
    buffer.put("def", x: 0, y: 1)
    buffer.fill(Rect(x: -5, y: -5, width: 6, height: 6))
    #expect(buffer.text == " bc\ndef")
    buffer.fill(Rect(x: 2, y: 1, width: 50, height: 50), style: red)
    #expect(buffer.text == " bc\nde ")
    #expect(buffer[2, 1].style == red)
    // Entirely outside, or empty: nothing happens.
    let before = buffer
    buffer.fill(Rect(x: 3, y: 0, width: 4, height: 4), style: red)
    buffer.fill(Rect(x: 0, y: 0, width: 0, height: 2), style: red)
    buffer.fill(Rect(x: -9, y: 0, width: 2, height: 2), style: red)
    #expect(buffer == before)
  }

  @Test func fillOverAWholeWideCharacterRemovesIt() {
    var buffer = ScreenBuffer(width: 4, height: 1)
    buffer.put("漢", x: 1, y: 0)
    buffer.fill(Rect(x: 1, y: 0, width: 2, height: 1))
    #expect(buffer == ScreenBuffer(width: 4, height: 1))
  }

  /// Regression: fill() used to cut wide characters in half.
  @Test func fillOverHalfOfAWideCharacterBlanksTheOtherHalf() {
    var buffer = ScreenBuffer(width: 4, height: 1)
    buffer.put("漢", x: 1, y: 0)
    buffer.fill(Rect(x: 0, y: 0, width: 2, height: 1))
    #expect(buffer.line(0) == "    ")
    #expect(wideCellsAreWellFormed(buffer))
    var other = ScreenBuffer(width: 4, height: 1)
    other.put("漢", x: 1, y: 0)
    other.fill(Rect(x: 2, y: 0, width: 2, height: 1))
    #expect(other.line(0) == "    ")
    #expect(wideCellsAreWellFormed(other))
  }

  @Test func patchStyleMergesColoursAndAttributes() {
    var buffer = ScreenBuffer(width: 4, height: 1)
    let base = Style(foreground: .ansi(1), attributes: .bold)
    buffer.put("abcd", x: 0, y: 0, style: base)
    buffer.patchStyle(
      Rect(x: 1, y: 0, width: 2, height: 1),
      with: Style(background: .indexed(4), attributes: .underline))
    let patched = Style(
      foreground: .ansi(1), background: .indexed(4), attributes: [.bold, .underline])
    #expect(buffer[0, 0].style == base)
    #expect(buffer[1, 0].style == patched)
    #expect(buffer[2, 0].style == patched)
    #expect(buffer[3, 0].style == base)
    // Symbols are untouched.
    #expect(buffer.line(0) == "abcd")
  }

  @Test func patchStyleColourOverridesButDefaultColourKeeps() {
    var buffer = ScreenBuffer(width: 2, height: 1)
    buffer.put("ab", x: 0, y: 0, style: Style(foreground: .ansi(1), background: .ansi(2)))
    buffer.patchStyle(buffer.area, with: Style(foreground: .indexed(200)))
    #expect(buffer[0, 0].style == Style(foreground: .indexed(200), background: .ansi(2)))
    buffer.patchStyle(buffer.area, with: .plain)
    #expect(buffer[1, 0].style == Style(foreground: .indexed(200), background: .ansi(2)))
  }

  @Test func patchStyleCoversBothHalvesOfAWideCharacterAndClips() {
    var buffer = ScreenBuffer(width: 3, height: 1)
    buffer.put("漢", x: 0, y: 0)
    buffer.patchStyle(Rect(x: -1, y: -1, width: 3, height: 5), with: Style(attributes: .reverse))
    #expect(buffer[0, 0].style.attributes == .reverse)
    #expect(buffer[1, 0].style.attributes == .reverse)
    #expect(buffer[1, 0].isContinuation)
    #expect(buffer[2, 0].style == .plain)
    #expect(buffer.line(0) == "漢 ")
  }

  @Test func styleAttributesAccumulateOverRepeatedPatches() {
    let style = Style.plain.patched(with: Style(attributes: .bold))
      .patched(with: Style(attributes: .italic))
      .patched(with: Style(attributes: .bold))
    #expect(style.attributes == [.bold, .italic])
    #expect(style.foreground == .terminalDefault)
  }

  // MARK: Text output

  @Test func textJoinsRowsAndKeepsTrailingBlanks() {
    var buffer = ScreenBuffer(width: 4, height: 3)
    buffer.put("ab", x: 0, y: 0)
    buffer.put("漢", x: 1, y: 1)
    buffer.put("e\u{301}", x: 3, y: 2)
    #expect(buffer.text == "ab  \n 漢 \n   e\u{301}")
    #expect(buffer.line(0) == "ab  ")
    #expect(buffer.line(1) == " 漢 ")
    #expect(buffer.line(2) == "   e\u{301}")
    #expect(buffer.text.split(separator: "\n", omittingEmptySubsequences: false).count == 3)
  }

  // MARK: put() of spans

  @Test func putSpansKeepsEachSpanStyleAndSharesTheLimit() {
    var buffer = ScreenBuffer(width: 10, height: 1)
    let used = buffer.put(
      [StyledSpan("ab", style: bold), StyledSpan("cde", style: red), StyledSpan("fg")], x: 1, y: 0,
      limit: 4)
    #expect(used == 4)
    #expect(buffer.line(0) == " abcd     ")
    #expect(buffer[1, 0].style == bold)
    #expect(buffer[3, 0].style == red)
    #expect(buffer[5, 0] == .blank)
  }

  // MARK: changes(since:)

  @Test func changesSinceNilIsEveryCellInRowMajorOrder() {
    var buffer = ScreenBuffer(width: 3, height: 2)
    buffer.put("abc", x: 0, y: 0)
    let changes = buffer.changes(since: nil)
    #expect(changes.count == 6)
    #expect(
      changes.map { [$0.x, $0.y] } == [[0, 0], [1, 0], [2, 0], [0, 1], [1, 1], [2, 1]])
    #expect(changes.map(\.cell.symbol) == ["a", "b", "c", " ", " ", " "])
  }

  @Test func changesSinceABufferOfAnotherSizeIsEveryCell() {
    let buffer = ScreenBuffer(width: 3, height: 2)
    #expect(buffer.changes(since: ScreenBuffer(width: 2, height: 3)).count == 6)
    #expect(buffer.changes(since: ScreenBuffer(width: 3, height: 1)).count == 6)
    #expect(buffer.changes(since: ScreenBuffer(width: 4, height: 2)).count == 6)
  }

  @Test func changesSinceAnIdenticalBufferIsEmpty() {
    var buffer = ScreenBuffer(width: 5, height: 2)
    buffer.put("漢字a", x: 0, y: 1, style: red)
    #expect(buffer.changes(since: buffer).isEmpty)
  }

  @Test func changesListOnlyChangedCellsRowByRow() {
    var previous = ScreenBuffer(width: 4, height: 3)
    previous.put("abcd", x: 0, y: 0)
    var current = previous
    current.put("x", x: 3, y: 2)
    current.put("y", x: 1, y: 0)
    current.put("z", x: 0, y: 1)
    let changes = current.changes(since: previous)
    #expect(changes.map { [$0.x, $0.y] } == [[1, 0], [0, 1], [3, 2]])
    #expect(changes.map(\.cell.symbol) == ["y", "z", "x"])
  }

  @Test func styleOnlyChangeCountsAsAChange() {
    var previous = ScreenBuffer(width: 3, height: 1)
    previous.put("abc", x: 0, y: 0)
    var current = previous
    current.patchStyle(Rect(x: 2, y: 0, width: 1, height: 1), with: Style(attributes: .reverse))
    let changes = current.changes(since: previous)
    #expect(changes.count == 1)
    #expect(changes.first?.x == 2)
    #expect(changes.first?.cell.style.attributes == .reverse)
  }

  @Test func wideCharacterChangeSendsBothCells() {
    let previous = ScreenBuffer(width: 4, height: 1)
    var current = previous
    current.put("漢", x: 1, y: 0)
    let changes = current.changes(since: previous)
    #expect(changes.map(\.x) == [1, 2])
    #expect(changes[1].cell.isContinuation)
  }

  @Test func applyingChangesReproducesTheFrame() {
    var previous = ScreenBuffer(width: 6, height: 2)
    previous.put("hello!", x: 0, y: 0)
    previous.put("漢字", x: 1, y: 1)
    var current = previous
    current.put("J", x: 0, y: 0)
    current.put("😀", x: 2, y: 1)
    var replay = previous
    for change in current.changes(since: previous) { replay[change.x, change.y] = change.cell }
    #expect(replay == current)
  }
}

@Suite struct ScreenBufferLimitOverflowTests {
  /// Regression: `x + limit` used to overflow and trap for a huge limit.
  @Test func hugeLimitMeansNoLimit() async {
    await #expect(processExitsWith: .success) {
      var buffer = ScreenBuffer(width: 4, height: 1)
      buffer.put("abcdef", x: 1, y: 0, limit: .max)
      precondition(buffer.line(0) == " abc")
    }
  }
}
