import Testing

@testable import QuotedriftEngine

/// The bit-parallel subsequence and edit distance agree with the dynamic-programming tables
/// they stand for, across one word of bits and several, and at the edges.
@Suite struct BitParallelSequencesTests {
  /// The longest common subsequence by its table.
  func tableSubsequence(_ x: [Int32], _ y: [Int32]) -> Int {
    var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in x.indices {
      for j in y.indices {
        table[i + 1][j + 1] = x[i] == y[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
      }
    }
    return table[x.count][y.count]
  }

  /// Levenshtein's distance by its table.
  func tableDistance(_ x: [Int32], _ y: [Int32]) -> Int {
    var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 0...x.count { table[i][0] = i }
    for j in 0...y.count { table[0][j] = j }
    for i in x.indices {
      for j in y.indices {
        table[i + 1][j + 1] = min(
          table[i][j] + (x[i] == y[j] ? 0 : 1), table[i][j + 1] + 1, table[i + 1][j] + 1)
      }
    }
    return table[x.count][y.count]
  }

  @Test func agreesWithTheTablesOnSequencesOfEveryShape() {
    var state: UInt64 = 7
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    // Lengths across the 64- and 128-bit edges, alphabets from two words to many.
    for _ in 0..<400 {
      let alphabet = [2, 5, 40, 1_000][next(4)]
      let x = (0..<[0, 1, 7, 63, 64, 65, 130][next(7)]).map { _ in Int32(next(alphabet)) }
      let y = (0..<[0, 1, 9, 63, 64, 65, 129, 200][next(8)]).map { _ in Int32(next(alphabet)) }
      let sequences = BitParallelSequences(y)
      #expect(sequences.commonSubsequence(with: x) == tableSubsequence(x, y))
      #expect(sequences.editDistance(from: x) == tableDistance(x, y))
    }
  }

  @Test func edgesAreEmptyOrWhole() {
    #expect(BitParallelSequences([]).editDistance(from: [1, 2, 3]) == 3)
    #expect(BitParallelSequences([1, 2]).commonSubsequence(with: []) == 0)
    #expect(BitParallelSequences([-3, 5, -1, 5]).commonSubsequence(with: [5, -1, -3, 5]) == 3)
    #expect(BitParallelSequences([-3, 5, -1, 5]).editDistance(from: [5, -1, -3, 5]) == 2)
    let long = (0..<150).map { Int32($0 % 7) }
    #expect(BitParallelSequences(long).commonSubsequence(with: long) == 150)
    #expect(BitParallelSequences(long).editDistance(from: long) == 0)
  }
}
