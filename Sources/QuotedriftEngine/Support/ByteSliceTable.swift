import Foundation

/// A hash table from short byte strings (a word's bytes as written) to numbers, with no `String`
/// made per look-up: open addressing over one arena of the keys' bytes. It lets a corpus
/// normalise each distinct spelling once, however often the spelling recurs.
struct ByteSliceTable {
  /// One slot: where its key starts in the arena (-1 when empty), its length, its value, its
  /// hash and its first eight bytes, side by side so that a probe reads one cache line; a key of
  /// eight bytes or fewer (most words) is compared without reading the arena.
  private struct Slot {
    var start: Int32 = -1
    var length: Int32 = 0
    var value: Int32 = 0
    var hash: UInt64 = 0
    var prefix: UInt64 = 0
  }

  private var arena: [UInt8] = []
  private var slots: [Slot]
  private(set) var count = 0

  init(capacity: Int = 1024) {
    var slotCount = 16
    while slotCount < capacity * 2 { slotCount *= 2 }
    slots = Array(repeating: Slot(), count: slotCount)
  }

  /// The value stored for `key`, if any.
  func value(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
    let hash = Self.hash(key)
    return slots.withUnsafeBufferPointer { slots in
      arena.withUnsafeBufferPointer { arena in
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        let prefix = Self.prefix(key)
        while slots[index].start >= 0 {
          let slot = slots[index]
          if slot.hash == hash && Int(slot.length) == key.count && slot.prefix == prefix
            && (key.count <= 8
              || memcmp(arena.baseAddress! + Int(slot.start), key.baseAddress!, key.count) == 0)
          {
            return slot.value
          }
          index = (index + 1) & mask
        }
        return nil
      }
    }
  }

  /// Stores `value` for `key`, which the table does not hold yet.
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int32) {
    if (count + 1) * 2 > slots.count { grow() }
    let slot = Slot(
      start: Int32(arena.count), length: Int32(key.count), value: value, hash: Self.hash(key),
      prefix: Self.prefix(key))
    arena.append(contentsOf: key)
    place(slot)
    count += 1
  }

  private mutating func place(_ slot: Slot) {
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: slot.hash) & mask
    while slots[index].start >= 0 { index = (index + 1) & mask }
    slots[index] = slot
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(), count: old.count * 2)
    for slot in old where slot.start >= 0 { place(slot) }
  }

  /// The first eight bytes of `key` (fewer when it is shorter, the rest zero), as one number.
  @inline(__always)
  private static func prefix(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var prefix: UInt64 = 0
    for index in 0..<min(8, key.count) { prefix |= UInt64(key[index]) << (8 * UInt64(index)) }
    return prefix
  }

  /// FNV-1a, finished with a multiply so the low bits (the slot) depend on every byte.
  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
    return (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
  }
}
