/// Decodes UTF-8 bytes one scalar at a time, keeping each scalar's byte offset and length.
///
/// Invalid sequences decode to U+FFFD following the "maximal subpart" practice of the Unicode
/// standard, so every byte of the input belongs to exactly one decoded scalar and offsets always
/// point into the original bytes.
public struct UTF8Scanner: Sendable {
  /// One decoded scalar and the bytes it came from.
  public struct Step: Sendable, Equatable {
    public var scalar: Unicode.Scalar
    public var offset: Int
    public var length: Int
    /// True when the bytes were not valid UTF-8 and `scalar` is U+FFFD.
    public var isReplacement: Bool
  }

  /// Decodes the scalar that starts at `offset`; `nil` at the end of the bytes.
  @inline(__always)
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Step? {
    guard offset < bytes.count else { return nil }
    let b0 = bytes[offset]
    if b0 < 0x80 {
      return Step(scalar: Unicode.Scalar(b0), offset: offset, length: 1, isReplacement: false)
    }
    let invalid = Step(scalar: "\u{FFFD}", offset: offset, length: 1, isReplacement: true)
    let need: Int
    var value: UInt32
    var lower: UInt8 = 0x80
    var upper: UInt8 = 0xBF
    switch b0 {
    case 0xC2...0xDF:
      need = 1
      value = UInt32(b0 & 0x1F)
    case 0xE0:
      need = 2
      value = UInt32(b0 & 0x0F)
      lower = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF:
      need = 2
      value = UInt32(b0 & 0x0F)
    case 0xED:
      need = 2
      value = UInt32(b0 & 0x0F)
      upper = 0x9F
    case 0xF0:
      need = 3
      value = UInt32(b0 & 0x07)
      lower = 0x90
    case 0xF1...0xF3:
      need = 3
      value = UInt32(b0 & 0x07)
    case 0xF4:
      need = 3
      value = UInt32(b0 & 0x07)
      upper = 0x8F
    default: return invalid
    }
    var index = offset + 1
    for position in 0..<need {
      guard index < bytes.count else {
        return Step(
          scalar: "\u{FFFD}", offset: offset, length: index - offset, isReplacement: true)
      }
      let byte = bytes[index]
      let low: UInt8 = position == 0 ? lower : 0x80
      let high: UInt8 = position == 0 ? upper : 0xBF
      guard byte >= low && byte <= high else {
        return Step(
          scalar: "\u{FFFD}", offset: offset, length: index - offset, isReplacement: true)
      }
      value = (value << 6) | UInt32(byte & 0x3F)
      index += 1
    }
    guard let scalar = Unicode.Scalar(value) else { return invalid }
    return Step(scalar: scalar, offset: offset, length: need + 1, isReplacement: false)
  }

  /// Every scalar of `bytes` in order.
  public static func steps(of bytes: [UInt8]) -> [Step] {
    bytes.withUnsafeBufferPointer { buffer in
      var result: [Step] = []
      result.reserveCapacity(buffer.count)
      var offset = 0
      while let step = decode(buffer, at: offset) {
        result.append(step)
        offset += step.length
      }
      return result
    }
  }

  /// True when `bytes` hold no invalid UTF-8 sequence.
  public static func isValid(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      while offset < buffer.count {
        if offset + 8 <= buffer.count, !EightBytes.hasNonASCII(EightBytes.load(buffer, at: offset))
        {
          offset += 8
          continue
        }
        if buffer[offset] < 0x80 {
          offset += 1
          continue
        }
        guard let step = decode(buffer, at: offset), !step.isReplacement else { return false }
        offset += step.length
      }
      return true
    }
  }
}
