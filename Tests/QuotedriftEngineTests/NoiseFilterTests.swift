import Testing

@testable import QuotedriftEngine

@Suite struct NoiseFilterTests {
  func noise(_ text: String) -> [String: Bool] {
    let parsed = article(text)
    let corpus = Corpus(articles: [parsed], lexicon: sharedLexicon)
    let flags = corpus.noisySentences[0]
    return Dictionary(
      parsed.sentences.enumerated().map { (parsed.text($1.start..<$1.end), flags[$0]) },
      uniquingKeysWith: { $0 || $1 })
  }

  @Test func captionsCreditsPromptsAndBylinesAreNoise() {
    let result = noise(
      """
      Headline of the story

      By Jane Reporter

      Sen. Rand Paul prepares to hear testimony. (Photo by Jabin Botsford - Pool/Getty Images)

      The senator spoke for an hour about the withdrawal and its consequences for the region.

      US Defense Secretary Lloyd Austin (L) and General Mark Milley at the Pentagon

      OLIVIER DOULIERY/AFP via Getty Images

      WASHINGTON, DC - SEPTEMBER 08: Speaker Nancy Pelosi speaks during her weekly news conference.

      Leave a Reply

      Share your thoughts in the comments below!

      Follow Breitbart News’s Kristina Wong on Twitter or on Facebook.
      """)
    #expect(result["By Jane Reporter"] == true)
    #expect(result["Sen. Rand Paul prepares to hear testimony."] == true)
    #expect(
      result[
        "The senator spoke for an hour about the withdrawal and its consequences for the region."]
        == false)
    #expect(
      result["US Defense Secretary Lloyd Austin (L) and General Mark Milley at the Pentagon"]
        == true)
    #expect(result["OLIVIER DOULIERY/AFP via Getty Images"] == true)
    #expect(
      result[
        "WASHINGTON, DC - SEPTEMBER 08: Speaker Nancy Pelosi speaks during her weekly news conference."
      ] == true)
    #expect(result["Leave a Reply"] == true)
    #expect(result["Share your thoughts in the comments below!"] == true)
    #expect(result["Follow Breitbart News’s Kristina Wong on Twitter or on Facebook."] == true)
    #expect(result["Headline of the story"] == false)
  }

  @Test func newsThatMentionsTwitterCommentsOrAdvertisementsIsNotAPrompt() {
    let result = noise(
      """
      The president said on Twitter that the talks had failed.

      The ministry declined to make comments on the report.

      They had published an advertisement on the Internet, offering the cargo for sale.

      Advertisement

      Sign up for our morning newsletter.
      """)
    #expect(result["The president said on Twitter that the talks had failed."] == false)
    #expect(result["The ministry declined to make comments on the report."] == false)
    #expect(
      result["They had published an advertisement on the Internet, offering the cargo for sale."]
        == false)
    #expect(result["Advertisement"] == true)
    #expect(result["Sign up for our morning newsletter."] == true)
  }

  @Test func sentencesRepeatedInsideAnArticleAreNoise() {
    let result = noise(
      """
      Milley’s alleged calls to China are backed by the Joint Chiefs of Staff, officials say.

      Milley’s alleged calls to China are backed by the Joint Chiefs of Staff, officials say.

      A different sentence that appears only once in the whole article text.
      """)
    #expect(
      result[
        "Milley’s alleged calls to China are backed by the Joint Chiefs of Staff, officials say."]
        == true)
    #expect(
      result["A different sentence that appears only once in the whole article text."] == false)
  }

  @Test func noiseNeverFormsAStatement() {
    let caption =
      "Chairman of the Joint Chiefs of Staff, General Mark Milley, speaks during a press conference about the situation in Afghanistan. (Photo by OLIVIER DOULIERY/AFP via Getty Images)"
    let analysis = analyze([
      "First story about the budget debate in the Senate this week.\n\n" + caption,
      "Second story about a trade dispute between two large exporters.\n\n" + caption,
    ])
    #expect(analysis.statements.isEmpty)
  }

  @Test func sharedNamesAndTitlesAloneAreNotAStatement() {
    let analysis = analyze([
      "Yesterday the Chairman of the Joint Chiefs of Staff, General Mark Milley, visited Ohio.",
      "Critics attacked the Chairman of the Joint Chiefs of Staff, General Mark Milley, on Tuesday.",
    ])
    #expect(analysis.statements.isEmpty)
  }
}
