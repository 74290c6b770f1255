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

/// Wraps styled text to a width, by display width, breaking only at spaces and line breaks: text
/// that touches across spans ("world" then ", including") stays together. A word wider than the
/// width is broken between grapheme clusters; wide characters are never split.
public enum TextWrapper {
  /// The lines of `spans` wrapped to `width` columns. Line breaks in the text start new lines.
  public static func wrap(_ spans: [StyledSpan], width: Int) -> [[StyledSpan]] {
    wrapKeepingPositions(spans, width: width).lines
  }

  /// A run of characters without spaces, possibly made of pieces of several spans.
  struct Word {
    var fragments: [(text: String, style: Style, span: Int)] = []
    var width = 0
  }

  enum Token {
    case word(Word)
    case space(Style, span: Int)
    case lineBreak
  }

  /// The wrapped lines, and for each span of `spans` the line its first visible character lands
  /// on (the line it would start on, for a span of spaces only).
  public static func wrapKeepingPositions(_ spans: [StyledSpan], width: Int) -> (
    lines: [[StyledSpan]], startLines: [Int]
  ) {
    var startLines = [Int?](repeating: nil, count: spans.count)
    // Where spans of spaces only would start, used when no visible character places them.
    var spaceLines = [Int?](repeating: nil, count: spans.count)
    guard width > 0 else { return ([], Array(repeating: 0, count: spans.count)) }
    var lines: [[StyledSpan]] = [[]]
    var lineWidth = 0
    func append(_ text: String, _ style: Style, _ span: Int, _ textWidth: Int, visible: Bool = true)
    {
      if visible && startLines[span] == nil { startLines[span] = lines.count - 1 }
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
        if last.text.isEmpty { lines[lines.count - 1].removeLast() }
      }
      lines.append([])
      lineWidth = 0
    }
    for token in tokens(of: spans) {
      switch token {
      case .lineBreak:
        newLine()
      case .space(let style, let span):
        if lineWidth >= width { newLine() }
        if spaceLines[span] == nil { spaceLines[span] = lines.count - 1 }
        if lineWidth > 0 { append(" ", style, span, 1, visible: false) }
      case .word(let word):
        if lineWidth + word.width > width && lineWidth > 0 { newLine() }
        for fragment in word.fragments {
          let fragmentWidth = DisplayWidth.of(fragment.text)
          if lineWidth + fragmentWidth <= width {
            append(fragment.text, fragment.style, fragment.span, fragmentWidth)
            continue
          }
          for character in fragment.text {
            let characterWidth = DisplayWidth.of(character)
            if lineWidth + characterWidth > width && lineWidth > 0 { newLine() }
            append(String(character), fragment.style, fragment.span, characterWidth)
          }
        }
      }
    }
    // Spans of spaces only start where the text around them is.
    var last = 0
    let resolved = startLines.indices.map { span -> Int in
      if let line = startLines[span] ?? spaceLines[span] { last = line }
      return last
    }
    return (lines, resolved)
  }

  /// Words (runs of non-space text, across spans), single spaces (runs collapse) and line breaks.
  static func tokens(of spans: [StyledSpan]) -> [Token] {
    var tokens: [Token] = []
    var word = Word()
    func finishWord() {
      if !word.fragments.isEmpty { tokens.append(.word(word)) }
      word = Word()
    }
    for (index, span) in spans.enumerated() {
      var fragment = ""
      func finishFragment() {
        guard !fragment.isEmpty else { return }
        word.fragments.append((fragment, span.style, index))
        word.width += DisplayWidth.of(fragment)
        fragment = ""
      }
      for character in span.text {
        if character == "\n" || character == "\r\n" || character == "\r" {
          finishFragment()
          finishWord()
          tokens.append(.lineBreak)
        } else if character == " " || character == "\t" {
          finishFragment()
          finishWord()
          if case .space = tokens.last {} else { tokens.append(.space(span.style, span: index)) }
        } else {
          fragment.append(character)
        }
      }
      finishFragment()
    }
    finishWord()
    return tokens
  }
}
