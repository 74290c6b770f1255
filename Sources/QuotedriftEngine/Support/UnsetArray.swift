extension Array where Element: BitwiseCopyable {
  /// An array of `count` elements left unset, for a caller that writes every place before it
  /// reads one. Empty when `count` is 0: `Array(unsafeUninitializedCapacity: 0)` writes the
  /// count of the empty array every thread shares, a data race ThreadSanitizer reports.
  static func unset(count: Int) -> [Element] {
    guard count > 0 else { return [] }
    return [Element](unsafeUninitializedCapacity: count) { _, set in set = count }
  }
}
