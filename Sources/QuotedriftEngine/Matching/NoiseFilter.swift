/// Finds the sentences of an article that must never form a cross-article statement: photo
/// captions and credits, comment and share prompts, bylines, and sentences the article repeats.
///
/// Captions a web page marks as such are noise wherever they stand. Other captions and credits
/// are recognised by what they say ("(Photo by …/Getty Images)", "AFP via
/// Getty Images", "(L)", a Getty-style dateline "WASHINGTON, DC - SEPTEMBER 08:") and by
/// position (a paragraph followed by a credit line is its caption). Prompts and bylines must also
/// be short paragraphs, so a news sentence that mentions comments is not taken for one.
public enum NoiseFilter {
  /// Phrases that mark a photo credit or caption, in lower case.
  static let creditMarkers = bytePatterns([
    "getty images", "via getty", "ap photo", "(photo", "photo by", "photo:", "photos:", "image:",
    "(image", "reuters/", "/reuters", "/afp", "afp/", "credit:", "photograph:", "/pool",
    "shutterstock", "/epa", "epa/", "/bloomberg", "/zuma",
  ])

  /// Phrases that mark a prompt to comment or share, or a notice, wherever they stand in a short
  /// paragraph, in lower case.
  static let promptMarkers = bytePatterns([
    "leave a reply", "leave a comment", "share your thoughts", "bloggers like this",
    "please let us know", "click here", "in the comments", "all rights reserved",
    "copyright \u{00A9}",
  ])

  /// Phrases that news prose uses too ("said on Twitter", "declined to make comments"): they
  /// mark a prompt only in a paragraph that opens with one of ``promptOpenings`` or that holds
  /// little else (at most ``longestBarePrompt`` words: "Advertisement", "Comments (12)").
  static let weakPromptMarkers = bytePatterns([
    "comments", "share this", "sign up", "subscribe", "read more", "related:", "advertisement",
    "on twitter", "on facebook", "newsletter",
  ])

  /// How a prompt opens: the imperative of a call to act, in lower case.
  static let promptOpenings = bytePatterns([
    "follow ", "sign up", "subscribe", "share ", "click ", "read more", "related", "advertisement",
    "join ", "get our", "download ", "like us", "comments", "leave ", "please ", "tap ",
    "don't miss",
    "don\u{2019}t miss", "see also", "more:", "support ",
  ])

  /// The most words of a paragraph that is a weak marker and little else.
  static let longestBarePrompt = 4

  static let bylineOpenings = bytePatterns(["by ", "published", "updated", "posted"])

  /// Paragraphs longer than this are prose, never a caption, credit, prompt or byline.
  static let longestNoiseParagraph = 80

  static let captionPositionMarkers = bytePatterns(["(l)", "(r)", "(c)", "(l-r)", "(from left)"])

  /// Credit, prompt and caption-position markers, found in one pass over a paragraph.
  private static let markers = BytePhraseSet([
    creditMarkers, promptMarkers, captionPositionMarkers, weakPromptMarkers,
  ])
  private static let creditGroup: UInt64 = 1 << 0
  private static let promptGroup: UInt64 = 1 << 1
  private static let captionPositionGroup: UInt64 = 1 << 2
  private static let weakPromptGroup: UInt64 = 1 << 3

  private static func bytePatterns(_ patterns: [String]) -> [[UInt8]] {
    patterns.map { Array($0.utf8) }
  }

  /// For each sentence of `article`, whether it is noise. `terms` are the form ids of its words.
  public static func noisySentences(in article: Article, terms: [Int32]) -> [Bool] {
    var noisy = [Bool](repeating: false, count: article.sentences.count)
    var paragraphs: [Range<Int>] = []
    for (index, sentence) in article.sentences.enumerated() {
      if let last = paragraphs.last,
        article.sentences[last.lowerBound].paragraph == sentence.paragraph
      {
        paragraphs[paragraphs.count - 1] = last.lowerBound..<(index + 1)
      } else {
        paragraphs.append(index..<(index + 1))
      }
    }
    var isCredit = [Bool](repeating: false, count: paragraphs.count)
    for (position, members) in paragraphs.enumerated() {
      let wordCount = members.reduce(0) { $0 + article.sentences[$1].words.count }
      guard wordCount <= longestNoiseParagraph else { continue }
      let bytes = article.bytes[
        article.sentences[members.lowerBound].start..<article.sentences[members.upperBound - 1].end]
      let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
      let found = markers.groups(in: lower)
      let credit = found & creditGroup != 0
      isCredit[position] = credit && wordCount <= 40
      let weakPrompt =
        found & weakPromptGroup != 0
        && (wordCount <= longestBarePrompt || promptOpenings.contains { lower.starts(with: $0) })
      let prompt = wordCount <= 30 && (found & promptGroup != 0 || weakPrompt)
      let byline = wordCount <= 10 && bylineOpenings.contains { lower.starts(with: $0) }
      let caption =
        credit || found & captionPositionGroup != 0 || startsWithGettyDateline(bytes)
      if prompt || byline || caption {
        for sentence in members { noisy[sentence] = true }
      }
    }
    // A paragraph followed by a credit line is that photo's caption.
    for position in paragraphs.indices.dropLast() where isCredit[position + 1] {
      for sentence in paragraphs[position] { noisy[sentence] = true }
    }
    markCaptions(of: article, noisy: &noisy)
    markRepeats(in: article, terms: terms, noisy: &noisy)
    return noisy
  }

  /// Sentences inside the captions a web page marks (`figcaption` and the like).
  private static func markCaptions(of article: Article, noisy: inout [Bool]) {
    var captions = article.captions[...]
    for (index, sentence) in article.sentences.enumerated() {
      while let caption = captions.first, caption.upperBound <= sentence.start {
        captions = captions.dropFirst()
      }
      if let caption = captions.first, caption.lowerBound < sentence.end {
        noisy[index] = true
      }
    }
  }

  /// "WASHINGTON, DC - SEPTEMBER 08:": capitals, spaces and punctuation, " - ", a capitalised
  /// word, a space, one or two digits and a colon.
  static func startsWithGettyDateline(_ text: ArraySlice<UInt8>) -> Bool {
    text.withUnsafeBufferPointer { bytes in startsWithGettyDateline(bytes) }
  }

  private static func startsWithGettyDateline(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    var index = 0
    guard bytes.first.map(isCapital) == true else { return false }
    while index < bytes.count,
      isCapital(bytes[index]) || [0x20, 0x2C, 0x2E, 0x27, 0x2D].contains(bytes[index])
    {
      if index + 2 < bytes.count, bytes[index] == 0x20, bytes[index + 1] == 0x2D,
        bytes[index + 2] == 0x20
      {
        var cursor = index + 3
        let wordStart = cursor
        while cursor < bytes.count, isCapital(bytes[cursor]) { cursor += 1 }
        guard cursor > wordStart, cursor < bytes.count, bytes[cursor] == 0x20 else { return false }
        cursor += 1
        let digitsStart = cursor
        while cursor < bytes.count, bytes[cursor] >= 0x30 && bytes[cursor] <= 0x39 { cursor += 1 }
        let digits = cursor - digitsStart
        return (1...2).contains(digits) && cursor < bytes.count && bytes[cursor] == 0x3A
      }
      index += 1
    }
    return false
  }

  /// Sentences whose opening words (at least six) another sentence of the article shares. The
  /// openings are grouped by a hash, and compared word by word only within a group.
  private static func markRepeats(in article: Article, terms: [Int32], noisy: inout [Bool]) {
    func opening(_ sentence: Int) -> ArraySlice<Int32> {
      terms[article.sentences[sentence].words.prefix(8)]
    }
    var hashed: [(hash: UInt64, sentence: Int)] = []
    for (index, sentence) in article.sentences.enumerated() where sentence.words.count >= 6 {
      var hash: UInt64 = 0xCBF2_9CE4_8422_2325
      for term in opening(index) { hash = (hash ^ UInt64(UInt32(term))) &* 0x100_0000_01B3 }
      hashed.append((hash, index))
    }
    hashed.sort { ($0.hash, $0.sentence) < ($1.hash, $1.sentence) }
    var start = 0
    while start < hashed.count {
      var end = start + 1
      while end < hashed.count && hashed[end].hash == hashed[start].hash { end += 1 }
      for i in start..<end {
        let first = opening(hashed[i].sentence)
        for j in (i + 1)..<end where opening(hashed[j].sentence) == first {
          noisy[hashed[i].sentence] = true
          noisy[hashed[j].sentence] = true
        }
      }
      start = end
    }
  }
}
