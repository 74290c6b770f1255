import Testing

@testable import QuotedriftEngine

@Suite struct SentenceSplitterTests {
  func sentences(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    let words = Tokenizer.words(in: bytes)
    return SentenceSplitter.sentences(in: bytes, words: words).map {
      String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
    }
  }

  @Test func textWithoutABoundaryIsCutIntoPiecesOfAtMostTheLimit() {
    let limit = SentenceSplitter.maximumWords
    let bytes = Array(
      ("Opening words. Then " + String(repeating: "and on ", count: limit / 2 + 50)).utf8)
    let words = Tokenizer.words(in: bytes)
    let split = SentenceSplitter.sentences(in: bytes, words: words)
    #expect(split.map(\.words.count) == [2, limit, 101])
    #expect(split.map(\.paragraph) == [0, 0, 0])
    #expect(split[1].words.lowerBound == 2 && split[2].words.upperBound == words.count)
  }

  @Test func doesNotSplitInsideATickerSymbol() {
    #expect(
      sentences("Penney Co. Inc. JCP.N and Walgreen Co. WAG.N report on Monday. Shares rose.") == [
        "Penney Co. Inc. JCP.N and Walgreen Co. WAG.N report on Monday.", "Shares rose.",
      ])
  }

  @Test func doesNotSplitAfterTitlesOrInitials() {
    #expect(
      sentences("Gen. Mark A. Milley spoke with Col. Dave Butler. Sen. Rand Paul objected.") == [
        "Gen. Mark A. Milley spoke with Col. Dave Butler.", "Sen. Rand Paul objected.",
      ])
  }

  @Test func splitsAfterAbbreviationsOnlyBeforeASentenceStarter() {
    #expect(
      sentences(
        "The call was on Jan. 8 in the U.S. Capitol in Washington, D.C. His statement came later.")
        == [
          "The call was on Jan. 8 in the U.S. Capitol in Washington, D.C.",
          "His statement came later.",
        ])
  }

  @Test func keepsClosingQuotesWithTheirSentence() {
    #expect(
      sentences("He said, “The chairman called China.” “These talks are vital,” says the report.")
        == ["He said, “The chairman called China.”", "“These talks are vital,” says the report."])
  }

  @Test func ellipsisEndsASentenceOnlyBeforeACapital() {
    #expect(
      sentences("These duties … in order to maintain stability. Next… Then it ended.")
        == ["These duties … in order to maintain stability.", "Next…", "Then it ended."])
  }

  @Test func questionAndExclamationMarksEndSentences() {
    #expect(
      sentences("Lowering tensions or treason? Share your thoughts!") == [
        "Lowering tensions or treason?", "Share your thoughts!",
      ])
  }

  @Test func lineBreaksEndParagraphsUnlessTheNextLineContinues() {
    let text = "Leave A Reply\nCOMMENTS\n\nA long line that was\nwrapped by hand here."
    let bytes = Array(text.utf8)
    let result = SentenceSplitter.sentences(in: bytes, words: Tokenizer.words(in: bytes))
    #expect(result.count == 3)
    #expect(result.map(\.paragraph) == [0, 1, 2])
  }

  @Test func lowerCaseAfterATerminalMarkDoesNotSplit() {
    #expect(
      sentences("It cost 2.5 m. dollars, i.e. a lot.") == ["It cost 2.5 m. dollars, i.e. a lot."])
  }
}
