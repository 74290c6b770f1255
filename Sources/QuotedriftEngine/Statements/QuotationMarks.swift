/// Which words of an article stand inside quotation marks: curly (“ ” ‘ ’ „), straight (" and '),
/// guillemets (« » ‹ ›), nested to any depth. Marks are read paragraph by paragraph, so a quote
/// left open closes with its paragraph, and a curly apostrophe ("Milley’s") never closes a quote.
enum QuotationMarks {
  fileprivate enum Mark {
    case double, straightDouble, single, straightSingle, guillemet, singleGuillemet
  }

  /// How many quotations are open at the start of each word of `article`, read paragraph by
  /// paragraph: one pass over the article's bytes. The sentences cover the words in reading
  /// order, and a paragraph is a run of them (as ``SentenceSplitter`` makes them).
  static func wordDepths(in article: Article) -> [UInt8] {
    var depths = [UInt8](repeating: 0, count: article.words.count)
    let sentences = article.sentences
    var first = 0
    while first < sentences.count {
      var last = first
      while last + 1 < sentences.count
        && sentences[last + 1].paragraph == sentences[first].paragraph
      {
        last += 1
      }
      var scanner = Scanner(
        bytes: article.bytes, from: sentences[first].start, to: sentences[last].end)
      for word in sentences[first].words.lowerBound..<sentences[last].words.upperBound {
        let start = article.words[word].start
        guard start >= sentences[first].start else { continue }
        depths[word] = UInt8(clamping: scanner.depth(at: start))
      }
      first = last + 1
    }
    return depths
  }

  /// How many quotations are open at `offset`, reading `bytes[start..<end]`.
  static func depth(in bytes: [UInt8], from start: Int, to end: Int, at offset: Int) -> Int {
    guard offset >= max(0, start) else { return 0 }
    var scanner = Scanner(bytes: bytes, from: start, to: end)
    return scanner.depth(at: offset)
  }

  /// Reads quotation marks forward through `bytes[start..<end]`, keeping the open ones.
  private struct Scanner {
    let bytes: [UInt8]
    let end: Int
    private var index: Int
    /// Where the plain run from ``index`` ends: bytes before it are ASCII and no quotation mark.
    /// Found once per run, so asking for the depth at each word of a run reads no byte.
    private var plainEnd: Int
    private var open: [Mark] = []
    private var previous: Unicode.Scalar = " "

    init(bytes: [UInt8], from start: Int, to end: Int) {
      self.bytes = bytes
      self.end = min(end, bytes.count)
      index = max(0, start)
      plainEnd = index
    }

    /// The quotations open at `offset` (at or after the last offset asked for); past the end,
    /// those open at the end.
    mutating func depth(at offset: Int) -> Int {
      let limit = min(end, offset)
      while index < limit {
        // Plain ASCII that is no quotation mark, most of the text, is passed over in one run.
        if plainEnd <= index { plainEnd = plainRunEnd(from: index) }
        let runEnd = min(plainEnd, limit)
        if runEnd > index {
          previous = Unicode.Scalar(bytes[runEnd - 1])
          index = runEnd
        }
        if index < limit { step() }
      }
      return open.count
    }

    /// The first offset from `start` on of a byte that is not ASCII or is a straight quotation
    /// mark (`end` when there is none), eight bytes at a time.
    private func plainRunEnd(from start: Int) -> Int {
      bytes.withUnsafeBufferPointer { buffer in
        var index = start
        while index + 8 <= end {
          let eight = EightBytes.load(buffer, at: index)
          if EightBytes.hasNonASCII(eight) || EightBytes.has(UInt8(ascii: "\""), in: eight)
            || EightBytes.has(UInt8(ascii: "'"), in: eight)
          {
            break
          }
          index += 8
        }
        while index < end, buffer[index] < 0x80, buffer[index] != UInt8(ascii: "\""),
          buffer[index] != UInt8(ascii: "'")
        {
          index += 1
        }
        return index
      }
    }

    private mutating func step() {
      let (scalar, length) = QuotationMarks.decode(bytes, at: index, end: end)
      let index = index
      let end = end
      let bytes = bytes
      let previous = previous
      // What stands around the mark matters only for apostrophe-like marks: looked up for those
      // alone, since Unicode properties cost more than the rest of the scan.
      var next: Unicode.Scalar {
        index + length < end ? QuotationMarks.decode(bytes, at: index + length, end: end).0 : " "
      }
      var opening: Bool {
        !previous.properties.isAlphabetic && previous.properties.numericType == nil
      }
      var closing: Bool { !next.properties.isAlphabetic }
      switch scalar {
      case "\u{201C}", "\u{201E}":
        if open.last != .double { open.append(.double) }
      case "\u{201D}": QuotationMarks.close(.double, in: &open)
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
      case "\u{00BB}": QuotationMarks.close(.guillemet, in: &open)
      case "\u{2039}": open.append(.singleGuillemet)
      case "\u{203A}": QuotationMarks.close(.singleGuillemet, in: &open)
      default: break
      }
      self.previous = scalar
      self.index += length
    }
  }

  /// Closes the innermost open `mark` and every quotation opened inside it; a closing mark with
  /// no opening one is a stray and changes nothing.
  fileprivate static func close(_ mark: Mark, in open: inout [Mark]) {
    guard let position = open.lastIndex(of: mark) else { return }
    open.removeSubrange(position...)
  }

  /// The scalar at `index` and its length in bytes; U+FFFD for a byte that starts no valid one.
  fileprivate static func decode(_ bytes: [UInt8], at index: Int, end: Int) -> (Unicode.Scalar, Int)
  {
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
