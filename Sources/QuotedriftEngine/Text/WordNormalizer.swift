import Foundation

/// The matching form of a word: see ``Word/norm``.
public enum WordNormalizer {
  /// The matching form of the word whose bytes are `bytes`.
  public static func norm(of bytes: UnsafeBufferPointer<UInt8>) -> String {
    if bytes.allSatisfy({ $0 < 0x80 }) {
      return String(unsafeUninitializedCapacity: bytes.count) { output in
        var count = 0
        for byte in bytes where !isDroppedASCII(byte) {
          output[count] = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
          count += 1
        }
        return count
      }
    }
    var scalars = String.UnicodeScalarView()
    var offset = 0
    while let step = UTF8Scanner.decode(bytes, at: offset) {
      offset += step.length
      let scalar = step.scalar
      if scalar.value < 0x80, isDroppedASCII(UInt8(scalar.value)) { continue }
      if ScalarClasses.isHyphen(scalar) || ScalarClasses.isSoftHyphen(scalar)
        || ScalarClasses.isLineBreak(scalar) || ScalarClasses.isInlineSpace(scalar)
      {
        continue
      }
      scalars.append(ScalarClasses.isApostrophe(scalar) ? "'" : scalar)
    }
    return String(scalars).precomposedStringWithCompatibilityMapping.lowercased()
  }

  /// The matching form of `text`, a single word.
  public static func norm(of text: String) -> String {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { norm(of: UnsafeBufferPointer($0)) }
  }

  @inline(__always)
  private static func isDroppedASCII(_ byte: UInt8) -> Bool {
    // period, hyphen, comma, line breaks, space, tab
    byte == 0x2E || byte == 0x2D || byte == 0x2C || byte == 0x0A || byte == 0x0D || byte == 0x20
      || byte == 0x09
  }
}
