import TerminalSafety

/// The frame: a grid of cells that widgets draw into. Text is sanitised on the way in (no control
/// character or escape sequence reaches a cell), measured with ``DisplayWidth``, and never split:
/// a wide character that does not fit before the edge of its area leaves a blank instead.
public struct ScreenBuffer: Sendable, Equatable {
  public private(set) var width: Int
  public private(set) var height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  /// Fills `rect` with blanks of `style`.
  public mutating func fill(_ rect: Rect, style: Style = .plain) {
    let clipped = clip(rect)
    guard !clipped.isEmpty else { return }
    for row in clipped.y..<clipped.maxY {
      // A wide character half inside the rectangle is blanked whole.
      clearWide(at: clipped.x, y: row)
      clearWide(at: clipped.maxX - 1, y: row)
      for column in clipped.x..<clipped.maxX {
        self[column, row] = Cell(symbol: " ", style: style, width: 1)
      }
    }
  }

  /// Applies `style` on top of the cells of `rect` (a selection highlight, a tint).
  public mutating func patchStyle(_ rect: Rect, with style: Style) {
    let clipped = clip(rect)
    guard !clipped.isEmpty else { return }
    for row in clipped.y..<clipped.maxY {
      for column in clipped.x..<clipped.maxX {
        self[column, row].style = self[column, row].style.patched(with: style)
      }
    }
  }

  /// Writes `text` from column `x` of row `y`, no further than `limit` columns (default: the
  /// row's end). Returns the columns used.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil)
    -> Int
  {
    guard y >= 0 && y < height && x < width else { return 0 }
    let end = limit.map { $0 >= width - x ? width : x + $0 } ?? width
    var column = x
    for character in Self.safeCharacters(text) {
      let characterWidth = DisplayWidth.of(character)
      if characterWidth == 0 { continue }
      if column + characterWidth > end {
        if column < end && column >= 0 {
          clearWide(at: column, y: y)
          self[column, y] = Cell(symbol: " ", style: style, width: 1)
        }
        column = end
        break
      }
      if column < 0 && column + characterWidth > 0 {
        // The left half is off the screen: the right half shows as a blank.
        clearWide(at: 0, y: y)
        self[0, y] = Cell(symbol: " ", style: style, width: 1)
      } else if column >= 0 {
        clearWide(at: column, y: y)
        self[column, y] = Cell(
          symbol: String(character), style: style, width: UInt8(characterWidth))
        if characterWidth == 2 {
          clearWide(at: column + 1, y: y)
          self[column + 1, y] = .continuation(style)
        }
      }
      column += characterWidth
    }
    return max(0, column - x)
  }

  /// Writes styled spans from column `x` of row `y` within `limit` columns. Returns columns used.
  @discardableResult
  public mutating func put(_ spans: [StyledSpan], x: Int, y: Int, limit: Int) -> Int {
    var used = 0
    for span in spans where used < limit {
      used += put(span.text, x: x + used, y: y, style: span.style, limit: limit - used)
    }
    return used
  }

  /// Overwriting half of a wide character blanks its other half.
  private mutating func clearWide(at column: Int, y: Int) {
    guard column >= 0 && column < width else { return }
    let cell = self[column, y]
    if cell.isContinuation && column > 0 {
      self[column - 1, y] = Cell(symbol: " ", style: self[column - 1, y].style, width: 1)
    } else if cell.width == 2 && column + 1 < width {
      self[column + 1, y] = Cell(symbol: " ", style: cell.style, width: 1)
    }
  }

  private func clip(_ rect: Rect) -> Rect {
    let left = max(0, rect.x)
    let top = max(0, rect.y)
    return Rect(
      x: left, y: top, width: min(width, rect.maxX) - left, height: min(height, rect.maxY) - top)
  }

  /// The characters of `text` as they may be shown: control characters and escape sequences made
  /// visible and harmless (see `TerminalSafeText`).
  static func safeCharacters(_ text: String) -> String {
    text.unicodeScalars.allSatisfy(TerminalSafeText.isSafe) ? text : TerminalSafeText.sanitize(text)
  }

  /// The cells that differ from `previous` (everything when the sizes differ), row by row.
  public func changes(since previous: ScreenBuffer?) -> [CellChange] {
    var changes: [CellChange] = []
    let comparable = previous.map { $0.width == width && $0.height == height } ?? false
    for row in 0..<height {
      for column in 0..<width {
        let cell = self[column, row]
        if comparable, previous![column, row] == cell { continue }
        changes.append(CellChange(x: column, y: row, cell: cell))
      }
    }
    return changes
  }

  /// The screen as text, one line per row, trailing blanks kept (for tests).
  public var text: String {
    (0..<height).map { row in
      (0..<width).map { column -> String in
        let cell = self[column, row]
        return cell.isContinuation ? "" : cell.symbol
      }.joined()
    }.joined(separator: "\n")
  }

  /// Row `y` as text.
  public func line(_ y: Int) -> String {
    (0..<width).map { self[$0, y].isContinuation ? "" : self[$0, y].symbol }.joined()
  }
}
