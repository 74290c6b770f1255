/// Character classes the tokenizer and the sentence splitter share.
enum ScalarClasses {
  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
        || (value >= 0x61 && value <= 0x7A)
    }
    if value == 0xFFFD { return false }
    let properties = scalar.properties
    if properties.isAlphabetic || properties.numericType != nil { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
      || (scalar.value >= 0x80 && scalar.properties.numericType == .decimal)
  }

  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    isWordScalar(scalar) && !isDigit(scalar)
  }

  /// Upper case, with a fast path for ASCII (Unicode property look-ups are slow).
  @inline(__always)
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80
      ? (scalar.value >= 0x41 && scalar.value <= 0x5A) : scalar.properties.isUppercase
  }

  /// Lower case, with a fast path for ASCII.
  @inline(__always)
  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80
      ? (scalar.value >= 0x61 && scalar.value <= 0x7A) : scalar.properties.isLowercase
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
