import Testing

@testable import QuotedriftEngine

@Suite struct UTF8ScannerTests {
  @Test func decodesMultiByteScalarsWithTheirOffsets() {
    let steps = UTF8Scanner.steps(of: Array("a’€😀".utf8))
    #expect(steps.map(\.scalar) == ["a", "’", "€", "😀"])
    #expect(steps.map(\.offset) == [0, 1, 4, 7])
    #expect(steps.map(\.length) == [1, 3, 3, 4])
    #expect(steps.allSatisfy { !$0.isReplacement })
  }

  @Test(
    arguments: [
      ([0xFF], [1]),
      ([0xC3], [1]),
      ([0xE2, 0x80], [2]),
      ([0xE2, 0x80, 0x41], [2, 1]),
      ([0xED, 0xA0, 0x80], [1, 1, 1]),
      ([0xF0, 0x9F, 0x98], [3]),
      ([0xC0, 0xAF], [1, 1]),
    ] as [([UInt8], [Int])])
  func replacesInvalidSequencesByMaximalSubpart(bytes: [UInt8], lengths: [Int]) {
    let steps = UTF8Scanner.steps(of: bytes)
    #expect(steps.map(\.length) == lengths)
    #expect(steps.reduce(0) { $0 + $1.length } == bytes.count)
    #expect(steps.first?.isReplacement == true)
    #expect(!UTF8Scanner.isValid(bytes))
  }

  @Test func validatesAsTheStandardLibraryDoesWhereverTheSequenceFallsInARunOfASCII() {
    let sequences: [[UInt8]] = [
      [0xFF], [0xC3], [0xC3, 0xA9], [0xE2, 0x80], [0xE2, 0x80, 0x99], [0xED, 0xA0, 0x80],
      [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF],
    ]
    for sequence in sequences {
      for position in 0..<20 {
        let bytes =
          Array(repeating: UInt8(ascii: "a"), count: position) + sequence
          + Array(repeating: UInt8(ascii: "b"), count: 20 - position)
        #expect(UTF8Scanner.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil))
      }
    }
  }
}
