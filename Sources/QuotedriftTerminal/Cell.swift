/// One column of one row of the screen: a grapheme cluster and its style. A wide character fills
/// its own cell and blanks the next one, which becomes a continuation cell.
public struct Cell: Sendable, Hashable {
  /// The grapheme cluster shown, terminal-safe; empty in a continuation cell.
  public var symbol: String
  public var style: Style
  /// Columns the symbol takes: 1 or 2, or 0 for the cell a wide character covers.
  public var width: UInt8

  public init(symbol: String = " ", style: Style = .plain, width: UInt8 = 1) {
    self.symbol = symbol
    self.style = style
    self.width = width
  }

  public static let blank = Cell()

  /// The continuation of a wide character.
  static func continuation(_ style: Style) -> Cell { Cell(symbol: "", style: style, width: 0) }

  public var isContinuation: Bool { width == 0 }
}

/// A cell that changed between two frames, at column `x` of row `y`.
public struct CellChange: Sendable, Equatable {
  public var x: Int
  public var y: Int
  public var cell: Cell
}
