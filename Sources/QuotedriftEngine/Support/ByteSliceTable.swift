import CPrefetch
import Foundation

/// A hash table from short byte strings (a word's bytes as written) to numbers, with no `String`
/// made per look-up: open addressing over one arena of the keys' bytes. It lets a corpus
/// normalise each distinct spelling once, however often the spelling recurs.
///
/// The probed table holds only 4-byte entry numbers, and the entries lie densely in insertion
/// order: a corpus of a hundred thousand spellings keeps its table in a few megabytes of cache
/// rather than sixteen, and the common spellings, met first, share cache lines.
struct ByteSliceTable {
  /// One key: its first sixteen bytes (as two numbers; a key of sixteen bytes or fewer, as
  /// nearly every word is, is compared without reading the arena), its hash, where it starts in
  /// the arena, its length and its value. Thirty-two bytes: two to a cache line.
  private struct Entry {
    var prefix: UInt64
    var secondEight: UInt64
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

  /// What a look-up of one key computes before it touches the table: its first sixteen bytes
  /// and its hash. Computed for the keys still to come, it lets ``prefetch(_:)`` and
  /// ``prefetchEntry(_:)`` fetch what their look-ups will read while earlier keys are looked up.
  struct Probe {
    fileprivate var prefix: UInt64
    fileprivate var secondEight: UInt64
    fileprivate var hash: UInt32

    init(_ key: UnsafeBufferPointer<UInt8>) {
      prefix = ByteSliceTable.prefix(key)
      secondEight =
        key.count > 8 ? ByteSliceTable.prefix(UnsafeBufferPointer(rebasing: key[8...])) : 0
      hash = ByteSliceTable.hash(key, prefix: prefix, secondEight: secondEight)
    }
  }

  /// The value stored for `key`, whose probe is `probe`, if any.
  func value(for key: UnsafeBufferPointer<UInt8>, probe: Probe) -> Int32? {
    let (prefix, secondEight, hash) = (probe.prefix, probe.secondEight, probe.hash)
    return slots.withUnsafeBufferPointer { slots in
      entries.withUnsafeBufferPointer { entries in
        arena.withUnsafeBufferPointer { arena in
          let mask = slots.count - 1
          var index = Int(hash) & mask
          while slots[index] != 0 {
            let entry = entries[Int(slots[index] - 1)]
            if entry.hash == hash && entry.prefix == prefix && entry.secondEight == secondEight
              && Int(entry.length) == key.count
              && (key.count <= 16
                || memcmp(
                  arena.baseAddress! + Int(entry.start) + 16, key.baseAddress! + 16,
                  key.count - 16) == 0)
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

  /// Starts fetching what a look-up of `probe`'s key will read first, its slot; the entry the
  /// slot holds is fetched by ``prefetchEntry(_:)`` a few keys later, once the slot is in cache.
  /// Looking keys ahead this way overlaps the cache misses of a large table instead of waiting
  /// on each in turn.
  func prefetch(_ probe: Probe) {
    slots.withUnsafeBufferPointer { slots in
      let slot = slots.baseAddress! + (Int(probe.hash) & (slots.count - 1))
      quotedrift_prefetch(slot)
    }
  }

  /// Starts fetching the entry `probe`'s first slot holds; call it after ``prefetch(_:)`` has
  /// had time to bring the slot in.
  func prefetchEntry(_ probe: Probe) {
    slots.withUnsafeBufferPointer { slots in
      let slot = slots[Int(probe.hash) & (slots.count - 1)]
      guard slot != 0 else { return }
      entries.withUnsafeBufferPointer { quotedrift_prefetch($0.baseAddress! + Int(slot - 1)) }
    }
  }

  /// Stores `value` for `key`, whose probe is `probe` and which the table does not hold yet.
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>, probe: Probe, value: Int32) {
    if (count + 1) * 2 > slots.count { grow() }
    entries.append(
      Entry(
        prefix: probe.prefix, secondEight: probe.secondEight, hash: probe.hash,
        start: Int32(arena.count),
        length: Int32(key.count), value: value))
    arena.append(contentsOf: key)
    place(entries.count - 1, hash: probe.hash)
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
  fileprivate static func prefix(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var prefix: UInt64 = 0
    for index in 0..<min(8, key.count) { prefix |= UInt64(key[index]) << (8 * UInt64(index)) }
    return prefix
  }

  /// A hash of `key` from its `prefix` and `secondEight` (its first sixteen bytes as two
  /// numbers) and its length, with each further eight bytes folded in: a multiply per eight
  /// bytes rather than per byte, since every word of a corpus is looked up. Finished with a
  /// multiply so the low bits (the slot, taken from the product's high half) depend on every
  /// byte.
  @inline(__always)
  fileprivate static func hash(
    _ key: UnsafeBufferPointer<UInt8>, prefix: UInt64, secondEight: UInt64
  ) -> UInt32 {
    var hash = (prefix ^ UInt64(key.count)) &* 0x9E37_79B9_7F4A_7C15
    if key.count > 8 { hash = (hash ^ (hash >> 31) ^ secondEight) &* 0x9E37_79B9_7F4A_7C15 }
    var start = 16
    while start < key.count {
      hash =
        (hash ^ (hash >> 31) ^ Self.prefix(UnsafeBufferPointer(rebasing: key[start...])))
        &* 0x9E37_79B9_7F4A_7C15
      start += 8
    }
    return UInt32(truncatingIfNeeded: ((hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9) >> 32)
  }
}
