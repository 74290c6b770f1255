import Testing

@testable import QuotedriftTerminal

@Suite struct RectTests {
  // MARK: Construction

  @Test func negativeSizesClampToZero() {
    let rect = Rect(x: 3, y: 4, width: -5, height: -1)
    #expect(rect.width == 0)
    #expect(rect.height == 0)
    #expect(rect.isEmpty)
    #expect(rect.maxX == 3)
    #expect(rect.maxY == 4)
  }

  @Test func emptyWhenEitherSideIsZero() {
    #expect(Rect(x: 0, y: 0, width: 0, height: 5).isEmpty)
    #expect(Rect(x: 0, y: 0, width: 5, height: 0).isEmpty)
    #expect(!Rect(x: 0, y: 0, width: 1, height: 1).isEmpty)
  }

  @Test func maxXAndMaxYAreOnePastTheLastColumnAndRow() {
    let rect = Rect(x: 2, y: 3, width: 10, height: 4)
    #expect(rect.maxX == 12)
    #expect(rect.maxY == 7)
  }

  // MARK: splitTop / splitBottom

  @Test func splitTopGivesTheTopRowsAndTheRest() {
    let rect = Rect(x: 1, y: 2, width: 10, height: 8)
    let (top, rest) = rect.splitTop(3)
    #expect(top == Rect(x: 1, y: 2, width: 10, height: 3))
    #expect(rest == Rect(x: 1, y: 5, width: 10, height: 5))
    #expect(top.maxY == rest.y)
    #expect(top.height + rest.height == rect.height)
  }

  @Test func splitTopClampsTheRowCount() {
    let rect = Rect(x: 0, y: 1, width: 4, height: 5)
    let (allTop, noRest) = rect.splitTop(99)
    #expect(allTop == rect)
    #expect(noRest == Rect(x: 0, y: 6, width: 4, height: 0))
    #expect(noRest.isEmpty)
    let (noTop, everything) = rect.splitTop(-2)
    #expect(noTop == Rect(x: 0, y: 1, width: 4, height: 0))
    #expect(everything == rect)
    let (zeroTop, same) = rect.splitTop(0)
    #expect(zeroTop.isEmpty)
    #expect(same == rect)
  }

  @Test func splitBottomGivesTheBottomRowsAndTheRestAbove() {
    let rect = Rect(x: 1, y: 2, width: 10, height: 8)
    let (rest, bottom) = rect.splitBottom(1)
    #expect(rest == Rect(x: 1, y: 2, width: 10, height: 7))
    #expect(bottom == Rect(x: 1, y: 9, width: 10, height: 1))
    #expect(rest.maxY == bottom.y)
    #expect(bottom.maxY == rect.maxY)
  }

  @Test func splitBottomClampsTheRowCount() {
    let rect = Rect(x: 0, y: 1, width: 4, height: 5)
    let all = rect.splitBottom(50)
    #expect(all.bottom == rect)
    #expect(all.rest == Rect(x: 0, y: 1, width: 4, height: 0))
    let none = rect.splitBottom(-3)
    #expect(none.rest == rect)
    #expect(none.bottom == Rect(x: 0, y: 6, width: 4, height: 0))
  }

  @Test func splittingAnEmptyRectGivesEmptyRects() {
    let empty = Rect(x: 5, y: 5, width: 3, height: 0)
    let (top, rest) = empty.splitTop(2)
    #expect(top.isEmpty && rest.isEmpty)
    let split = empty.splitBottom(2)
    #expect(split.rest.isEmpty && split.bottom.isEmpty)
  }

  // MARK: columns

  @Test func columnsDivideEvenlyWithGaps() {
    let columns = Rect(x: 2, y: 1, width: 20, height: 5).columns(3, gap: 1)
    #expect(columns.map(\.width) == [6, 6, 6])
    #expect(columns.map(\.x) == [2, 9, 16])
    #expect(columns.allSatisfy { $0.y == 1 && $0.height == 5 })
    #expect(columns.last?.maxX == 22)
  }

  @Test func unevenDivisionMakesTheFirstColumnsOneWider() {
    let columns = Rect(x: 0, y: 0, width: 10, height: 1).columns(3, gap: 1)
    #expect(columns.map(\.width) == [3, 3, 2])
    #expect(columns.map(\.x) == [0, 4, 8])
    let four = Rect(x: 0, y: 0, width: 11, height: 1).columns(4, gap: 0)
    #expect(four.map(\.width) == [3, 3, 3, 2])
  }

  @Test(arguments: 1...8, [0, 1, 2, 3])
  func columnWidthsAndGapsSumToTheWidth(count: Int, gap: Int) {
    for width in (count + gap * (count - 1))...60 {
      let rect = Rect(x: 3, y: 0, width: width, height: 2)
      let columns = rect.columns(count, gap: gap)
      #expect(columns.count == count)
      #expect(columns.reduce(0) { $0 + $1.width } + gap * (count - 1) == width)
      // Widths differ by at most one, wider ones first.
      let widths = columns.map(\.width)
      #expect(widths.max()! - widths.min()! <= 1)
      #expect(widths == widths.sorted(by: >))
      // Each column starts `gap` after the previous one ends, and the last ends at the edge.
      for (left, right) in zip(columns, columns.dropFirst()) {
        #expect(right.x == left.maxX + gap)
      }
      #expect(columns.first?.x == rect.x)
      #expect(columns.last?.maxX == rect.maxX)
    }
  }

  @Test func columnsOfZeroOrNegativeCountAreNone() {
    let rect = Rect(x: 0, y: 0, width: 10, height: 3)
    #expect(rect.columns(0, gap: 1).isEmpty)
    #expect(rect.columns(-2, gap: 1).isEmpty)
  }

  @Test func oneColumnIsTheWholeRectWhateverTheGap() {
    let rect = Rect(x: 4, y: 2, width: 9, height: 3)
    #expect(rect.columns(1, gap: 5) == [rect])
  }

  @Test func columnsNarrowerThanTheGapsClampToZeroWidth() {
    let columns = Rect(x: 0, y: 0, width: 3, height: 2).columns(3, gap: 2)
    #expect(columns.count == 3)
    #expect(columns.allSatisfy { $0.width == 0 && $0.isEmpty })
    #expect(columns.allSatisfy { $0.height == 2 })
  }

  @Test func columnsOfAnEmptyRectAreEmpty() {
    let columns = Rect(x: 0, y: 0, width: 0, height: 4).columns(2, gap: 1)
    #expect(columns.count == 2)
    #expect(columns.allSatisfy { $0.isEmpty })
  }

  // MARK: contains

  @Test func containsPointsInsideAndNotOnTheFarEdges() {
    let rect = Rect(x: 2, y: 3, width: 4, height: 2)
    #expect(rect.contains(x: 2, y: 3))
    #expect(rect.contains(x: 5, y: 4))
    #expect(rect.contains(x: 3, y: 3))
    #expect(!rect.contains(x: 6, y: 3))
    #expect(!rect.contains(x: 2, y: 5))
    #expect(!rect.contains(x: 1, y: 3))
    #expect(!rect.contains(x: 2, y: 2))
    #expect(!rect.contains(x: -1, y: -1))
  }

  @Test func emptyRectContainsNothing() {
    let rect = Rect(x: 0, y: 0, width: 0, height: 5)
    #expect(!rect.contains(x: 0, y: 0))
    #expect(!Rect(x: 1, y: 1, width: 3, height: -2).contains(x: 1, y: 1))
  }

  @Test func everyPointIsInExactlyOneColumnOrAGap() {
    let rect = Rect(x: 1, y: 0, width: 23, height: 1)
    let columns = rect.columns(4, gap: 1)
    var inColumns = 0
    for x in rect.x..<rect.maxX {
      let hits = columns.filter { $0.contains(x: x, y: 0) }.count
      #expect(hits <= 1)
      inColumns += hits
    }
    #expect(inColumns == 23 - 3)
  }
}
