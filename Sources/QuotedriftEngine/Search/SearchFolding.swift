/// Text as search compares it: lower case, every apostrophe and single quotation mark made `'`,
/// every double quotation mark `"`, every hyphen, dash and minus `-`, an ellipsis `...`, any run
/// of spaces, line breaks and control characters one space, soft hyphens and zero-width
/// characters dropped. Folded text is valid UTF-8 and never holds a NUL byte.
///
/// A folded text remembers where each of its bytes came from, so a match in it maps back to the
/// bytes of the original.
struct FoldedText: Sendable {
  /// The folded bytes.
  var bytes: [UInt8] = []
  /// Where the distance between folded and original offsets changes: at `foldedOffsets[i]` and
  /// on, folded offset `f` came from original offset `originalOffsets[i] + (f - foldedOffsets[i])`.
  private var foldedOffsets: [Int32] = [0]
  private var originalOffsets: [Int32] = [0]

  /// Folds `buffer` from byte `start` on.
  init(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int = 0) {
    bytes.reserveCapacity(buffer.count - start)
    originalOffsets[0] = Int32(start)
    var delta = start
    var offset = start
    while let step = UTF8Scanner.decode(buffer, at: offset) {
      let before = bytes.count
      Self.append(step.scalar, to: &bytes)
      if bytes.count > before {
        if offset - before != delta {
          foldedOffsets.append(Int32(before))
          originalOffsets.append(Int32(offset))
          delta = offset - before
        }
        if offset + step.length - bytes.count != delta {
          foldedOffsets.append(Int32(bytes.count))
          originalOffsets.append(Int32(offset + step.length))
          delta = offset + step.length - bytes.count
        }
      }
      offset += step.length
    }
  }

  /// The folded form of `text`, without leading or trailing space.
  static func fold(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    for scalar in text.unicodeScalars { append(scalar, to: &bytes) }
    while bytes.last == 0x20 { bytes.removeLast() }
    return bytes
  }

  /// The original offset that folded offset `folded` came from.
  func originalOffset(of folded: Int) -> Int {
    var low = 0
    var high = foldedOffsets.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if Int(foldedOffsets[middle]) <= folded { low = middle } else { high = middle }
    }
    return Int(originalOffsets[low]) + folded - Int(foldedOffsets[low])
  }

  /// Appends the folded form of `scalar` to `bytes`.
  static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
    let value = scalar.value
    if value < 0x80 {
      if value <= 0x20 || value == 0x7F {
        if let last = bytes.last, last != 0x20 { bytes.append(0x20) }
      } else if value >= 0x41 && value <= 0x5A {
        bytes.append(UInt8(value | 0x20))
      } else if value == 0x60 {
        bytes.append(0x27)
      } else {
        bytes.append(UInt8(value))
      }
      return
    }
    switch value {
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x00B4, 0x2039, 0x203A:
      bytes.append(0x27)
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB:
      bytes.append(0x22)
    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
      bytes.append(0x2D)
    case 0x2026:
      bytes.append(contentsOf: [0x2E, 0x2E, 0x2E])
    case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
      break
    default:
      if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
        if let last = bytes.last, last != 0x20 { bytes.append(0x20) }
      } else if scalar.properties.changesWhenLowercased {
        bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
      } else {
        bytes.append(contentsOf: String(scalar).utf8)
      }
    }
  }
}
