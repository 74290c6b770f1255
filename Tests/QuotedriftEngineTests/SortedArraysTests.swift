import Testing

@testable import QuotedriftEngine

@Suite struct SortedArraysTests {
  @Test func sortsAndRemovesRepeats() {
    var values: [Int32] = [5, 1, 5, 3, 1, 1]
    values.sortAndRemoveRepeats()
    #expect(values == [1, 3, 5])
    var empty: [Int32] = []
    empty.sortAndRemoveRepeats()
    #expect(empty.isEmpty)
  }

  @Test func countsCommonElementsWithTheirRepeats() {
    #expect([1, 1, 2, 4].commonCount(withSorted: [1, 1, 1, 4, 5]) == 3)
    #expect([1, 2].commonCount(withSorted: []) == 0)
  }

  @Test func findsValuesInASortedArray() {
    let values: [Int32] = [2, 3, 5, 8, 13]
    #expect(values.allSatisfy(values.sortedContains))
    #expect(![0, 1, 4, 9, 14].contains(where: values.sortedContains))
    #expect(![Int32]().sortedContains(1))
  }
}
