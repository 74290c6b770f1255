/// Least-significant-digit radix sort of 64-bit keys, 11 bits per pass, skipping the digits every
/// key shares (the high bits of small ids): several times faster than a comparison sort on the
/// millions of index entries a large corpus makes. Stable, so equal keys keep their order.
enum RadixSort {
  /// Bits sorted per pass: 2,048 bins fit the cache, and two passes cover an id below 4 million.
  static let digitBits: UInt64 = 11

  /// Sorts `keys` ascending.
  static func sort(_ keys: inout [UInt64]) {
    var none: [Int32] = []
    sort(&keys, carrying: &none)
  }

  /// Sorts `keys` ascending by their bits from `lowBits` up (equal there, they keep their order)
  /// and reorders `values` (empty, or one per key) the same way.
  static func sort(
    _ keys: inout [UInt64], carrying values: inout [Int32], ignoringLowBits lowBits: UInt64 = 0
  ) {
    let count = keys.count
    guard count > 1 else { return }
    precondition(values.isEmpty || values.count == count, "one value per key")
    let carries = !values.isEmpty
    // Digits that differ between keys: a digit every key shares orders nothing.
    var differing: UInt64 = 0
    let first = keys[0]
    for key in keys { differing |= key ^ first }
    // Every place of the buffers is written by the first pass before it is read: they start
    // unset, not zeroed.
    var keyBuffer = [UInt64].unset(count: count)
    var valueBuffer = [Int32].unset(count: carries ? count : 0)
    let bins = 1 << Int(digitBits)
    let mask = UInt64(bins - 1)
    for shift in stride(from: lowBits, to: 64, by: Int(digitBits))
    where (differing >> shift) & mask != 0 {
      var counts = [Int](repeating: 0, count: bins + 1)
      for key in keys { counts[Int((key >> shift) & mask) + 1] += 1 }
      for bin in 1...bins { counts[bin] += counts[bin - 1] }
      keys.withUnsafeBufferPointer { source in
        keyBuffer.withUnsafeMutableBufferPointer { target in
          values.withUnsafeBufferPointer { sourceValues in
            valueBuffer.withUnsafeMutableBufferPointer { targetValues in
              for index in 0..<count {
                let bin = Int((source[index] >> shift) & mask)
                let place = counts[bin]
                counts[bin] = place + 1
                target[place] = source[index]
                if carries { targetValues[place] = sourceValues[index] }
              }
            }
          }
        }
      }
      swap(&keys, &keyBuffer)
      if carries { swap(&values, &valueBuffer) }
    }
  }
}
