/// Least-significant-digit radix sort of 64-bit keys, a byte per pass, skipping the bytes every
/// key shares (the high bytes of small ids): several times faster than a comparison sort on the
/// millions of index entries a large corpus makes. Stable, so equal keys keep their order.
enum RadixSort {
  /// Sorts `keys` ascending.
  static func sort(_ keys: inout [UInt64]) {
    var none: [Int32] = []
    sort(&keys, carrying: &none)
  }

  /// Sorts `keys` ascending and reorders `values` (empty, or one per key) the same way.
  static func sort(_ keys: inout [UInt64], carrying values: inout [Int32]) {
    let count = keys.count
    guard count > 1 else { return }
    precondition(values.isEmpty || values.count == count, "one value per key")
    let carries = !values.isEmpty
    // Bytes that differ between keys: a byte every key shares orders nothing.
    var differing: UInt64 = 0
    let first = keys[0]
    for key in keys { differing |= key ^ first }
    var keyBuffer = [UInt64](repeating: 0, count: count)
    var valueBuffer = [Int32](repeating: 0, count: carries ? count : 0)
    for byte in 0..<8 where (differing >> UInt64(byte * 8)) & 0xFF != 0 {
      let shift = UInt64(byte * 8)
      var counts = [Int](repeating: 0, count: 257)
      for key in keys { counts[Int((key >> shift) & 0xFF) + 1] += 1 }
      for bin in 1..<257 { counts[bin] += counts[bin - 1] }
      keys.withUnsafeBufferPointer { source in
        keyBuffer.withUnsafeMutableBufferPointer { target in
          values.withUnsafeBufferPointer { sourceValues in
            valueBuffer.withUnsafeMutableBufferPointer { targetValues in
              for index in 0..<count {
                let bin = Int((source[index] >> shift) & 0xFF)
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
