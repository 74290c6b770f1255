/// A set of byte phrases, each in a numbered group, found in one pass over a text: which groups
/// have a phrase somewhere in it. A bit per two-byte opening rules out almost every position at
/// the cost of one look-up, so many phrases cost little more than one; the phrases that share an
/// opening lie side by side in flat arrays, so a look-up neither hashes nor counts references.
struct BytePhraseSet: Sendable {
  /// One bit per two-byte opening (`first << 8 | second`) that some phrase starts with.
  private let openings: [UInt64]
  /// The openings that some phrase starts with, sorted, and where each one's phrases start in
  /// ``phrases`` (one more entry than openings: the end of the last).
  private let openingKeys: [UInt16]
  private let openingStarts: [Int32]
  /// Every phrase, grouped by opening: its bytes in ``arena`` and its group.
  private let phrases: [(start: Int32, count: Int32, group: Int32)]
  private let arena: [UInt8]

  /// The phrases of `groups[g]` form group `g`; every phrase has at least two bytes.
  init(_ groups: [[[UInt8]]]) {
    var all: [(opening: UInt16, phrase: [UInt8], group: Int)] = []
    var openings = [UInt64](repeating: 0, count: 1 << 10)
    for (group, phrases) in groups.enumerated() {
      for phrase in phrases {
        precondition(phrase.count >= 2, "a phrase needs two bytes")
        let opening = UInt16(phrase[0]) << 8 | UInt16(phrase[1])
        all.append((opening, phrase, group))
        openings[Int(opening >> 6)] |= 1 << UInt64(opening & 63)
      }
    }
    // Stable, so that phrases of one opening keep the order they were given in.
    let sorted = all.enumerated().sorted {
      ($0.element.opening, $0.offset) < ($1.element.opening, $1.offset)
    }
    var openingKeys: [UInt16] = []
    var openingStarts: [Int32] = []
    var phrases: [(start: Int32, count: Int32, group: Int32)] = []
    var arena: [UInt8] = []
    for (_, entry) in sorted {
      if openingKeys.last != entry.opening {
        openingKeys.append(entry.opening)
        openingStarts.append(Int32(phrases.count))
      }
      phrases.append((Int32(arena.count), Int32(entry.phrase.count), Int32(entry.group)))
      arena += entry.phrase
    }
    openingStarts.append(Int32(phrases.count))
    self.openings = openings
    self.openingKeys = openingKeys
    self.openingStarts = openingStarts
    self.phrases = phrases
    self.arena = arena
  }

  /// The groups with a phrase in `text`, as a bit mask (bit `g` for group `g`).
  func groups(in text: [UInt8]) -> UInt64 {
    guard text.count >= 2 else { return 0 }
    var found: UInt64 = 0
    text.withUnsafeBufferPointer { bytes in
      for index in 0..<(bytes.count - 1) {
        let opening = UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
        guard openings[Int(opening >> 6)] & (1 << UInt64(opening & 63)) != 0 else { continue }
        let key = openingKeys.firstSortedIndex(notBelow: opening)
        for entry in Int(openingStarts[key])..<Int(openingStarts[key + 1]) {
          let phrase = phrases[entry]
          let count = Int(phrase.count)
          guard found & (1 << UInt64(phrase.group)) == 0, index + count <= bytes.count else {
            continue
          }
          let start = Int(phrase.start)
          var offset = 2
          while offset < count && bytes[index + offset] == arena[start + offset] { offset += 1 }
          if offset == count { found |= 1 << UInt64(phrase.group) }
        }
      }
    }
    return found
  }
}

extension Array where Element == UInt16 {
  /// The first index whose element is not below `value`, in this ascending array.
  fileprivate func firstSortedIndex(notBelow value: UInt16) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if self[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
