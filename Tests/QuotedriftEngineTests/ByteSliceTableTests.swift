import Testing

@testable import QuotedriftEngine

@Suite struct ByteSliceTableTests {
  @Test func findsWhatWasStoredAndNothingElseAcrossGrowth() {
    var table = ByteSliceTable(capacity: 4)
    let words = (0..<5_000).map { "word\($0)" } + ["", "a", "é", "U.S."]
    for (index, word) in words.enumerated() {
      Array(word.utf8).withUnsafeBufferPointer { table.insert($0, value: Int32(index)) }
    }
    #expect(table.count == words.count)
    for (index, word) in words.enumerated() {
      let found = Array(word.utf8).withUnsafeBufferPointer { table.value(for: $0) }
      #expect(found == Int32(index))
    }
    for missing in ["word5000", "Word1", "u.s.", "wor"] {
      #expect(Array(missing.utf8).withUnsafeBufferPointer { table.value(for: $0) } == nil)
    }
  }
}
