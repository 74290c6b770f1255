/// Aligns two word sequences word by word with gaps (Gotoh's affine-gap dynamic programming), so
/// trimmed quotes and inserted attributions ("Butler said") still align. Opening a gap costs more
/// than extending one, so changes come in solid runs rather than speckles.
///
/// All of the first sequence (a version's passage) is aligned against the stretch of the second
/// (the reference) it matches best: words of the second outside that stretch cost nothing.
struct WordAligner {
  /// One step of an alignment: a pair of aligned words, or a word of one side alone.
  struct Step: Equatable {
    /// Index into the first sequence, or nil when the step takes a word of the second alone.
    var first: Int?
    /// Index into the second sequence, or nil when the step takes a word of the first alone.
    var second: Int?
    /// For a pair, how alike the two words are.
    var grade: WordGrade
  }

  struct Alignment {
    var score: Float
    var steps: [Step]
  }

  let similarity: WordSimilarity
  let settings: MatchingSettings

  /// Cells above which the problem is split at unique shared words first.
  static let maximumCells = 1_500_000

  func align(_ first: [Int32], _ second: [Int32]) -> Alignment {
    if first.count * second.count > Self.maximumCells { return alignInPieces(first, second) }
    if let verbatim = verbatimAlignment(first, second) { return verbatim }
    return alignDirectly(first, second)
  }

  /// When `first` stands word for word in `second` (a quote copied whole), the alignment the
  /// dynamic programming finds, without filling its table: every word equal, at the first place
  /// it stands. That is its unique best when an equal pair outscores every other step and a gap,
  /// opened or extended, costs something; `nil` otherwise, or when `first` does not stand in
  /// `second`.
  private func verbatimAlignment(_ first: [Int32], _ second: [Int32]) -> Alignment? {
    guard !first.isEmpty, first.count <= second.count, settings.equalScore > 0,
      settings.equalScore > settings.inflectionScore, settings.equalScore > settings.synonymScore,
      settings.equalScore > settings.mismatchScore, settings.gapOpen < 0, settings.gapExtend <= 0
    else { return nil }
    let last = second.count - first.count
    var start = 0
    search: while start <= last {
      for offset in first.indices where second[start + offset] != first[offset] {
        start += 1
        continue search
      }
      // The table sums the score word by word; so does this, for the same float.
      var score: Float = 0
      for _ in first.indices { score += settings.equalScore }
      return Alignment(
        score: score,
        steps: first.indices.map { Step(first: $0, second: start + $0, grade: .equal) })
    }
    return nil
  }

  /// The score of aligning two words of `grade`; `functionMismatch` when exactly one of the two
  /// is a function word.
  @inline(__always)
  private func matchScore(_ grade: WordGrade, functionMismatch: Bool) -> Float {
    switch grade {
    case .equal: return settings.equalScore
    case .inflection: return settings.inflectionScore
    case .synonym: return settings.synonymScore
    case .unrelated: return functionMismatch ? settings.mismatchScore * 2 : settings.mismatchScore
    }
  }

  // Traceback codes, packed in one byte per cell: bits 0-1 where M came from (0 start, 1 M,
  // 2 X, 3 Y), bit 2 X came from X (else M), bit 3 Y came from Y (else M).
  private func alignDirectly(_ first: [Int32], _ second: [Int32]) -> Alignment {
    let n = first.count
    let m = second.count
    guard n > 0 else { return Alignment(score: 0, steps: []) }
    guard m > 0 else {
      return Alignment(
        score: 0, steps: first.indices.map { Step(first: $0, second: nil, grade: .unrelated) })
    }
    let open = settings.gapOpen
    let extend = settings.gapExtend
    let negative = -Float.greatestFiniteMagnitude / 4
    let width = m + 1
    let isFunctionWord = similarity.vocabulary.isFunctionWord
    let secondIsFunction = second.map { isFunctionWord[Int($0)] }
    // What grading reads of each word of `second`, read once for all rows.
    let secondColumns = similarity.gradeColumns(second)
    // The traceback codes, six rows of scores (M, X and Y, previous and current) and the word
    // scores of the row being filled, all written through pointers: no write checks bounds or
    // uniqueness.
    let trace = UnsafeMutablePointer<UInt8>.allocate(capacity: (n + 1) * width)
    let rows = UnsafeMutablePointer<Float>.allocate(capacity: 7 * width)
    defer {
      trace.deallocate()
      rows.deallocate()
    }
    var previousM = rows
    var previousX = rows + width
    var previousY = rows + 2 * width
    var currentM = rows + 3 * width
    var currentX = rows + 4 * width
    var currentY = rows + 5 * width
    let rowScores = rows + 6 * width
    previousM.initialize(repeating: 0, count: width)
    for row in [previousX, previousY, currentM, currentX, currentY] {
      row.initialize(repeating: negative, count: width)
    }
    for i in 1...n {
      let a = first[i - 1]
      let aIsFunction = isFunctionWord[Int(a)]
      let aKey = similarity.gradeKey(a)
      for j in 1...m {
        rowScores[j] = matchScore(
          similarity.grade(aKey, secondColumns, j - 1),
          functionMismatch: aIsFunction != secondIsFunction[j - 1])
      }
      currentM[0] = negative
      currentY[0] = negative
      currentX[0] = open + Float(i - 1) * extend
      let row = trace + i * width
      row[0] = i > 1 ? 4 : 0
      for j in 1...m {
        var code: UInt8 = 0
        // M: diagonal move into (i, j).
        let fromM = previousM[j - 1]
        let fromX = previousX[j - 1]
        let fromY = previousY[j - 1]
        var bestPrevious = fromM
        var source: UInt8 = 1
        if fromX > bestPrevious {
          bestPrevious = fromX
          source = 2
        }
        if fromY > bestPrevious {
          bestPrevious = fromY
          source = 3
        }
        // The stretch of the second sequence may start anywhere: the first row starts free.
        if i == 1 && 0 >= bestPrevious {
          bestPrevious = 0
          source = 0
        }
        let valueM = bestPrevious + rowScores[j]
        code |= source
        // X: word of `first` alone (consumes i).
        let openX = previousM[j] + open
        let extendX = previousX[j] + extend
        let valueX: Float
        if extendX > openX {
          valueX = extendX
          code |= 4
        } else {
          valueX = openX
        }
        // Y: word of `second` alone (consumes j).
        let openY = currentM[j - 1] + open
        let extendY = currentY[j - 1] + extend
        let valueY: Float
        if extendY > openY {
          valueY = extendY
          code |= 8
        } else {
          valueY = openY
        }
        currentM[j] = valueM
        currentX[j] = valueX
        currentY[j] = valueY
        row[j] = code
      }
      swap(&previousM, &currentM)
      swap(&previousX, &currentX)
      swap(&previousY, &currentY)
    }
    // The stretch may end anywhere: the best cell of the last row.
    var best: (score: Float, i: Int, j: Int, state: Int) = (open + Float(n - 1) * extend, n, 0, 2)
    for j in 1...m {
      if previousM[j] > best.score { best = (previousM[j], n, j, 1) }
      if previousX[j] > best.score { best = (previousX[j], n, j, 2) }
    }
    var steps: [Step] = []
    var i = best.i
    var j = best.j
    var state = best.state
    while i > 0 {
      if state == 1 {
        guard j > 0 else { break }
        steps.append(
          Step(first: i - 1, second: j - 1, grade: similarity.grade(first[i - 1], second[j - 1])))
        let source = trace[i * width + j] & 3
        i -= 1
        j -= 1
        if source == 0 { break }
        state = Int(source)
      } else if state == 2 {
        steps.append(Step(first: i - 1, second: nil, grade: .unrelated))
        let fromX = trace[i * width + j] & 4 != 0
        i -= 1
        state = fromX || j == 0 ? 2 : 1
      } else {
        guard j > 0 else { break }
        steps.append(Step(first: nil, second: j - 1, grade: .unrelated))
        let fromY = trace[i * width + j] & 8 != 0
        j -= 1
        state = fromY ? 3 : 1
      }
    }
    steps.reverse()
    return Alignment(score: best.score, steps: steps)
  }

  /// Splits a long collation at words that occur once on each side and keep their order (the
  /// longest increasing run of such anchors), then aligns the pieces between anchors.
  private func alignInPieces(_ first: [Int32], _ second: [Int32]) -> Alignment {
    let anchors = UniqueAnchors.find(first, second)
    guard !anchors.isEmpty else {
      // Nothing to split at: align the first sequence against the start of the second that it
      // can fit in, keeping memory bounded.
      let window = max(1, Self.maximumCells / max(first.count, 1))
      return alignDirectly(first, Array(second.prefix(window)))
    }
    var steps: [Step] = []
    var score: Float = 0
    var previous = (first: 0, second: 0)
    for anchor in anchors + [(first.count, second.count)] {
      let firstPiece = Array(first[previous.first..<anchor.0])
      let secondPiece = Array(second[previous.second..<anchor.1])
      let piece = globalPiece(firstPiece, secondPiece)
      score += piece.score
      for step in piece.steps {
        steps.append(
          Step(
            first: step.first.map { $0 + previous.first },
            second: step.second.map { $0 + previous.second }, grade: step.grade))
      }
      if anchor.0 < first.count {
        steps.append(Step(first: anchor.0, second: anchor.1, grade: .equal))
        score += settings.equalScore
      }
      previous = (anchor.0 + 1, anchor.1 + 1)
    }
    return Alignment(score: score, steps: steps)
  }

  /// A piece between two anchors: both sides must be used whole.
  private func globalPiece(_ first: [Int32], _ second: [Int32]) -> Alignment {
    if first.isEmpty || second.isEmpty || first.count * second.count > Self.maximumCells {
      return Alignment(
        score: 0,
        steps: first.indices.map { Step(first: $0, second: nil, grade: .unrelated) }
          + second.indices.map { Step(first: nil, second: $0, grade: .unrelated) })
    }
    var alignment = alignDirectly(first, second)
    // Words of the second side left before or after the aligned stretch are still part of the
    // piece: take them alone, in order.
    let used = Set(alignment.steps.compactMap(\.second))
    var merged: [Step] = []
    var nextSecond = 0
    for step in alignment.steps {
      if let second = step.second {
        while nextSecond < second {
          if !used.contains(nextSecond) {
            merged.append(Step(first: nil, second: nextSecond, grade: .unrelated))
          }
          nextSecond += 1
        }
        nextSecond = second + 1
      }
      merged.append(step)
    }
    while nextSecond < second.count {
      merged.append(Step(first: nil, second: nextSecond, grade: .unrelated))
      nextSecond += 1
    }
    alignment.steps = merged
    return alignment
  }
}

/// Words found exactly once in each of two sequences, paired in an order both sequences keep.
enum UniqueAnchors {
  static func find(_ first: [Int32], _ second: [Int32]) -> [(Int, Int)] {
    var firstCount: [Int32: Int] = [:]
    var secondPosition: [Int32: Int] = [:]
    var secondCount: [Int32: Int] = [:]
    for term in first { firstCount[term, default: 0] += 1 }
    for (index, term) in second.enumerated() {
      secondCount[term, default: 0] += 1
      secondPosition[term] = index
    }
    var pairs: [(Int, Int)] = []
    for (index, term) in first.enumerated()
    where firstCount[term] == 1 && secondCount[term] == 1 {
      pairs.append((index, secondPosition[term]!))
    }
    return longestIncreasing(pairs)
  }

  /// The longest run of `pairs` (ordered by first) whose second components increase.
  static func longestIncreasing(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
    var tails: [Int] = []
    var previous = [Int](repeating: -1, count: pairs.count)
    for (index, pair) in pairs.enumerated() {
      var low = 0
      var high = tails.count
      while low < high {
        let middle = (low + high) / 2
        if pairs[tails[middle]].1 < pair.1 { low = middle + 1 } else { high = middle }
      }
      if low > 0 { previous[index] = tails[low - 1] }
      if low == tails.count { tails.append(index) } else { tails[low] = index }
    }
    var result: [(Int, Int)] = []
    var cursor = tails.last ?? -1
    while cursor >= 0 {
      result.append(pairs[cursor])
      cursor = previous[cursor]
    }
    return result.reversed()
  }
}
