/// A run of text in one style.
public struct StyledSpan: Sendable, Equatable {
  public var text: String
  public var style: Style

  public init(_ text: String, style: Style = .plain) {
    self.text = text
    self.style = style
  }

  public var width: Int { DisplayWidth.of(text) }
}

/// Wraps styled text to a width, by display width, breaking at spaces; a word wider than the
/// width is broken between grapheme clusters. Wide characters are never split.
public enum TextWrapper {
  /// The lines of `spans` wrapped to `width` columns. Line breaks in the text start new lines.
  public static func wrap(_ spans: [StyledSpan], width: Int) -> [[StyledSpan]] {
    wrapKeepingPositions(spans, width: width).lines
  }

  /// The wrapped lines, and for each span of `spans` the line its text starts on.
  public static func wrapKeepingPositions(_ spans: [StyledSpan], width: Int) -> (
    lines: [[StyledSpan]], startLines: [Int]
  ) {
    guard width > 0 else { return ([], Array(repeating: 0, count: spans.count)) }
    var startLines: [Int] = []
    startLines.reserveCapacity(spans.count)
    var lines: [[StyledSpan]] = [[]]
    var lineWidth = 0
    func append(_ text: String, _ style: Style, _ textWidth: Int) {
      if var last = lines[lines.count - 1].last, last.style == style {
        last.text += text
        lines[lines.count - 1][lines[lines.count - 1].count - 1] = last
      } else {
        lines[lines.count - 1].append(StyledSpan(text, style: style))
      }
      lineWidth += textWidth
    }
    func newLine() {
      // A line never ends in the space it broke at.
      if var last = lines[lines.count - 1].last, last.text.hasSuffix(" ") {
        last.text.removeLast()
        lines[lines.count - 1][lines[lines.count - 1].count - 1] = last
      }
      lines.append([])
      lineWidth = 0
    }
    for span in spans {
      var started = false
      for piece in pieces(of: span.text) {
        if !started, case .word(let word) = piece {
          let wordWidth = DisplayWidth.of(word)
          startLines.append(lineWidth > 0 && lineWidth + wordWidth > width ? lines.count : lines.count - 1)
          started = true
        }
        switch piece {
        case .lineBreak:
          newLine()
        case .space:
          if lineWidth > 0 && lineWidth < width { append(" ", span.style, 1) } else if lineWidth >= width { newLine() }
        case .word(let word):
          let wordWidth = DisplayWidth.of(word)
          if lineWidth + wordWidth > width && lineWidth > 0 { newLine() }
          if wordWidth <= width {
            append(word, span.style, wordWidth)
          } else {
            for character in word {
              let characterWidth = DisplayWidth.of(character)
              if lineWidth + characterWidth > width { newLine() }
              append(String(character), span.style, characterWidth)
            }
          }
        }
      }
      if !started { startLines.append(lines.count - 1) }
    }
    return (lines, startLines)
  }

  enum Piece: Equatable {
    case word(String)
    case space
    case lineBreak
  }

  /// Words, single spaces (runs of spaces collapse) and line breaks.
  static func pieces(of text: String) -> [Piece] {
    var pieces: [Piece] = []
    var word = ""
    for character in text {
      if character == "\n" || character == "\r\n" || character == "\r" {
        if !word.isEmpty { pieces.append(.word(word)); word = "" }
        pieces.append(.lineBreak)
      } else if character == " " || character == "\t" {
        if !word.isEmpty { pieces.append(.word(word)); word = "" }
        if pieces.last != .space { pieces.append(.space) }
      } else {
        word.append(character)
      }
    }
    if !word.isEmpty { pieces.append(.word(word)) }
    return pieces
  }
}

