/// How many terminal columns text takes, from our own table (never glibc's wcwidth): East Asian
/// wide and fullwidth characters take 2, combining marks and zero-width characters 0, emoji and
/// emoji sequences 2, everything else 1.
///
/// Choices where terminals and standards disagree:
/// - A spacing combining mark (category Mc) counts 1 on its own but adds nothing after the base of
///   its grapheme cluster: a cluster takes the width of its first scalar that has a width.
/// - A grapheme cluster made only of zero-width scalars counts 1 (a lone combining mark at the
///   start of a text still occupies a cell, so a cursor moving by clusters never gets stuck),
///   unless all its scalars are invisible (controls, format characters, default-ignorable code
///   points, such as a lone zero-width space), which counts 0.
/// - The soft hyphen U+00AD counts 1, although it is a format character: terminals draw it as a
///   hyphen in one column, and counting a drawn column as 0 would overflow the line.
/// - Text presentation (U+FE0E) after an emoji that defaults to emoji presentation makes it 1.
public enum DisplayWidth {
  /// Columns of one scalar on its own: 0, 1 or 2 (control characters count 0; callers sanitise
  /// them first).
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F { return value < 0x20 ? 0 : 1 }
    if value < 0xA0 { return 0 }  // DEL and the C1 controls.
    // Latin-1 Supplement to Spacing Modifier Letters: nothing wide or zero-width but the soft
    // hyphen, which counts 1 by choice (see the type's documentation).
    if value < 0x300 { return 1 }
    return widthFromProperties(of: scalar)
  }

  /// Columns of one grapheme cluster (a Swift Character): 0, 1 or 2.
  public static func of(_ character: Character) -> Int {
    if let ascii = character.asciiValue { return of(Unicode.Scalar(ascii)) }
    let scalars = character.unicodeScalars
    if isEmojiSequence(scalars) { return 2 }
    if isTextPresentationEmoji(scalars) { return 1 }
    for scalar in scalars {
      let width = of(scalar)
      if width > 0 { return width }
    }
    return scalars.allSatisfy(isInvisible) ? 0 : 1
  }

  /// Columns of a string: the sum over its grapheme clusters.
  /// `text` cut to at most `width` columns, ending with `…` where it was cut.
  public static func truncated(_ text: String, toWidth width: Int) -> String {
    guard of(text) > width else { return text }
    var result = ""
    var used = 0
    for character in text {
      let characterWidth = of(character)
      if used + characterWidth > width - 1 { break }
      result.append(character)
      used += characterWidth
    }
    return width > 0 ? result + "…" : ""
  }

  public static func of(_ string: String) -> Int {
    var printableASCIICount = 0
    for byte in string.utf8 {
      guard byte < 0x80 else { return string.reduce(0) { $0 + of($1) } }
      if byte >= 0x20 && byte != 0x7F { printableASCIICount += 1 }
    }
    return printableASCIICount
  }

  /// Width of a scalar from its Unicode properties and the East Asian table, without the fast
  /// paths of `of(_:)` for scalars below U+0300 (nor its choice for the soft hyphen).
  static func widthFromProperties(of scalar: Unicode.Scalar) -> Int {
    if isZeroWidth(scalar) { return 0 }
    if EastAsianWideTable.contains(scalar.value) || scalar.properties.isEmojiPresentation {
      return 2
    }
    return 1
  }

  /// True for scalars drawn on the previous cell or not at all: nonspacing and enclosing marks
  /// (which include the variation selectors), format characters (which include the zero-width
  /// space, joiners and marks, word joiner, invisible operators and byte order mark), Hangul
  /// medial vowels and final consonants, and default-ignorable code points.
  static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return true
    default:
      return (0x1160...0x11FF).contains(scalar.value)
        || scalar.properties.isDefaultIgnorableCodePoint
    }
  }

  /// True for scalars that never show: controls, format characters and default-ignorable code
  /// points.
  private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .format: return true
    default: return scalar.properties.isDefaultIgnorableCodePoint
    }
  }

  /// True when the cluster draws as one emoji: an emoji followed by the emoji presentation
  /// selector U+FE0F, an emoji joined by a zero-width joiner U+200D, an emoji modifier (skin tone)
  /// after a modifier base, or a keycap (0–9, # or *, then U+FE0F optionally, then U+20E3).
  /// Flags (pairs of regional indicators) need no rule here: regional indicators have emoji
  /// presentation, so the width of the first one, 2, is the width of the flag.
  private static func isEmojiSequence(_ scalars: Character.UnicodeScalarView) -> Bool {
    var previous: Unicode.Scalar?
    for scalar in scalars {
      if let previous, joinsAsEmoji(scalar, after: previous) { return true }
      previous = scalar
    }
    return false
  }

  /// True when `scalar` following `previous` makes an emoji sequence.
  private static func joinsAsEmoji(
    _ scalar: Unicode.Scalar, after previous: Unicode.Scalar
  ) -> Bool {
    switch scalar.value {
    case 0xFE0F: return previous.properties.isEmoji
    case 0x20E3: return isKeycapBase(previous)
    default:
      if previous.value == 0x200D { return scalar.properties.isEmoji }
      return scalar.properties.isEmojiModifier && previous.properties.isEmojiModifierBase
    }
  }

  /// True for the characters a keycap sequence starts with: the digits, "#" and "*".
  private static func isKeycapBase(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar) || scalar == "#" || scalar == "*"
  }

  /// True when the cluster is an emoji that defaults to emoji presentation followed by the text
  /// presentation selector U+FE0E, which asks for a one-column text glyph.
  private static func isTextPresentationEmoji(_ scalars: Character.UnicodeScalarView) -> Bool {
    var iterator = scalars.makeIterator()
    guard let base = iterator.next(), let selector = iterator.next() else { return false }
    return selector.value == 0xFE0E && base.properties.isEmojiPresentation
  }
}

extension EastAsianWideTable {
  /// True when `codePoint` lies in one of the ranges (binary search).
  static func contains(_ codePoint: UInt32) -> Bool {
    guard let first = ranges.first, codePoint >= first.lowerBound else { return false }
    var lower = 0
    var upper = ranges.count
    while lower < upper {
      let middle = (lower + upper) / 2
      let range = ranges[middle]
      if codePoint < range.lowerBound {
        upper = middle
      } else if codePoint > range.upperBound {
        lower = middle + 1
      } else {
        return true
      }
    }
    return false
  }
}
