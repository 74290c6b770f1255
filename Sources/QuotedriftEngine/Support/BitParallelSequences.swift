/// The longest common subsequence and the edit distance of two sequences of word ids, computed
/// 64 cells of the dynamic-programming table at a time: each column of the table is one bit
/// vector over the second sequence, updated with a few word operations per element of the
/// first (Hyyrö 2004 for the subsequence, Myers 1999 as Hyyrö 2001 states it for Levenshtein's
/// distance). The same lengths as the tables, in n·⌈m/64⌉ steps instead of n·m.
struct BitParallelSequences {
  /// The second sequence's length, and the 64-bit words of a vector over it.
  private let length: Int
  private let words: Int
  /// Its distinct ids, sorted, and for each the vector of the places it stands (`words` each).
  private let symbols: [Int32]
  private let masks: [UInt64]

  /// Prepares `second` for comparing with any first sequence.
  init(_ second: [Int32]) {
    length = second.count
    words = (second.count + 63) / 64
    // Each id with its place below it in one number (the id's sign bit flipped, so the numbers
    // sort as the ids do): sorting the numbers groups the places of each id, with no closure.
    var placed = second.indices.map {
      UInt64(UInt32(bitPattern: second[$0]) ^ 0x8000_0000) << 32 | UInt64($0)
    }
    placed.sort()
    var symbols: [Int32] = []
    var masks: [UInt64] = []
    for entry in placed {
      let symbol = Int32(bitPattern: UInt32(truncatingIfNeeded: entry >> 32) ^ 0x8000_0000)
      let place = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)
      if symbols.last != symbol {
        symbols.append(symbol)
        masks += repeatElement(0, count: words)
      }
      masks[(symbols.count - 1) * words + place / 64] |= 1 << UInt64(place % 64)
    }
    self.symbols = symbols
    self.masks = masks
  }

  /// Where the vector of `symbol` starts in ``masks``; nil when the second sequence lacks it.
  private func maskStart(of symbol: Int32) -> Int? {
    var low = 0
    var high = symbols.count
    while low < high {
      let middle = (low + high) >> 1
      if symbols[middle] < symbol { low = middle + 1 } else { high = middle }
    }
    return low < symbols.count && symbols[low] == symbol ? low * words : nil
  }

  /// The mask of the places of the second sequence past its end in its last word: ones there.
  private var pastEnd: UInt64 { length % 64 == 0 ? 0 : ~0 << UInt64(length % 64) }

  /// The length of the longest common subsequence of `first` and the second sequence.
  func commonSubsequence(with first: [Int32]) -> Int {
    guard length > 0, !first.isEmpty else { return 0 }
    // A zero bit in V for each element of the second sequence the subsequence has used so far.
    var vector = [UInt64](repeating: ~0, count: words)
    masks.withUnsafeBufferPointer { masks in
      vector.withUnsafeMutableBufferPointer { vector in
        for symbol in first {
          guard let start = maskStart(of: symbol) else { continue }
          // V = (V + U) | (V - U), U = V & M; V - U is V & ~U, U being within V.
          var carry: UInt64 = 0
          for word in 0..<words {
            let v = vector[word]
            let u = v & masks[start + word]
            let (sum, overflow) = v.addingReportingOverflow(u)
            let (total, overflowAgain) = sum.addingReportingOverflow(carry)
            carry = overflow || overflowAgain ? 1 : 0
            vector[word] = total | (v & ~u)
          }
        }
      }
    }
    var zeros = 0
    for word in 0..<words {
      let live = word == words - 1 ? vector[word] | pastEnd : vector[word]
      zeros += (~live).nonzeroBitCount
    }
    return zeros
  }

  /// The fewest elements inserted, deleted or replaced that turn `first` into the second
  /// sequence.
  func editDistance(from first: [Int32]) -> Int {
    guard length > 0 else { return first.count }
    guard !first.isEmpty else { return length }
    // The vertical differences of the current column, +1 (Pv) and -1 (Mv), by row.
    var plus = [UInt64](repeating: ~0, count: words)
    var minus = [UInt64](repeating: 0, count: words)
    var distance = length
    let lastWord = words - 1
    let lastBit = UInt64(1) << UInt64((length - 1) % 64)
    let noMask = [UInt64](repeating: 0, count: words)
    masks.withUnsafeBufferPointer { masks in
      noMask.withUnsafeBufferPointer { noMask in
        plus.withUnsafeMutableBufferPointer { plus in
          minus.withUnsafeMutableBufferPointer { minus in
            for symbol in first {
              let equal =
                maskStart(of: symbol).map { UnsafeBufferPointer(rebasing: masks[$0...]) } ?? noMask
              // The horizontal differences shift down one row per word; the top row's is +1
              // (the distance from nothing grows by one per element of `first`).
              var addCarry: UInt64 = 0
              var plusShiftIn: UInt64 = 1
              var minusShiftIn: UInt64 = 0
              for word in 0..<words {
                let eq = equal[word]
                let pv = plus[word]
                let mv = minus[word]
                let xv = eq | mv
                let (sum, overflow) = (eq & pv).addingReportingOverflow(pv)
                let (total, overflowAgain) = sum.addingReportingOverflow(addCarry)
                addCarry = overflow || overflowAgain ? 1 : 0
                let xh = (total ^ pv) | eq
                var ph = mv | ~(xh | pv)
                var mh = pv & xh
                if word == lastWord {
                  if ph & lastBit != 0 { distance += 1 } else if mh & lastBit != 0 { distance -= 1 }
                }
                let plusOut = ph >> 63
                let minusOut = mh >> 63
                ph = ph << 1 | plusShiftIn
                mh = mh << 1 | minusShiftIn
                plusShiftIn = plusOut
                minusShiftIn = minusOut
                plus[word] = mh | ~(xv | ph)
                minus[word] = ph & xv
              }
            }
          }
        }
      }
    }
    return distance
  }
}
