/// A set of byte phrases, each in a numbered group, found in one pass over a text: which groups
/// have a phrase somewhere in it. A table of the phrases' first two bytes rules out almost every
/// position at the cost of one look-up, so many phrases cost little more than one.
struct BytePhraseSet: Sendable {
  /// Phrases by their first two bytes (`first << 8 | second`): the phrase and its group.
  private let phrasesByOpening: [UInt16: [(phrase: [UInt8], group: Int)]]
  /// One bit per two-byte opening that some phrase starts with.
  private let openings: [UInt64]

  /// The phrases of `groups[g]` form group `g`; every phrase has at least two bytes.
  init(_ groups: [[[UInt8]]]) {
    var phrasesByOpening: [UInt16: [(phrase: [UInt8], group: Int)]] = [:]
    var openings = [UInt64](repeating: 0, count: 1 << 10)
    for (group, phrases) in groups.enumerated() {
      for phrase in phrases {
        precondition(phrase.count >= 2, "a phrase needs two bytes")
        let opening = UInt16(phrase[0]) << 8 | UInt16(phrase[1])
        phrasesByOpening[opening, default: []].append((phrase, group))
        openings[Int(opening >> 6)] |= 1 << UInt64(opening & 63)
      }
    }
    self.phrasesByOpening = phrasesByOpening
    self.openings = openings
  }

  /// The groups with a phrase in `text`, as a bit mask (bit `g` for group `g`).
  func groups(in text: [UInt8]) -> UInt64 {
    guard text.count >= 2 else { return 0 }
    var found: UInt64 = 0
    text.withUnsafeBufferPointer { bytes in
      for index in 0..<(bytes.count - 1) {
        let opening = UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
        guard openings[Int(opening >> 6)] & (1 << UInt64(opening & 63)) != 0 else { continue }
        for (phrase, group) in phrasesByOpening[opening, default: []]
        where found & (1 << UInt64(group)) == 0 && index + phrase.count <= bytes.count {
          var offset = 2
          while offset < phrase.count && bytes[index + offset] == phrase[offset] { offset += 1 }
          if offset == phrase.count { found |= 1 << UInt64(group) }
        }
      }
    }
    return found
  }
}
