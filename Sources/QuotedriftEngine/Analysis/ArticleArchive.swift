/// The articles of one file packed into bytes and back, for a cache: everything loading found
/// (format, metadata, captions, words and sentences) but the id, which is given by load order.
/// A text or Markdown file's articles point into the file as stored, so their bytes are the
/// file's and are not kept; extracted text (a web page, an archive record) is. Words go as
/// differences from the word before, two bytes for most. Unpacking checks every offset against
/// the bytes, so bytes that are not such a list give `nil`, never a trap.
public enum ArticleArchive {
  /// The articles `articles` as bytes.
  public static func pack(_ articles: [Article]) -> [UInt8] {
    var writer = PackedWriter()
    writer.list(articles) { writer, article in
      writer.string(article.path)
      writer.code(article.format, of: formats)
      writer.code(article.offsets, of: offsetBases)
      writer.optional(article.offsets == .text ? article.bytes : nil) { $0.bytes($1) }
      writer.string(article.title)
      for field in [article.outlet, article.author, article.date, article.modified, article.url] {
        writer.optional(field) { $0.string($1) }
      }
      writer.integer(article.bodyStart)
      writer.list(article.captions) { $0.range($1) }
      writer.words(article.words)
      writer.sentences(article.sentences)
    }
    return writer.bytes
  }

  /// The articles `range` of `bytes` holds (all of them by default), with `fileBytes` (the file
  /// as read now) as the bytes of those that point into the file; nil when the bytes are not
  /// what ``pack(_:)`` wrote or do not fit the file.
  public static func unpack(_ bytes: [UInt8], in range: Range<Int>? = nil, fileBytes: [UInt8]?)
    -> [Article]?
  {
    var reader = PackedReader(bytes, in: range ?? bytes.indices)
    let articles = reader.list { reader -> Article? in
      guard let path = reader.string(), let format = reader.code(of: formats),
        let offsets = reader.code(of: offsetBases),
        let extracted = reader.optional({ $0.bytesRange() }),
        let text = offsets == .text ? extracted.map { Array(bytes[$0]) } : fileBytes,
        (extracted == nil) == (offsets == .file),
        let title = reader.string(), let outlet = reader.optional({ $0.string() }),
        let author = reader.optional({ $0.string() }), let date = reader.optional({ $0.string() }),
        let modified = reader.optional({ $0.string() }), let url = reader.optional({ $0.string() }),
        let bodyStart = reader.integer(), (0...text.count).contains(bodyStart),
        let captions = reader.list({ $0.range() }),
        captions.allSatisfy({ $0.lowerBound >= 0 && $0.upperBound <= text.count }),
        let words = reader.words(within: text.count), !words.isEmpty,
        let sentences = reader.sentences(over: words, within: text.count)
      else { return nil }
      return Article(
        path: path, format: format, offsets: offsets, bytes: text,
        metadata: ArticleMetadata(
          title: title, outlet: outlet, author: author, date: date, modified: modified, url: url),
        fallbackTitle: title, bodyStart: bodyStart, words: words, sentences: sentences,
        captions: captions)
    }
    guard reader.isAtEnd, let articles, !articles.isEmpty else { return nil }
    return articles
  }

  private static let formats = Array(ArticleFormat.allCases)
  private static let offsetBases: [Article.OffsetBase] = [.file, .text]
}

extension PackedWriter {
  /// Each word as the gap from the end of the one before, its three flags in the gap's low bits,
  /// and its length.
  fileprivate mutating func words(_ words: [Word]) {
    integer(words.count)
    var previousEnd = 0
    for word in words {
      let flags =
        (word.isCapitalized ? 1 : 0) | (word.isNumeric ? 2 : 0)
        | (word.endsWithPeriod ? 4 : 0)
      integer((word.start - previousEnd) << 3 | flags)
      integer(word.end - word.start)
      previousEnd = word.end
    }
  }

  /// Each sentence as gaps from the one before: bytes, words and paragraphs.
  fileprivate mutating func sentences(_ sentences: [Sentence]) {
    integer(sentences.count)
    var previous = Sentence(start: 0, end: 0, words: 0..<0, paragraph: 0)
    for sentence in sentences {
      integer(sentence.start - previous.end)
      integer(sentence.end - sentence.start)
      integer(sentence.words.lowerBound - previous.words.upperBound)
      integer(sentence.words.count)
      integer(sentence.paragraph - previous.paragraph)
      previous = sentence
    }
  }
}

extension PackedReader {
  /// Words written by ``PackedWriter/words(_:)``, each inside `0..<byteCount` and after the one
  /// before.
  fileprivate mutating func words(within byteCount: Int) -> [Word]? {
    guard let count = integer(), count >= 0, count <= byteCount else { return nil }
    var words: [Word] = []
    words.reserveCapacity(count)
    var previousEnd = 0
    for _ in 0..<count {
      guard let gap = integer(), gap >= 0, let length = integer(), length > 0 else { return nil }
      let start = previousEnd + gap >> 3
      guard start <= byteCount - length else { return nil }
      words.append(
        Word(
          start: start, end: start + length, isCapitalized: gap & 1 != 0, isNumeric: gap & 2 != 0,
          endsWithPeriod: gap & 4 != 0))
      previousEnd = start + length
    }
    return words
  }

  /// Sentences written by ``PackedWriter/sentences(_:)``, in order, each inside `0..<byteCount`
  /// and naming words of `words` only.
  fileprivate mutating func sentences(over words: [Word], within byteCount: Int) -> [Sentence]? {
    guard let count = integer(), count >= 0, count <= words.count else { return nil }
    var sentences: [Sentence] = []
    sentences.reserveCapacity(count)
    var previous = Sentence(start: 0, end: 0, words: 0..<0, paragraph: 0)
    for _ in 0..<count {
      guard let startGap = integer(), (-byteCount...byteCount).contains(startGap),
        let length = integer(),
        length >= 0, let wordGap = integer(), (0...words.count).contains(wordGap),
        let wordCount = integer(), wordCount >= 0, let paragraphGap = integer(),
        paragraphGap >= 0
      else { return nil }
      let start = previous.end + startGap
      let firstWord = previous.words.upperBound + wordGap
      guard start >= 0, start <= byteCount - length, firstWord <= words.count - wordCount,
        previous.paragraph <= Int.max - paragraphGap
      else { return nil }
      let sentence = Sentence(
        start: start, end: start + length, words: firstWord..<(firstWord + wordCount),
        paragraph: previous.paragraph + paragraphGap)
      sentences.append(sentence)
      previous = sentence
    }
    return sentences
  }
}
