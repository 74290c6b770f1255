/// Character classes the tokenizer and the sentence splitter share.
enum ScalarClasses {
  /// An ASCII letter or digit: the bytes most words are made of, checked without decoding.
  @inline(__always)
  static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
  }

  // Each class checks ASCII inline and leaves the Unicode property look-ups (slow, and heavy
  // on the stack frame of whoever inlines them) to a function of their own.

  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80 ? isASCIIWordByte(UInt8(scalar.value)) : isNonASCIIWordScalar(scalar)
  }

  @inline(never)
  private static func isNonASCIIWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value == 0xFFFD { return false }
    let properties = scalar.properties
    if properties.isAlphabetic || properties.numericType != nil { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80
      ? (scalar.value >= 0x30 && scalar.value <= 0x39) : isNonASCIIDigit(scalar)
  }

  @inline(never)
  private static func isNonASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.numericType == .decimal
  }

  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    isWordScalar(scalar) && !isDigit(scalar)
  }

  @inline(__always)
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80
      ? (scalar.value >= 0x41 && scalar.value <= 0x5A) : isNonASCIIUppercase(scalar)
  }

  @inline(never)
  private static func isNonASCIIUppercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isUppercase
  }

  @inline(__always)
  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80
      ? (scalar.value >= 0x61 && scalar.value <= 0x7A) : isNonASCIILowercase(scalar)
  }

  @inline(never)
  private static func isNonASCIILowercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isLowercase
  }

  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
  }

  static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
  }

  static func isSoftHyphen(_ scalar: Unicode.Scalar) -> Bool { scalar == "\u{00AD}" }

  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}"
      || scalar == "\u{0085}"
  }

  /// Spaces of every kind except line breaks: ASCII space and tab, no-break and the other
  /// Unicode spaces.
  static func isInlineSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == " " || scalar == "\t" { return true }
    if scalar.value < 0x80 { return false }
    return scalar.properties.isWhitespace && !isLineBreak(scalar)
  }

  /// Marks that end a sentence: full stop, question and exclamation marks, ellipsis, and their
  /// full-width forms.
  static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", "!", "?", "\u{2026}", "\u{3002}", "\u{FF01}", "\u{FF1F}", "\u{FF0E}": return true
    default: return false
    }
  }

  /// Quotation marks and brackets that may close a sentence after its terminal mark.
  static func isClosingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", "\u{300D}",
      "\u{300F}":
      return true
    default: return false
    }
  }

  /// Quotation marks and brackets that may open a sentence.
  static func isOpeningPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "'", "(", "[", "\u{201C}", "\u{2018}", "\u{00AB}", "\u{2039}", "\u{300C}",
      "\u{300E}":
      return true
    default: return false
    }
  }
}
