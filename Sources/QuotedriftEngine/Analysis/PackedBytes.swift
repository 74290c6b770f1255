/// Appends values to bytes: integers zigzag-encoded seven bits a byte, doubles as their eight
/// bytes, strings and lists by their length first.
struct PackedWriter {
  private(set) var bytes: [UInt8] = []

  mutating func integer(_ value: Int) {
    var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func double(_ value: Double) {
    let pattern = value.bitPattern
    for shift in stride(from: 0, to: 64, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: pattern >> UInt64(shift)))
    }
  }

  mutating func string(_ value: String) {
    integer(value.utf8.count)
    bytes.append(contentsOf: value.utf8)
  }

  mutating func range(_ value: Range<Int>) {
    integer(value.lowerBound)
    integer(value.count)
  }

  /// An enumeration's value by its place in `cases`.
  mutating func code<T: Equatable>(_ value: T, of cases: [T]) {
    integer(cases.firstIndex(of: value)!)
  }

  /// Bytes packed elsewhere, by their length first.
  mutating func bytes(_ value: some Collection<UInt8>) {
    integer(value.count)
    bytes.append(contentsOf: value)
  }

  mutating func optional<T>(_ value: T?, _ write: (inout PackedWriter, T) -> Void) {
    integer(value == nil ? 0 : 1)
    if let value { write(&self, value) }
  }

  mutating func list<Values: Collection>(
    _ values: Values, _ write: (inout PackedWriter, Values.Element) -> Void
  ) {
    integer(values.count)
    for value in values { write(&self, value) }
  }
}

/// Reads what ``PackedWriter`` wrote; each read is nil when the bytes run out or hold no such
/// value.
struct PackedReader {
  private let bytes: [UInt8]
  private var offset: Int
  /// Where reading stops: the end of the bytes, or of the part of them read.
  private let end: Int

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    offset = 0
    end = bytes.count
  }

  /// A reader of `range` of `bytes` only.
  init(_ bytes: [UInt8], in range: Range<Int>) {
    self.bytes = bytes
    let range = range.clamped(to: 0..<bytes.count)
    offset = range.lowerBound
    end = range.upperBound
  }

  var isAtEnd: Bool { offset == end }

  @inline(__always)
  mutating func integer() -> Int? {
    // Most integers stored are small: one byte.
    if offset < end, bytes[offset] < 0x80 {
      let value = Int(bytes[offset])
      offset += 1
      return value >> 1 ^ -(value & 1)
    }
    return longInteger()
  }

  private mutating func longInteger() -> Int? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while offset < end, shift < 64 {
      let byte = bytes[offset]
      offset += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 {
        return Int(
          truncatingIfNeeded: Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
      }
      shift += 7
    }
    return nil
  }

  mutating func double() -> Double? {
    guard offset + 8 <= end else { return nil }
    var pattern: UInt64 = 0
    for index in 0..<8 { pattern |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
    offset += 8
    return Double(bitPattern: pattern)
  }

  mutating func string() -> String? {
    guard let count = integer(), count >= 0, count <= end - offset else { return nil }
    defer { offset += count }
    return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
  }

  mutating func range() -> Range<Int>? {
    guard let start = integer(), let count = integer(), count >= 0, start <= Int.max - count
    else { return nil }
    return start..<(start + count)
  }

  /// An enumeration's value written by ``PackedWriter/code(_:of:)`` with the same `cases`.
  mutating func code<T>(of cases: [T]) -> T? {
    guard let index = integer(), cases.indices.contains(index) else { return nil }
    return cases[index]
  }

  /// Where bytes written by ``PackedWriter/bytes(_:)`` lie, passed over.
  mutating func bytesRange() -> Range<Int>? {
    guard let count = integer(), count >= 0, count <= end - offset else { return nil }
    defer { offset += count }
    return offset..<(offset + count)
  }

  /// An optional value: `.some(nil)` when none was written, nil when the bytes are wrong.
  mutating func optional<T>(_ read: (inout PackedReader) -> T?) -> T?? {
    switch integer() {
    case 0: return .some(nil)
    case 1: return read(&self).map { .some($0) }
    default: return nil
    }
  }

  mutating func list<T>(_ read: (inout PackedReader) -> T?) -> [T]? {
    guard let count = integer(), count >= 0, count <= end - offset else { return nil }
    var values: [T] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      guard let value = read(&self) else { return nil }
      values.append(value)
    }
    return values
  }
}
