import Testing

@testable import QuotedriftEngine

@Suite struct TokenizerTests {
  func norms(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Tokenizer.words(in: bytes).map { $0.norm(in: bytes) }
  }

  @Test func aWordIsTwelveBytes() {
    #expect(MemoryLayout<Word>.stride == 12)
  }

  @Test func keepsByteRangesOfTheOriginal() {
    let text = "Milley’s “calls” — reducing tensions…"
    let bytes = Array(text.utf8)
    for word in Tokenizer.words(in: bytes) {
      let original = String(decoding: bytes[word.start..<word.end], as: UTF8.self)
      #expect(WordNormalizer.norm(of: original) == word.norm(in: bytes))
    }
    #expect(norms(text) == ["milley's", "calls", "reducing", "tensions"])
  }

  @Test func foldsCaseQuotesCompatibilityFormsAndAbbreviations() {
    #expect(norms("Milley’s MILLEY'S") == ["milley's", "milley's"])
    #expect(norms("ﬁnancial Ｆｕｌｌ") == ["financial", "full"])
    #expect(norms("U.S. US u.s.") == ["US", "US", "us"])
    #expect(norms("let us know") == ["let", "us", "know"])
    #expect(norms("D.C. e.g.") == ["dc", "eg"])
  }

  @Test func joinsHyphenatedWordsAndLineBreakHyphenation() {
    #expect(norms("de-confliction deconfliction") == ["deconfliction", "deconfliction"])
    #expect(norms("long-established") == ["longestablished"])
    #expect(norms("confl-\nict and confl-\r\n  ict") == ["conflict", "and", "conflict"])
    #expect(norms("well-\nKnown") == ["well", "known"])
    #expect(norms("a - b") == ["a", "b"])
  }

  @Test func keepsNumbersWhole() {
    #expect(
      norms("1,000 troops, 2.5 per cent, in 2020.") == [
        "1000", "troops", "25", "per", "cent", "in", "2020",
      ])
    let words = Tokenizer.words(in: Array("in 2020.".utf8))
    #expect(words[1].isNumeric)
  }

  @Test func skipsWebAddresses() {
    #expect(
      norms("see https://example.com/a-b?c=d and www.example.org now") == ["see", "and", "now"])
  }

  @Test func handlesNoBreakAndOtherSpacesAsSeparators() {
    #expect(norms("a\u{00A0}b\u{2009}c\u{3000}d") == ["a", "b", "c", "d"])
  }

  @Test func marksTrailingAbbreviationPeriods() {
    let words = Tokenizer.words(in: Array("the U.S. Army".utf8))
    #expect(words[1].endsWithPeriod)
    #expect(words[1].end - words[1].start == 4)
    #expect(!words[2].endsWithPeriod)
  }

  @Test func combiningMarksStayInTheWord() {
    #expect(norms("cafe\u{0301} naïve") == ["café", "naïve"])
  }
}
