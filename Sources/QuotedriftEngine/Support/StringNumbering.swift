/// Numbers distinct strings 0, 1, 2 … in the order they are first met.
struct StringNumbering: Sendable {
  /// The strings, by number.
  private(set) var strings: [String] = []
  private var numbers: [String: Int32] = [:]

  /// The number of `string`, given it now if it has none.
  mutating func number(_ string: String) -> Int32 {
    if let number = numbers[string] { return number }
    let number = Int32(strings.count)
    numbers[string] = number
    strings.append(string)
    return number
  }

  /// Makes room for `count` strings without growing again.
  mutating func reserveCapacity(_ count: Int) {
    strings.reserveCapacity(count)
    numbers.reserveCapacity(count)
  }

  /// The number of `string`, if it has one.
  func existingNumber(_ string: String) -> Int32? { numbers[string] }
}
