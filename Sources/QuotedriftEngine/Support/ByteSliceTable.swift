import Foundation

/// A hash table from short byte strings (a word's bytes as written) to numbers, with no `String`
/// made per look-up: open addressing over one arena of the keys' bytes. It lets a corpus
/// normalise each distinct spelling once, however often the spelling recurs.
///
/// The probed table holds only 4-byte entry numbers, and the entries lie densely in insertion
/// order: a corpus of a hundred thousand spellings keeps its table in a few megabytes of cache
/// rather than sixteen, and the common spellings, met first, share cache lines.
struct ByteSliceTable {
  /// One key: its first eight bytes (as a number; a key of eight bytes or fewer, as most words
  /// are, is compared without reading the arena), its hash, where it starts in the arena, its
  /// length and its value.
  private struct Entry {
    var prefix: UInt64
    var hash: UInt32
    var start: Int32
    var length: Int32
    var value: Int32
  }

  private var arena: [UInt8] = []
  private var entries: [Entry] = []
  /// Entry number + 1 of each slot, 0 when empty.
  private var slots: [UInt32]

  var count: Int { entries.count }

  init(capacity: Int = 1024) {
    var slotCount = 16
    while slotCount < capacity * 2 { slotCount *= 2 }
    slots = Array(repeating: 0, count: slotCount)
  }

  /// The value stored for `key`, if any.
  func value(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
    let prefix = Self.prefix(key)
    let hash = Self.hash(key, prefix: prefix)
    return slots.withUnsafeBufferPointer { slots in
      entries.withUnsafeBufferPointer { entries in
        arena.withUnsafeBufferPointer { arena in
          let mask = slots.count - 1
          var index = Int(hash) & mask
          while slots[index] != 0 {
            let entry = entries[Int(slots[index] - 1)]
            if entry.hash == hash && entry.prefix == prefix
              && Int(entry.length) == key.count
              && (key.count <= 8
                || memcmp(arena.baseAddress! + Int(entry.start), key.baseAddress!, key.count) == 0)
            {
              return entry.value
            }
            index = (index + 1) & mask
          }
          return nil
        }
      }
    }
  }

  /// Stores `value` for `key`, which the table does not hold yet.
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int32) {
    if (count + 1) * 2 > slots.count { grow() }
    let prefix = Self.prefix(key)
    let hash = Self.hash(key, prefix: prefix)
    entries.append(
      Entry(
        prefix: prefix, hash: hash, start: Int32(arena.count),
        length: Int32(key.count), value: value))
    arena.append(contentsOf: key)
    place(entries.count - 1, hash: hash)
  }

  /// Puts `entry` in the first free slot from its hash's; growing places every entry again by
  /// its stored hash.
  private mutating func place(_ entry: Int, hash: UInt32) {
    let mask = slots.count - 1
    var index = Int(hash) & mask
    while slots[index] != 0 { index = (index + 1) & mask }
    slots[index] = UInt32(entry + 1)
  }

  private mutating func grow() {
    slots = Array(repeating: 0, count: slots.count * 2)
    for entry in entries.indices { place(entry, hash: entries[entry].hash) }
  }

  /// The first eight bytes of `key` (fewer when it is shorter, the rest zero), as one number.
  @inline(__always)
  private static func prefix(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var prefix: UInt64 = 0
    for index in 0..<min(8, key.count) { prefix |= UInt64(key[index]) << (8 * UInt64(index)) }
    return prefix
  }

  /// A hash of `key` from its `prefix` (its first eight bytes as one number) and its length,
  /// with each further eight bytes folded in: a multiply per eight bytes rather than per byte,
  /// since every word of a corpus is looked up. Finished with a multiply so the low bits (the
  /// slot, taken from the product's high half) depend on every byte.
  @inline(__always)
  private static func hash(_ key: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> UInt32 {
    var hash = (prefix ^ UInt64(key.count)) &* 0x9E37_79B9_7F4A_7C15
    var start = 8
    while start < key.count {
      hash =
        (hash ^ (hash >> 31) ^ Self.prefix(UnsafeBufferPointer(rebasing: key[start...])))
        &* 0x9E37_79B9_7F4A_7C15
      start += 8
    }
    return UInt32(truncatingIfNeeded: ((hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9) >> 32)
  }
}
