/// Splits an article's words into sentences and paragraphs.
///
/// A line break ends a sentence and a paragraph unless the next line starts in lower case (a
/// hard-wrapped line). A terminal mark (. ! ? …) ends a sentence when the next word does not start
/// in lower case, except after an abbreviation: never after a title ("Gen.", "Col.", "Sen.") or an
/// initial ("Mark A. Milley"), never before a letter or two it touches (the ticker "JCP.N"), and
/// after other abbreviations ("U.S.", "Jan.", "D.C.") only before a
/// word that usually opens a sentence ("… in Washington, D.C. His statement …"). Closing quotation
/// marks after the terminal mark stay with the sentence they close.
///
/// No sentence is longer than ``maximumWords``: text that runs on without a boundary (a file of
/// one endless line) is cut into pieces of that many words, so matching a sentence stays cheap.
public enum SentenceSplitter {
  /// The most words a sentence holds; real sentences stay far below it.
  public static let maximumWords = 400

  /// The sentences of `bytes`, whose words are `words`.
  public static func sentences(in bytes: [UInt8], words: [Word]) -> [Sentence] {
    bytes.withUnsafeBufferPointer { sentences(in: $0, words: words) }
  }

  /// The sentences of `buffer`, whose words are `words`.
  public static func sentences(in buffer: UnsafeBufferPointer<UInt8>, words: [Word]) -> [Sentence] {
    guard !words.isEmpty else { return [] }
    var sentences: [Sentence] = []
    var first = 0
    var paragraph = 0
    for index in 0..<words.count {
      let isLast = index == words.count - 1
      var boundary: Boundary =
        isLast ? .paragraph : boundary(after: words[index], before: words[index + 1], in: buffer)
      if boundary == .none && index + 1 - first >= maximumWords { boundary = .sentence }
      guard boundary != .none else { continue }
      sentences.append(
        Sentence(
          start: openingStart(of: words[first], in: buffer),
          end: closingEnd(
            of: words[index], in: buffer, limit: isLast ? buffer.count : words[index + 1].start),
          words: first..<(index + 1), paragraph: paragraph))
      if boundary == .paragraph { paragraph += 1 }
      first = index + 1
    }
    return sentences
  }

  enum Boundary { case none, sentence, paragraph }

  static func boundary(after word: Word, before next: Word, in buffer: UnsafeBufferPointer<UInt8>)
    -> Boundary
  {
    var offset = word.end
    var lineBreaks = 0
    var terminal: Unicode.Scalar? = word.endsWithPeriod ? "." : nil
    var terminalAttached = word.endsWithPeriod
    while offset < next.start, let step = UTF8Scanner.decode(buffer, at: offset) {
      let scalar = step.scalar
      if ScalarClasses.isLineBreak(scalar) {
        let isCRLF = scalar == "\r" && offset + 1 < buffer.count && buffer[offset + 1] == 0x0A
        if !isCRLF { lineBreaks += 1 }
      } else if terminal == nil, ScalarClasses.isTerminal(scalar) {
        terminal = scalar
        terminalAttached = offset == word.end
      }
      offset += step.length
    }
    let nextScalar = firstScalar(of: next, in: buffer)
    let nextStartsLower = ScalarClasses.isLowercase(nextScalar)
    if lineBreaks >= 2 { return .paragraph }
    if lineBreaks == 1 { return nextStartsLower && terminal == nil ? .none : .paragraph }
    guard let terminal, !nextStartsLower else { return .none }
    if terminal == "." && terminalAttached {
      // A period between a word and a letter or two with no space is part of a name: the
      // exchange suffix of a ticker ("JCP.N"), not a sentence's end.
      if next.start == word.end + 1 && next.end - next.start <= 2 { return .none }
      let abbreviation = abbreviationKind(of: word, in: buffer)
      switch abbreviation {
      case .title: return .none
      case .other:
        return WordLists.sentenceStarters.contains(next.norm(in: buffer)) ? .sentence : .none
      case .notAbbreviation: return .sentence
      }
    }
    return .sentence
  }

  enum AbbreviationKind { case title, other, notAbbreviation }

  static func abbreviationKind(of word: Word, in buffer: UnsafeBufferPointer<UInt8>)
    -> AbbreviationKind
  {
    let key = word.norm(in: buffer)
    let mayBeListed = key.utf8.count <= WordLists.longestAbbreviation
    if mayBeListed && WordLists.titleAbbreviations.contains(key) { return .title }
    let length = word.end - word.start
    let first = firstScalar(of: word, in: buffer)
    if length == first.utf8.count && ScalarClasses.isUppercase(first) { return .title }
    if word.endsWithPeriod || (mayBeListed && WordLists.abbreviations.contains(key)) {
      return .other
    }
    return .notAbbreviation
  }

  private static func firstScalar(of word: Word, in buffer: UnsafeBufferPointer<UInt8>)
    -> Unicode.Scalar
  {
    UTF8Scanner.decode(buffer, at: word.start)?.scalar ?? " "
  }

  /// The word's start, moved back over opening quotation marks and brackets right before it.
  private static func openingStart(of word: Word, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
    var start = word.start
    while start > 0 {
      var lead = start - 1
      while lead > 0 && buffer[lead] & 0xC0 == 0x80 { lead -= 1 }
      guard let step = UTF8Scanner.decode(buffer, at: lead), lead + step.length == start,
        ScalarClasses.isOpeningPunctuation(step.scalar)
      else { break }
      start = lead
    }
    return start
  }

  /// The word's end, moved forward over terminal marks and closing quotation marks right after it.
  private static func closingEnd(
    of word: Word, in buffer: UnsafeBufferPointer<UInt8>, limit: Int
  ) -> Int {
    var end = word.end
    while end < limit, let step = UTF8Scanner.decode(buffer, at: end),
      ScalarClasses.isTerminal(step.scalar) || ScalarClasses.isClosingPunctuation(step.scalar)
    {
      end += step.length
    }
    return end
  }
}
