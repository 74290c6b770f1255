import QuotedriftTerminal

/// Where things go on the screen, shared by update (to scroll by a page, to hit-test a click) and
/// render (to draw): a title row, the content, a status row.
public struct ReaderGeometry: Sendable {
  public let width: Int
  public let height: Int

  /// Below this size the reader says the terminal is too small instead of drawing.
  public static let minimumWidth = 30
  public static let minimumHeight = 8
  /// Columns a side-by-side column gives its gutter.
  public static let gutterWidth = 2
  /// Columns between two side-by-side columns, for the gutter that numbers their pieces.
  public static let middleGutterWidth = 3

  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
  public var titleRow: Rect { Rect(x: 0, y: 0, width: width, height: 1) }
  public var statusRow: Rect { Rect(x: 0, y: height - 1, width: width, height: 1) }
  public var content: Rect { Rect(x: 0, y: 1, width: width, height: height - 2) }

  /// Rows a list shows (the content minus its header row).
  public var listRows: Int { max(1, content.height - 1) }

  /// The columns of a comparison of `count` articles.
  public func columns(_ count: Int) -> [Rect] {
    content.columns(max(1, count), gap: count > 1 ? Self.middleGutterWidth : 0)
  }

  /// Text rows of a side-by-side column (below its header).
  public var columnTextRows: Int { max(1, content.height - 1) }

  /// Text width of a side-by-side column of width `columnWidth`.
  public static func textWidth(ofColumn columnWidth: Int) -> Int {
    max(1, columnWidth - gutterWidth)
  }
}
