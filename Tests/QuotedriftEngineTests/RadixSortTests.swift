import Testing

@testable import QuotedriftEngine

@Suite struct RadixSortTests {
  @Test func sortsLikeTheStandardSortAndKeepsEqualKeysInOrder() {
    var generator = SystemRandomNumberGenerator()
    for shape in [UInt64.max, 0xFFFF, 0xFF_0000_00FF, 7] {
      let keys = (0..<5_000).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) & shape
      }
      var sorted = keys
      var values = keys.indices.map { Int32($0) }
      RadixSort.sort(&sorted, carrying: &values)
      let expected = keys.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
      #expect(sorted == expected.map { keys[$0] })
      #expect(values == expected.map { Int32($0) }, "equal keys keep their order")
      var alone = keys
      RadixSort.sort(&alone)
      #expect(alone == keys.sorted())
    }
  }

  @Test func sortsByTheHighBitsAloneWhenAskedKeepingTheOrderBelowThem() {
    var generator = SystemRandomNumberGenerator()
    for lowBits in [UInt64(1), 11, 20, 33] {
      let keys = (0..<5_000).map { _ in UInt64.random(in: 0...(1 << 40), using: &generator) }
      var sorted = keys
      var values = keys.indices.map { Int32($0) }
      RadixSort.sort(&sorted, carrying: &values, ignoringLowBits: lowBits)
      let expected = keys.indices.sorted {
        (keys[$0] >> lowBits, $0) < (keys[$1] >> lowBits, $1)
      }
      #expect(sorted == expected.map { keys[$0] })
      #expect(values == expected.map { Int32($0) })
    }
  }

  @Test func leavesShortAndUniformInputsAlone() {
    var empty: [UInt64] = []
    RadixSort.sort(&empty)
    #expect(empty.isEmpty)
    var same: [UInt64] = [5, 5, 5]
    var values: [Int32] = [2, 0, 1]
    RadixSort.sort(&same, carrying: &values)
    #expect(values == [2, 0, 1])
  }
}
