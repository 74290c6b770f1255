import Testing

@testable import QuotedriftEngine

@Suite struct ByteSliceTableTests {
  @Test func findsWhatWasStoredAndNothingElseAcrossGrowth() {
    var table = ByteSliceTable(capacity: 4)
    // Keys that differ only past their first eight bytes, and only past their first sixteen.
    let words =
      (0..<5_000).map { "word\($0)" } + (0..<300).map { "01234567ab\($0)" }
      + (0..<300).map { "a-shared-opening-\($0)" } + ["", "a", "é", "U.S."]
    for (index, word) in words.enumerated() {
      Array(word.utf8).withUnsafeBufferPointer {
        table.insert($0, probe: ByteSliceTable.Probe($0), value: Int32(index))
      }
    }
    #expect(table.count == words.count)
    for (index, word) in words.enumerated() {
      let found = Array(word.utf8).withUnsafeBufferPointer {
        table.value(for: $0, probe: ByteSliceTable.Probe($0))
      }
      #expect(found == Int32(index))
    }
    for missing in ["word5000", "Word1", "u.s.", "wor", "01234567ab300", "a-shared-opening-"] {
      #expect(
        Array(missing.utf8).withUnsafeBufferPointer {
          table.value(for: $0, probe: ByteSliceTable.Probe($0))
        } == nil)
    }
  }

  @Test func aProbeComputedAheadFindsWhatAFreshProbeFinds() {
    var table = ByteSliceTable(capacity: 2)
    let words = (0..<3_000).map { "spelling-\($0 * 7)" } + ["x", "twelve bytes"]
    let probes = words.map { word in
      Array(word.utf8).withUnsafeBufferPointer { ByteSliceTable.Probe($0) }
    }
    // Fetching ahead is a hint only: on an empty slot, a full one, or one about to move as the
    // table grows, it changes nothing found.
    for (index, word) in words.enumerated() {
      table.prefetch(probes[index])
      table.prefetchEntry(probes[index])
      Array(word.utf8).withUnsafeBufferPointer { bytes in
        #expect(table.value(for: bytes, probe: probes[index]) == nil)
        table.insert(bytes, probe: probes[index], value: Int32(index))
      }
    }
    for (index, word) in words.enumerated() {
      table.prefetchEntry(probes[index])
      let found = Array(word.utf8).withUnsafeBufferPointer { bytes in
        (
          table.value(for: bytes, probe: probes[index]),
          table.value(for: bytes, probe: ByteSliceTable.Probe(bytes))
        )
      }
      #expect(found.0 == Int32(index) && found.1 == Int32(index))
    }
  }
}
