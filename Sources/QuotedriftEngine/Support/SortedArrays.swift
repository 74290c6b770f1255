/// Small sets and multisets kept as sorted arrays, which beat hashed containers at the sizes a
/// sentence gives.
extension Array where Element: Comparable {
  /// Sorts the array and removes repeats, in place.
  mutating func sortAndRemoveRepeats() {
    sort()
    removeRepeatsOfSorted()
  }

  /// Removes repeats from this sorted array, in place.
  mutating func removeRepeatsOfSorted() {
    var unique = 0
    for index in indices where unique == 0 || self[unique - 1] != self[index] {
      self[unique] = self[index]
      unique += 1
    }
    removeLast(count - unique)
  }

  /// Whether this sorted array holds `value`, by bisection.
  @inline(__always)
  func sortedContains(_ value: Element) -> Bool {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) >> 1
      if self[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < count && self[low] == value
  }

  /// How many elements this sorted array and `other` (sorted too) have in common, repeats counted
  /// as often as both hold them.
  func commonCount(withSorted other: [Element]) -> Int {
    var i = 0
    var j = 0
    var common = 0
    while i < count && j < other.count {
      if self[i] == other[j] {
        common += 1
        i += 1
        j += 1
      } else if self[i] < other[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return common
  }
}
