import QuotedriftEngine

/// How the cache packs lists into blobs: little-endian 32-bit fields, one record after another.
enum CacheCoding {
  /// Each link as first article, its first and last word, second article, its words, score
  /// and sentence share.
  static func pack(_ links: [PassageLink]) -> [UInt8] {
    var writer = Writer(capacity: links.count * 32)
    for link in links {
      writer.add(link.firstArticle, link.firstWords.lowerBound, link.firstWords.upperBound)
      writer.add(link.secondArticle, link.secondWords.lowerBound, link.secondWords.upperBound)
      writer.add(link.score.bitPattern, link.sentenceShare.bitPattern)
    }
    return writer.bytes
  }

  /// The links ``pack(_:)`` packed; nil when the blob is not such a list or names an article
  /// outside `0..<articleCount`.
  static func unpackLinks(_ bytes: [UInt8], articleCount: Int) -> [PassageLink]? {
    guard bytes.count % 32 == 0 else { return nil }
    var links: [PassageLink] = []
    links.reserveCapacity(bytes.count / 32)
    var reader = Reader(bytes)
    while !reader.isAtEnd {
      let fields = (0..<6).map { _ in Int(Int32(bitPattern: reader.next())) }
      let score = Float(bitPattern: reader.next())
      let share = Float(bitPattern: reader.next())
      guard (0..<articleCount).contains(fields[0]), (0..<articleCount).contains(fields[3]),
        fields[1] <= fields[2], fields[4] <= fields[5], fields[1] >= 0, fields[4] >= 0
      else { return nil }
      links.append(
        PassageLink(
          storedFirstArticle: fields[0], firstWords: fields[1]..<fields[2],
          secondArticle: fields[3],
          secondWords: fields[4]..<fields[5], score: score, sentenceShare: share))
    }
    return links
  }

  /// One article's rejected sentence pairs: the other article's id, then this article's sentence
  /// and the other's.
  static func pack(_ entries: [(partner: Int64, own: Int32, other: Int32)]) -> [UInt8] {
    var writer = Writer(capacity: entries.count * 12)
    for entry in entries {
      writer.add(UInt32(truncatingIfNeeded: entry.partner))
      writer.add(UInt32(bitPattern: entry.own), UInt32(bitPattern: entry.other))
    }
    return writer.bytes
  }

  /// The entries the second ``pack(_:)`` packed, each handed to `body`; false when the blob is
  /// not such a list.
  static func unpackRejections(
    _ bytes: [UInt8], _ body: (_ partner: Int64, _ own: Int32, _ other: Int32) -> Void
  ) -> Bool {
    guard bytes.count % 12 == 0 else { return false }
    var reader = Reader(bytes)
    while !reader.isAtEnd {
      let partner = Int64(reader.next())
      let own = Int32(bitPattern: reader.next())
      let other = Int32(bitPattern: reader.next())
      body(partner, own, other)
    }
    return true
  }

  private struct Writer {
    var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func add(_ values: Int...) {
      for value in values { add(UInt32(bitPattern: Int32(truncatingIfNeeded: value))) }
    }

    mutating func add(_ values: UInt32...) {
      for value in values {
        for shift in stride(from: 0, to: 32, by: 8) {
          bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift)))
        }
      }
    }
  }

  private struct Reader {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset >= bytes.count }

    mutating func next() -> UInt32 {
      defer { offset += 4 }
      return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
        | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
  }
}
