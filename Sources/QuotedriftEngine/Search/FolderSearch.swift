import Foundation

/// Finds a phrase in the text of every article of a folder, as a reader's search box does: whole
/// words only (the phrase starts and ends at word boundaries), case folded, and every quotation
/// mark, apostrophe, dash and run of spaces read alike (see ``FoldedText``), so "Milley's" finds
/// "Milley’s" and `"lowering tensions"` finds “lowering tensions”.
///
/// The folded text of every article is prepared once, on every core, into one buffer; a search
/// is then one scan of that buffer, quick enough to run on every keystroke over thousands of
/// articles.
public struct FolderSearch: Sendable {
  /// The articles searched, in the order hits refer to them.
  public let articles: [Article]
  /// Every article's folded text from its body start, each followed by a NUL byte.
  private let folded: [UInt8]
  /// Where each article's folded text starts in `folded`.
  private let starts: [Int]
  /// Each article's mapping back to its own bytes.
  private let maps: [FoldedText]
  /// How often each byte value occurs in `folded`.
  private let byteCounts: [Int]

  /// Prepares `articles` for searching.
  public init(articles: [Article]) {
    self.articles = articles
    var maps = Parallel.map(count: articles.count) { index in
      articles[index].bytes.withUnsafeBufferPointer {
        FoldedText($0, from: articles[index].bodyStart)
      }
    }
    var folded: [UInt8] = []
    folded.reserveCapacity(maps.reduce(0) { $0 + $1.bytes.count + 1 })
    var starts: [Int] = []
    for index in maps.indices {
      starts.append(folded.count)
      folded.append(contentsOf: maps[index].bytes)
      folded.append(0)
      maps[index].bytes = []
    }
    var byteCounts = [Int](repeating: 0, count: 256)
    for byte in folded { byteCounts[Int(byte)] += 1 }
    self.byteCounts = byteCounts
    self.folded = folded
    self.starts = starts
    self.maps = maps
  }

  /// Every place `phrase` occurs, in article order and then in reading order, at most `limit` of
  /// them. A phrase without a letter or digit finds nothing.
  public func hits(of phrase: String, limit: Int = .max) -> [SearchHit] {
    let needleBytes = FoldedText.fold(phrase)
    guard limit > 0, needleBytes.withUnsafeBufferPointer(Self.hasWordScalar) else { return [] }
    let wantsStartBoundary = Self.isWordScalar(needleBytes, at: 0)
    let wantsEndBoundary = Self.isWordScalar(
      needleBytes, at: Self.scalarStart(needleBytes, before: needleBytes.count))
    // The needle's rarest byte is the one looked for: fewer places to compare.
    let anchor = needleBytes.indices.min {
      byteCounts[Int(needleBytes[$0])] < byteCounts[Int(needleBytes[$1])]
    }!
    var hits: [SearchHit] = []
    folded.withUnsafeBufferPointer { haystack in
      needleBytes.withUnsafeBufferPointer { needle in
        var offset = 0
        while hits.count < limit,
          let start = Self.find(needle, anchor: anchor, in: haystack, from: offset)
        {
          let end = start + needle.count
          offset = start + 1
          if wantsStartBoundary, start > 0,
            Self.isWordScalar(haystack, at: Self.scalarStart(haystack, before: start))
          {
            continue
          }
          if wantsEndBoundary, Self.isWordScalar(haystack, at: end) { continue }
          hits.append(hit(foldedStart: start, foldedEnd: end))
        }
      }
    }
    return hits
  }

  /// Where `needle` next occurs in `haystack` from `offset` on: each place its byte at `anchor`
  /// occurs (found with `memchr`), compared whole.
  private static func find(
    _ needle: UnsafeBufferPointer<UInt8>, anchor: Int, in haystack: UnsafeBufferPointer<UInt8>,
    from offset: Int
  ) -> Int? {
    let base = haystack.baseAddress!
    var position = offset
    while haystack.count - position >= needle.count {
      guard
        let found = memchr(
          base + position + anchor, Int32(needle[anchor]),
          haystack.count - position - needle.count + 1)
      else { return nil }
      let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - anchor
      if memcmp(base + start, needle.baseAddress!, needle.count) == 0 { return start }
      position = start + 1
    }
    return nil
  }

  /// The hit whose folded bytes are `foldedStart..<foldedEnd` of `folded`.
  private func hit(foldedStart: Int, foldedEnd: Int) -> SearchHit {
    var low = 0
    var high = starts.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if starts[middle] <= foldedStart { low = middle } else { high = middle }
    }
    let index = low
    let article = articles[index]
    let map = maps[index]
    let bytes = article.bytes
    var start = map.originalOffset(of: foldedStart - starts[index])
    while start > 0, start < bytes.count, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    var last = map.originalOffset(of: foldedEnd - 1 - starts[index])
    while last > start, last < bytes.count, bytes[last] & 0xC0 == 0x80 { last -= 1 }
    let end = bytes.withUnsafeBufferPointer { buffer in
      UTF8Scanner.decode(buffer, at: last).map { last + $0.length } ?? bytes.count
    }
    return SearchHit(
      article: index, bytes: start..<end, words: Self.words(of: start..<end, in: article),
      sentence: Self.sentence(around: start, in: article))
  }

  /// The indices of the words that overlap `range`.
  private static func words(of range: Range<Int>, in article: Article) -> Range<Int> {
    let words = article.words
    let first = partition(words.count) { words[$0].end > range.lowerBound }
    let end = partition(words.count) { words[$0].start >= range.upperBound }
    return first..<max(first, end)
  }

  /// The bytes of the sentence that holds `offset`; of its line when no sentence does (a title,
  /// a caption).
  private static func sentence(around offset: Int, in article: Article) -> Range<Int> {
    let sentences = article.sentences
    let after = partition(sentences.count) { sentences[$0].start > offset }
    if after > 0, sentences[after - 1].end > offset {
      return sentences[after - 1].start..<sentences[after - 1].end
    }
    let bytes = article.bytes
    var start = offset
    while start > article.bodyStart, bytes[start - 1] != 0x0A { start -= 1 }
    var end = offset
    while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
    return start..<end
  }

  /// The first index in `0..<count` where `isPast` holds, given it holds from some index on.
  private static func partition(_ count: Int, _ isPast: (Int) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if isPast(middle) { high = middle } else { low = middle + 1 }
    }
    return low
  }

  /// The offset where the scalar that ends just before `offset` starts.
  private static func scalarStart<C: RandomAccessCollection<UInt8>>(_ bytes: C, before offset: Int)
    -> Int where C.Index == Int
  {
    var start = max(0, offset - 1)
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }

  private static func isWordScalar(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    UTF8Scanner.decode(bytes, at: offset).map { ScalarClasses.isWordScalar($0.scalar) } ?? false
  }

  private static func isWordScalar(_ bytes: [UInt8], at offset: Int) -> Bool {
    bytes.withUnsafeBufferPointer { isWordScalar($0, at: offset) }
  }

  private static func hasWordScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var offset = 0
    while let step = UTF8Scanner.decode(bytes, at: offset) {
      if ScalarClasses.isWordScalar(step.scalar) { return true }
      offset += step.length
    }
    return false
  }
}

/// Where a phrase occurs: the article, the bytes of its text that match (what to highlight), the
/// words they touch and the sentence around them. The article's title, outlet and date are in
/// ``FolderSearch/articles``.
public struct SearchHit: Sendable, Equatable {
  /// Index of the article in ``FolderSearch/articles``.
  public var article: Int
  /// Byte offsets of the match in the article's ``Article/bytes``.
  public var bytes: Range<Int>
  /// Indices into the article's ``Article/words`` of the words the match overlaps.
  public var words: Range<Int>
  /// Byte offsets of the sentence the match starts in (its line when no sentence holds it).
  public var sentence: Range<Int>
}
