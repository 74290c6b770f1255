/// Finds the sentences of an article that must never form a cross-article statement: photo
/// captions and credits, comment and share prompts, bylines, and sentences the article repeats.
///
/// Captions and credits are recognised by what they say ("(Photo by …/Getty Images)", "AFP via
/// Getty Images", "(L)", a Getty-style dateline "WASHINGTON, DC - SEPTEMBER 08:") and by
/// position (a paragraph followed by a credit line is its caption). Prompts and bylines must also
/// be short paragraphs, so a news sentence that mentions comments is not taken for one.
public enum NoiseFilter {
  /// Phrases that mark a photo credit or caption, in lower case.
  static let creditMarkers = [
    "getty images", "via getty", "ap photo", "(photo", "photo by", "photo:", "photos:", "image:",
    "(image", "reuters/", "/reuters", "/afp", "afp/", "credit:", "photograph:", "/pool",
    "shutterstock", "/epa", "epa/", "/bloomberg", "/zuma",
  ]

  /// Phrases that mark a prompt to comment, share, follow or subscribe, in lower case.
  static let promptMarkers = [
    "leave a reply", "leave a comment", "comments", "share your thoughts", "share this",
    "bloggers like this", "sign up", "subscribe", "please let us know", "click here", "read more",
    "related:", "advertisement", "on twitter", "on facebook", "in the comments",
    "newsletter", "all rights reserved", "copyright ©",
  ]

  static let captionPositionMarkers = ["(l)", "(r)", "(c)", "(l-r)", "(from left)"]

  nonisolated(unsafe) static let gettyDateline = try! Regex(
    #"^[A-Z][A-Z .,'-]+ - [A-Z]+ \d{1,2}:"#)

  /// For each sentence of `article`, whether it is noise. `terms` are the form ids of its words.
  public static func noisySentences(in article: Article, terms: [Int32]) -> [Bool] {
    var noisy = [Bool](repeating: false, count: article.sentences.count)
    let paragraphs = Dictionary(grouping: article.sentences.indices) {
      article.sentences[$0].paragraph
    }
    let paragraphOrder = paragraphs.keys.sorted()
    var isCredit: [Int: Bool] = [:]
    for paragraph in paragraphOrder {
      let members = paragraphs[paragraph]!
      let text = article.text(
        article.sentences[members.first!].start..<article.sentences[members.last!].end)
      let lower = text.lowercased()
      let wordCount = members.reduce(0) { $0 + article.sentences[$1].words.count }
      let credit = creditMarkers.contains { lower.contains($0) }
      isCredit[paragraph] = credit && wordCount <= 40
      let prompt = wordCount <= 30 && promptMarkers.contains { lower.contains($0) }
      let byline =
        wordCount <= 10
        && (lower.hasPrefix("by ") || lower.hasPrefix("published") || lower.hasPrefix("updated")
          || lower.hasPrefix("posted"))
      let caption =
        credit || captionPositionMarkers.contains { lower.contains($0) }
        || text.firstMatch(of: gettyDateline) != nil
      if prompt || byline || caption {
        for sentence in members { noisy[sentence] = true }
      }
    }
    // A paragraph followed by a credit line is that photo's caption.
    for (position, paragraph) in paragraphOrder.enumerated().dropLast()
    where isCredit[paragraphOrder[position + 1]] == true {
      for sentence in paragraphs[paragraph]! { noisy[sentence] = true }
    }
    markRepeats(in: article, terms: terms, noisy: &noisy)
    return noisy
  }

  /// Sentences whose opening words (at least six) another sentence of the article shares.
  private static func markRepeats(in article: Article, terms: [Int32], noisy: inout [Bool]) {
    var firstByOpening: [[Int32]: Int] = [:]
    for (index, sentence) in article.sentences.enumerated() where sentence.words.count >= 6 {
      let opening = Array(terms[sentence.words.prefix(8)])
      if let earlier = firstByOpening[opening] {
        noisy[earlier] = true
        noisy[index] = true
      } else {
        firstByOpening[opening] = index
      }
    }
  }
}
