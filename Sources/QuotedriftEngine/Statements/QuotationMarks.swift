/// Which words of an article stand inside quotation marks: curly (“ ” ‘ ’ „), straight (" and '),
/// guillemets (« » ‹ ›), nested to any depth. Marks are read paragraph by paragraph, so a quote
/// left open closes with its paragraph, and a curly apostrophe ("Milley’s") never closes a quote.
enum QuotationMarks {
  private enum Mark {
    case double, straightDouble, single, straightSingle, guillemet, singleGuillemet
  }

  /// Whether each word of `words` (indices into the article, in reading order) is quoted.
  static func quoted(_ words: [Int], in article: Article, corpus: Corpus, articleIndex: Int)
    -> [Int: Bool]
  {
    var result: [Int: Bool] = [:]
    var paragraphs: [Int: [Int]] = [:]
    for word in words {
      let sentence = article.sentences[Int(corpus.sentenceOfWord[articleIndex][word])]
      paragraphs[sentence.paragraph, default: []].append(word)
    }
    for (paragraph, members) in paragraphs {
      let sentences = article.sentences.filter { $0.paragraph == paragraph }
      guard let first = sentences.first, let last = sentences.last else { continue }
      let starts = Set(members.map { article.words[$0].start })
      let depths = depths(in: article.bytes, from: first.start, to: last.end, at: starts)
      for word in members { result[word] = (depths[article.words[word].start] ?? 0) > 0 }
    }
    return result
  }

  /// How many quotations are open at each offset of `offsets`, reading `bytes[start..<end]`.
  static func depths(in bytes: [UInt8], from start: Int, to end: Int, at offsets: Set<Int>)
    -> [Int: Int]
  {
    var open: [Mark] = []
    var result: [Int: Int] = [:]
    var index = max(0, start)
    let end = min(end, bytes.count)
    var previous: Unicode.Scalar = " "
    while index < end {
      if offsets.contains(index) { result[index] = open.count }
      let (scalar, length) = decode(bytes, at: index, end: end)
      // What stands around the mark matters only for apostrophe-like marks: looked up for those
      // alone, since Unicode properties cost more than the rest of the scan.
      var next: Unicode.Scalar {
        index + length < end ? decode(bytes, at: index + length, end: end).0 : " "
      }
      var opening: Bool {
        !previous.properties.isAlphabetic && previous.properties.numericType == nil
      }
      var closing: Bool { !next.properties.isAlphabetic }
      switch scalar {
      case "\u{201C}", "\u{201E}":
        if open.last != .double { open.append(.double) }
      case "\u{201D}": close(.double, in: &open)
      case "\"":
        if open.last == .straightDouble { open.removeLast() } else { open.append(.straightDouble) }
      case "\u{2018}": if opening { open.append(.single) }
      case "\u{2019}": if open.last == .single && closing { open.removeLast() }
      case "'":
        if open.last == .straightSingle && closing && !previous.properties.isWhitespace {
          open.removeLast()
        } else if opening && next.properties.isAlphabetic && !open.isEmpty {
          open.append(.straightSingle)
        }
      case "\u{00AB}": open.append(.guillemet)
      case "\u{00BB}": close(.guillemet, in: &open)
      case "\u{2039}": open.append(.singleGuillemet)
      case "\u{203A}": close(.singleGuillemet, in: &open)
      default: break
      }
      previous = scalar
      index += length
    }
    for offset in offsets where offset >= index && result[offset] == nil {
      result[offset] = open.count
    }
    return result
  }

  /// Closes the innermost open `mark` and every quotation opened inside it; a closing mark with
  /// no opening one is a stray and changes nothing.
  private static func close(_ mark: Mark, in open: inout [Mark]) {
    guard let position = open.lastIndex(of: mark) else { return }
    open.removeSubrange(position...)
  }

  /// The scalar at `index` and its length in bytes; U+FFFD for a byte that starts no valid one.
  private static func decode(_ bytes: [UInt8], at index: Int, end: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[index]
    let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : 4
    guard length > 1 else { return (Unicode.Scalar(lead), 1) }
    guard index + length <= end else { return ("\u{FFFD}", 1) }
    var value = UInt32(lead) & (0xFF >> (length + 1))
    for offset in 1..<length {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }
}
