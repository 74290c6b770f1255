/// Tests on eight bytes at once, read as one number (SWAR): a scan passes over eight plain bytes
/// with a few arithmetic operations instead of eight comparisons. Each test is exact for the
/// eight bytes as a whole; which byte matched is found by looking at them one by one.
enum EightBytes {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes at `offset` of `buffer`, which holds at least `offset + 8`.
  @inline(__always)
  static func load(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
    UnsafeRawPointer(buffer.baseAddress! + offset).loadUnaligned(as: UInt64.self)
  }

  /// Whether some byte of `eight` is 0x80 or above (not ASCII).
  @inline(__always)
  static func hasNonASCII(_ eight: UInt64) -> Bool { eight & highBits != 0 }

  /// Whether some byte of `eight` is `byte`.
  @inline(__always)
  static func has(_ byte: UInt8, in eight: UInt64) -> Bool {
    let differences = eight ^ (ones &* UInt64(byte))
    return (differences &- ones) & ~differences & highBits != 0
  }

  /// Whether some byte of `eight` is below `bound`, which is at most 0x80.
  @inline(__always)
  static func hasByte(below bound: UInt8, in eight: UInt64) -> Bool {
    (eight &- ones &* UInt64(bound)) & ~eight & highBits != 0
  }
}
