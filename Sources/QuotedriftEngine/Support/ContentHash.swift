/// A 128-bit fingerprint of bytes, the same on every run and machine: two lanes of
/// multiply-rotate over eight bytes at a time, each finished with MurmurHash3's mixer. Not a
/// cryptographic hash: it tells apart texts that differ by accident, not texts made to collide.
public struct ContentHash: Hashable, Sendable {
  public var high: UInt64
  public var low: UInt64

  /// The 16 bytes, high lane first, as the cache stores them.
  public var bytes: [UInt8] {
    (0..<8).map { UInt8(truncatingIfNeeded: high >> (56 - 8 * $0)) }
      + (0..<8).map { UInt8(truncatingIfNeeded: low >> (56 - 8 * $0)) }
  }

  public init(high: UInt64, low: UInt64) {
    self.high = high
    self.low = low
  }

  /// The hash stored as ``bytes``; nil unless there are 16 of them.
  public init?(bytes: some Collection<UInt8>) {
    guard bytes.count == 16 else { return nil }
    high = bytes.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    low = bytes.suffix(8).reduce(0) { $0 << 8 | UInt64($1) }
  }
}

/// Builds a ``ContentHash`` from pieces fed in order.
public struct ContentHasher {
  private var high: UInt64 = 0x243F_6A88_85A3_08D3
  private var low: UInt64 = 0x1319_8A2E_0370_7344
  private var length: UInt64 = 0

  public init() {}

  /// Adds `bytes`, after their count.
  public mutating func add(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { add($0) }
  }

  /// Adds the bytes of `buffer`, after their count.
  public mutating func add(_ buffer: UnsafeRawBufferPointer) {
    add(Int(buffer.count))
    var offset = 0
    while offset + 8 <= buffer.count {
      mix(UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
      offset += 8
    }
    var tail: UInt64 = 0
    for index in offset..<buffer.count {
      tail |= UInt64(buffer[index]) << (8 * UInt64(index - offset))
    }
    mix(tail)
  }

  /// Adds `value`.
  public mutating func add(_ value: Int) { mix(UInt64(bitPattern: Int64(value))) }

  /// Adds the UTF-8 bytes of `text`, after their count.
  public mutating func add(_ text: String) { add(Array(text.utf8)) }

  private mutating func mix(_ word: UInt64) {
    high = ((high ^ word) &* 0x9E37_79B9_7F4A_7C15)
    high = high << 31 | high >> 33
    low = ((low ^ word) &* 0xC2B2_AE3D_27D4_EB4F) &+ high
    low = low << 29 | low >> 35
    length &+= 1
  }

  /// The hash of everything added.
  public func finish() -> ContentHash {
    ContentHash(high: Self.avalanche(high ^ length), low: Self.avalanche(low &+ high))
  }

  private static func avalanche(_ value: UInt64) -> UInt64 {
    var value = value
    value ^= value >> 33
    value &*= 0xFF51_AFD7_ED55_8CCD
    value ^= value >> 33
    value &*= 0xC4CE_B9FE_1A85_EC53
    value ^= value >> 33
    return value
  }
}
