/// A rectangle of the screen, in columns and rows.
public struct Rect: Sendable, Equatable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// The top `rows` rows, and the rest.
  public func splitTop(_ rows: Int) -> (Rect, Rect) {
    let top = min(max(0, rows), height)
    return (
      Rect(x: x, y: y, width: width, height: top),
      Rect(x: x, y: y + top, width: width, height: height - top)
    )
  }

  /// The bottom `rows` rows, and the rest above them.
  public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
    let bottom = min(max(0, rows), height)
    return (
      Rect(x: x, y: y, width: width, height: height - bottom),
      Rect(x: x, y: maxY - bottom, width: width, height: bottom)
    )
  }

  /// `count` columns of equal width (the first ones one wider when it does not divide), with
  /// `gap` blank columns between them.
  public func columns(_ count: Int, gap: Int) -> [Rect] {
    guard count > 0 else { return [] }
    let usable = max(0, width - gap * (count - 1))
    let base = usable / count
    let extra = usable % count
    var result: [Rect] = []
    var left = x
    for index in 0..<count {
      let columnWidth = base + (index < extra ? 1 : 0)
      result.append(Rect(x: left, y: y, width: columnWidth, height: height))
      left += columnWidth + gap
    }
    return result
  }

  /// Whether the point lies inside.
  public func contains(x pointX: Int, y pointY: Int) -> Bool {
    pointX >= x && pointX < maxX && pointY >= y && pointY < maxY
  }
}
