/// A set of byte phrases, each in a numbered group, found in one pass over a text: which groups
/// have a phrase somewhere in it. A bitmap of the phrases' first three bytes, hashed (8 kB),
/// rules out almost every position at the cost of one read, so many phrases cost little more
/// than one. (Two bytes rule out too few: "re", "in" and "co" open much of English.)
/// The phrases lie in flat arrays read through pointers: a probe hashes nothing and counts no
/// references.
struct BytePhraseSet: Sendable {
  /// One phrase: where its bytes start in ``bytes``, how many there are, and its group.
  private struct Entry {
    var start: Int32
    var length: Int32
    var group: Int32
  }

  /// Every phrase's bytes, one after another.
  private let bytes: [UInt8]
  /// The phrases, grouped by their first two bytes.
  private let entries: [Entry]
  /// For each two-byte opening (`first << 8 | second`), the first of its phrases in ``entries``;
  /// its phrases run up to the next opening's first.
  private let firstEntry: [Int32]
  /// One bit per two-byte opening that some phrase starts with.
  private let openings: [UInt64]
  /// One bit per hashed three-byte opening (``trigramBit(_:_:_:)``) that some phrase starts
  /// with; a two-byte phrase sets the bits of its opening followed by any byte.
  private let trigrams: [UInt64]

  /// The phrases of `groups[g]` form group `g`; every phrase has at least two bytes.
  init(_ groups: [[[UInt8]]]) {
    var byOpening = [[(phrase: [UInt8], group: Int)]](repeating: [], count: 1 << 16)
    for (group, phrases) in groups.enumerated() {
      for phrase in phrases {
        precondition(phrase.count >= 2, "a phrase needs two bytes")
        byOpening[Int(phrase[0]) << 8 | Int(phrase[1])].append((phrase, group))
      }
    }
    var bytes: [UInt8] = []
    var entries: [Entry] = []
    var firstEntry: [Int32] = []
    firstEntry.reserveCapacity((1 << 16) + 1)
    for phrases in byOpening {
      firstEntry.append(Int32(entries.count))
      for (phrase, group) in phrases {
        entries.append(
          Entry(start: Int32(bytes.count), length: Int32(phrase.count), group: Int32(group)))
        bytes += phrase
      }
    }
    firstEntry.append(Int32(entries.count))
    var openings = [UInt64](repeating: 0, count: 1 << 10)
    for opening in byOpening.indices where !byOpening[opening].isEmpty {
      openings[opening >> 6] |= 1 << UInt64(opening & 63)
    }
    var trigrams = [UInt64](repeating: 0, count: 1 << 10)
    for phrases in groups {
      for phrase in phrases {
        for third in phrase.count > 2 ? [phrase[2]] : Array(0...UInt8.max) {
          let bit = Self.trigramBit(phrase[0], phrase[1], third)
          trigrams[bit >> 6] |= 1 << UInt64(bit & 63)
        }
      }
    }
    self.openings = openings
    self.trigrams = trigrams
    self.bytes = bytes
    self.entries = entries
    self.firstEntry = firstEntry
  }

  /// The groups with a phrase in `text`, as a bit mask (bit `g` for group `g`).
  func groups(in text: [UInt8]) -> UInt64 {
    guard text.count >= 2 else { return 0 }
    var found: UInt64 = 0
    text.withUnsafeBufferPointer { text in
      bytes.withUnsafeBufferPointer { phraseBytes in
        entries.withUnsafeBufferPointer { entries in
          firstEntry.withUnsafeBufferPointer { firstEntry in
            trigrams.withUnsafeBufferPointer { trigrams in
              for index in 0..<(text.count - 1) {
                let opening = Int(text[index]) << 8 | Int(text[index + 1])
                if index + 2 < text.count {
                  let bit = Self.trigramBit(text[index], text[index + 1], text[index + 2])
                  guard trigrams[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
                } else {
                  guard openings[opening >> 6] & (1 << UInt64(opening & 63)) != 0 else { continue }
                }
                let first = Int(firstEntry[opening])
                let end = Int(firstEntry[opening + 1])
                guard first < end else { continue }
                for entry in entries[first..<end] {
                  let bit = UInt64(1) << UInt64(entry.group)
                  let length = Int(entry.length)
                  guard found & bit == 0, index + length <= text.count else { continue }
                  let start = Int(entry.start)
                  var offset = 2
                  while offset < length && text[index + offset] == phraseBytes[start + offset] {
                    offset += 1
                  }
                  if offset == length { found |= bit }
                }
              }
            }
          }
        }
      }
    }
    return found
  }

  /// The bit of three bytes in ``trigrams``: the 24 bits they make, hashed to 16.
  @inline(__always)
  private static func trigramBit(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
    let bytes = UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third)
    return Int((bytes &* 0x9E37_79B1) >> 16)
  }
}
