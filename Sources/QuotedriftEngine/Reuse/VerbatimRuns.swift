/// Runs of identical words shared by two stretches of text (the common substrings of their word
/// sequences), longer than a number of characters: where a region is verbatim copying, these
/// runs are the copies, exactly bounded.
enum VerbatimRuns {
  /// Above this many word pairs a region is not searched for runs (the table would not be worth
  /// its time); its region stands as found.
  static let maximumCells = 40_000_000

  /// The maximal runs of equal terms between words `first` of article `a` and words `second` of
  /// article `b` spanning more than `minimumCharacters` bytes in `a`, as byte ranges of both.
  static func runs(
    _ first: Range<Int>, of a: Int, _ second: Range<Int>, of b: Int, corpus: Corpus,
    minimumCharacters: Int
  ) -> [(Range<Int>, Range<Int>)] {
    guard first.count * second.count <= maximumCells, !first.isEmpty, !second.isEmpty else {
      return []
    }
    let x = Array(corpus.terms[a][first])
    let y = Array(corpus.terms[b][second])
    let wordsA = corpus.articles[a].words
    let wordsB = corpus.articles[b].words
    var found: [(Range<Int>, Range<Int>)] = []
    let bytesA = corpus.articles[a].bytes
    let bytesB = corpus.articles[b].bytes
    func emit(endingBefore i: Int, _ j: Int, length: Int) {
      var startA = wordsA[first.lowerBound + i - length].start
      var endA = wordsA[first.lowerBound + i - 1].end
      guard endA - startA > minimumCharacters else { return }
      var startB = wordsB[second.lowerBound + j - length].start
      var endB = wordsB[second.lowerBound + j - 1].end
      // The same punctuation on both sides ("…delivery." and "“The…") belongs to the copy.
      while endA < bytesA.count, endB < bytesB.count, bytesA[endA] == bytesB[endB],
        !isSpace(bytesA[endA])
      {
        endA += 1
        endB += 1
      }
      while startA > 0, startB > 0, bytesA[startA - 1] == bytesB[startB - 1],
        !isSpace(bytesA[startA - 1])
      {
        startA -= 1
        startB -= 1
      }
      found.append((startA..<endA, startB..<endB))
    }
    var previous = [Int32](repeating: 0, count: y.count + 1)
    var current = previous
    for i in 1...x.count {
      for j in 1...y.count {
        current[j] = x[i - 1] == y[j - 1] ? previous[j - 1] + 1 : 0
        if current[j] == 0 && previous[j - 1] > 0 {
          emit(endingBefore: i - 1, j - 1, length: Int(previous[j - 1]))
        }
      }
      if current[y.count] > 0 { emit(endingBefore: i, y.count, length: Int(current[y.count])) }
      swap(&previous, &current)
    }
    for j in 1..<y.count where previous[j] > 0 {
      emit(endingBefore: x.count, j, length: Int(previous[j]))
    }
    // A run inside another's span of the second article is a repeat of part of it.
    return found.filter { run in
      !found.contains { other in
        other != run && other.1.lowerBound <= run.1.lowerBound
          && run.1.upperBound <= other.1.upperBound
      }
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }
}
