/// A hash table from short byte strings (a word's bytes as written) to numbers, with no `String`
/// made per look-up: open addressing over one arena of the keys' bytes. It lets a corpus
/// normalise each distinct spelling once, however often the spelling recurs.
struct ByteSliceTable {
  private var arena: [UInt8] = []
  /// Per slot: where its key starts in the arena (-1 when empty), its length, and its value.
  private var starts: [Int32]
  private var lengths: [Int32]
  private var values: [Int32]
  private var hashes: [UInt64]
  private(set) var count = 0

  init(capacity: Int = 1024) {
    var slots = 16
    while slots < capacity * 2 { slots *= 2 }
    starts = Array(repeating: -1, count: slots)
    lengths = Array(repeating: 0, count: slots)
    values = Array(repeating: 0, count: slots)
    hashes = Array(repeating: 0, count: slots)
  }

  /// The value stored for `key`, if any.
  func value(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
    let hash = Self.hash(key)
    let mask = starts.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while starts[slot] >= 0 {
      if hashes[slot] == hash && Int(lengths[slot]) == key.count
        && arena.withUnsafeBufferPointer({ bytes in
          let start = Int(starts[slot])
          return key.elementsEqual(bytes[start..<(start + key.count)])
        })
      {
        return values[slot]
      }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Stores `value` for `key`, which the table does not hold yet.
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int32) {
    if (count + 1) * 2 > starts.count { grow() }
    let hash = Self.hash(key)
    let start = Int32(arena.count)
    arena.append(contentsOf: key)
    place(hash: hash, start: start, length: Int32(key.count), value: value)
    count += 1
  }

  private mutating func place(hash: UInt64, start: Int32, length: Int32, value: Int32) {
    let mask = starts.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while starts[slot] >= 0 { slot = (slot + 1) & mask }
    starts[slot] = start
    lengths[slot] = length
    values[slot] = value
    hashes[slot] = hash
  }

  private mutating func grow() {
    let old = (starts, lengths, values, hashes)
    let slots = starts.count * 2
    starts = Array(repeating: -1, count: slots)
    lengths = Array(repeating: 0, count: slots)
    values = Array(repeating: 0, count: slots)
    hashes = Array(repeating: 0, count: slots)
    for slot in old.0.indices where old.0[slot] >= 0 {
      place(hash: old.3[slot], start: old.0[slot], length: old.1[slot], value: old.2[slot])
    }
  }

  /// FNV-1a, finished with a multiply so the low bits (the slot) depend on every byte.
  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
    return (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
  }
}
