import Testing

@testable import QuotedriftTerminal

@Suite struct DisplayWidthTests {
  @Test func printableASCIITakesOneColumn() {
    for value in UInt8(0x20)..<0x7F {
      let scalar = Unicode.Scalar(value)
      #expect(DisplayWidth.of(scalar) == 1)
      #expect(DisplayWidth.of(Character(scalar)) == 1)
    }
    #expect(DisplayWidth.of("Hello, world!") == 13)
    #expect(DisplayWidth.of("") == 0)
  }

  @Test func controlCharactersTakeNoColumns() {
    for value: UInt32 in [0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F] {
      let scalar = Unicode.Scalar(value)!
      #expect(DisplayWidth.of(scalar) == 0, "U+\(String(value, radix: 16))")
      #expect(DisplayWidth.of(Character(scalar)) == 0, "U+\(String(value, radix: 16))")
    }
    #expect(DisplayWidth.of(Character("\r\n")) == 0)
    #expect(DisplayWidth.of("a\tb\r\nc\u{1B}d\u{7F}") == 4)
  }

  @Test func eastAsianWideAndFullwidthTakeTwoColumns() {
    #expect(DisplayWidth.of("漢字") == 4)
    #expect(DisplayWidth.of("Ａ") == 2)
    #expect(DisplayWidth.of("한") == 2)
    #expect(DisplayWidth.of("ひらがな") == 8)
    #expect(DisplayWidth.of("\u{3000}") == 2)  // Ideographic space.
    #expect(DisplayWidth.of("\u{20000}") == 2)  // CJK Extension B.
  }

  @Test func unassignedIdeographsDefaultToWide() {
    // Unassigned in Unicode 14 (Extension H came later), East_Asian_Width W by default.
    #expect(DisplayWidth.of(Unicode.Scalar(0x31350)!) == 2)
  }

  @Test func halfwidthAndAmbiguousTakeOneColumn() {
    #expect(DisplayWidth.of("ｱ") == 1)  // Halfwidth katakana.
    #expect(DisplayWidth.of("é") == 1)
    #expect(DisplayWidth.of("Ω") == 1)  // East Asian ambiguous: narrow here.
    #expect(DisplayWidth.of("→") == 1)
  }

  @Test func conjoiningHangulJamoMakeOneWideSyllable() {
    let syllable = "\u{1100}\u{1161}\u{11A8}"
    #expect(syllable.count == 1)
    #expect(DisplayWidth.of(syllable) == 2)
    #expect(DisplayWidth.of(Unicode.Scalar(0x1161)!) == 0)
    #expect(DisplayWidth.of(Unicode.Scalar(0x11A8)!) == 0)
  }

  @Test func combiningMarksAddNothingToTheirBase() {
    #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
    #expect(DisplayWidth.of(Unicode.Scalar(0x20DD)!) == 0)  // Enclosing circle (Me).
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
    #expect(DisplayWidth.of("漢\u{301}") == 2)
    #expect(DisplayWidth.of("\u{3099}") == 1)  // Wide but nonspacing: a lone mark.
  }

  @Test func thousandsOfCombiningMarksOnOneLetterTakeOneColumn() {
    let zalgo = "a" + String(repeating: "\u{301}\u{316}\u{35C}", count: 2_000)
    #expect(zalgo.count == 1)
    #expect(DisplayWidth.of(zalgo) == 1)
    #expect(DisplayWidth.of(zalgo + zalgo) == 2)
  }

  /// Decision: a cluster of visible zero-width scalars (a lone combining mark) still takes a cell.
  @Test func loneCombiningMarkTakesOneColumn() {
    #expect(DisplayWidth.of(Character("\u{301}")) == 1)
    #expect(DisplayWidth.of("\u{301}") == 1)
    #expect(DisplayWidth.of(Character("\u{1161}")) == 1)  // A lone Hangul vowel.
  }

  /// Decision: a spacing mark (Mc) is 1 on its own and 0 after the base of its cluster.
  @Test func spacingMarkCountsOnlyOnItsOwn() {
    let visarga = Unicode.Scalar(0x903)!  // DEVANAGARI SIGN VISARGA, Mc.
    #expect(visarga.properties.generalCategory == .spacingMark)
    #expect(DisplayWidth.of(visarga) == 1)
    #expect(DisplayWidth.of("क\u{903}") == 1)
    #expect(DisplayWidth.of("\u{903}") == 1)
  }

  @Test func zeroWidthAndFormatCharactersTakeNoColumns() {
    let invisible: [UInt32] = [
      0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2064, 0xFEFF, 0x034F,
      0xFE00, 0xFE0E, 0xFE0F, 0xE0100, 0xE01EF, 0xE0001, 0x1160, 0x11FF, 0x3164,
    ]
    for value in invisible {
      let scalar = Unicode.Scalar(value)!
      #expect(DisplayWidth.of(scalar) == 0, "U+\(String(value, radix: 16))")
    }
    #expect(DisplayWidth.of(Character("\u{200B}")) == 0)
    #expect(DisplayWidth.of("\u{FEFF}") == 0)
    #expect(DisplayWidth.of("a\u{200B}b") == 2)
    #expect(DisplayWidth.of("a\u{2060}b\u{FEFF}") == 2)
  }

  /// Decision: the soft hyphen counts 1, as terminals draw it, though it is a format character.
  @Test func softHyphenTakesOneColumn() {
    let softHyphen = Unicode.Scalar(0xAD)!
    #expect(softHyphen.properties.generalCategory == .format)
    #expect(DisplayWidth.widthFromProperties(of: softHyphen) == 0)
    #expect(DisplayWidth.of(softHyphen) == 1)
    #expect(DisplayWidth.of("co\u{AD}operate") == 10)
  }

  @Test func emojiTakeTwoColumns() {
    #expect(DisplayWidth.of("😀") == 2)
    #expect(DisplayWidth.of("🚀") == 2)
    #expect(DisplayWidth.of("\u{1FAE8}") == 2)  // Shaking face, newer than Unicode 14.
  }

  @Test func emojiSequencesTakeTwoColumns() {
    #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
    #expect(DisplayWidth.of("🏳️‍🌈") == 2)
    #expect(DisplayWidth.of("❤️‍🔥") == 2)
    #expect(DisplayWidth.of("\u{2764}\u{200D}\u{1F525}") == 2)  // Joined without U+FE0F.
    #expect(DisplayWidth.of("👍🏽") == 2)
    #expect(DisplayWidth.of("☝🏽") == 2)  // Text-default base with a skin tone.
    let scotland = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
    #expect(DisplayWidth.of(scotland) == 2)  // Tag sequence.
  }

  @Test func flagsTakeTwoColumns() {
    #expect(DisplayWidth.of("🇫🇷") == 2)
    #expect(DisplayWidth.of("🇫🇷🇯🇵") == 4)
    #expect(DisplayWidth.of("\u{1F1EB}") == 2)  // A lone regional indicator.
  }

  @Test func keycapsTakeTwoColumns() {
    #expect(DisplayWidth.of("1️⃣") == 2)
    #expect(DisplayWidth.of("#\u{20E3}") == 2)
    #expect(DisplayWidth.of("*\u{FE0F}\u{20E3}") == 2)
    #expect(DisplayWidth.of("a\u{20E3}") == 1)  // Not a keycap: a letter in an enclosing keycap.
  }

  @Test func presentationSelectorsChooseTheWidth() {
    #expect(DisplayWidth.of("❤️") == 2)
    #expect(DisplayWidth.of("❤") == 1)
    #expect(DisplayWidth.of("☺︎") == 1)
    #expect(DisplayWidth.of("☺️") == 2)
    #expect(DisplayWidth.of("😀\u{FE0E}") == 1)
    #expect(DisplayWidth.of("〰\u{FE0E}") == 2)  // East Asian wide whatever the presentation.
    #expect(DisplayWidth.of("A\u{FE0F}") == 1)  // Not an emoji: the selector does nothing.
  }

  @Test func mixedStringIsTheSumOfItsClusters() {
    let text = "Hi 漢字 😀 e\u{301}!\u{200B} 🇫🇷\u{7}"
    let expected = 1 + 1 + 1 + 2 + 2 + 1 + 2 + 1 + 1 + 1 + 0 + 1 + 2 + 0
    #expect(DisplayWidth.of(text) == expected)
    #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
  }

  @Test func everyScalarIsZeroOneOrTwoColumns() {
    let outOfRange = (UInt32(0)...0x10FFFF).filter { value in
      guard let scalar = Unicode.Scalar(value) else { return false }
      return !(0...2).contains(DisplayWidth.of(scalar))
    }
    #expect(outOfRange.isEmpty)
  }

  @Test func fastPathBelowCombiningMarksAgreesWithProperties() {
    for value in UInt32(0xA0)..<0x300 where value != 0xAD {
      let scalar = Unicode.Scalar(value)!
      #expect(DisplayWidth.widthFromProperties(of: scalar) == 1, "U+\(String(value, radix: 16))")
    }
  }

  @Test func wideTableIsSortedMergedAndCoversCJK() {
    let ranges = EastAsianWideTable.ranges
    #expect(!ranges.isEmpty)
    for (previous, next) in zip(ranges, ranges.dropFirst()) {
      #expect(previous.upperBound + 1 < next.lowerBound, "\(previous) then \(next)")
    }
    for codePoint: UInt32 in [0x4E00, 0xAC00, 0xFF21, 0x3000, 0x1F600, 0x20000] {
      #expect(EastAsianWideTable.contains(codePoint), "U+\(String(codePoint, radix: 16))")
      #expect(ranges.contains { $0.contains(codePoint) })
    }
    for codePoint: UInt32 in [0x41, 0xE9, 0x10FF, 0xFF61, 0x2764, 0x10FFFF] {
      #expect(!EastAsianWideTable.contains(codePoint), "U+\(String(codePoint, radix: 16))")
    }
  }

  @Test func binarySearchAgreesWithLinearSearch() {
    let ranges = EastAsianWideTable.ranges
    let probes = ranges.flatMap { range in
      [range.lowerBound - 1, range.lowerBound, range.upperBound, range.upperBound + 1]
    }
    for codePoint in probes {
      #expect(
        EastAsianWideTable.contains(codePoint) == ranges.contains { $0.contains(codePoint) },
        "U+\(String(codePoint, radix: 16))")
    }
  }
}
