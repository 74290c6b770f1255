import TerminalSafety

/// The text form of `quotedrift reuse`: for each pair of articles, how much of each the shared
/// regions cover, then each region with its kind, similarity and the opening words of both sides.
public struct ReuseListing {
  /// Characters of each side's text shown per region.
  static let excerptLength = 100

  public init() {}

  public func render(_ regions: [ReuseRegion], of corpus: Corpus) -> String {
    var pairs: [[ReuseRegion]] = []
    for region in regions {
      if let last = pairs.last?.last, last.firstArticle == region.firstArticle,
        last.secondArticle == region.secondArticle
      {
        pairs[pairs.count - 1].append(region)
      } else {
        pairs.append([region])
      }
    }
    let count = regions.count
    var lines = [
      "\(counted(corpus.articles.count, "article")), \(counted(count, "reuse region")) "
        + "between \(counted(pairs.count, "pair"))"
    ]
    for pair in pairs {
      let first = corpus.articles[pair[0].firstArticle]
      let second = corpus.articles[pair[0].secondArticle]
      lines.append("")
      lines.append(
        "\(first.id) \(safe(first.path)) (\(share(pair.map(\.firstBytes), of: first))) and "
          + "\(second.id) \(safe(second.path)) (\(share(pair.map(\.secondBytes), of: second)))")
      for region in pair {
        let similarity = Int((region.similarity * 100).rounded())
        lines.append(
          "  \(region.kind.rawValue), similarity \(similarity)%: bytes "
            + "\(region.firstBytes.lowerBound)–\(region.firstBytes.upperBound) and "
            + "\(region.secondBytes.lowerBound)–\(region.secondBytes.upperBound)")
        lines.append("    \(first.id): \(excerpt(region.firstBytes, of: first))")
        lines.append("    \(second.id): \(excerpt(region.secondBytes, of: second))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The share of the article's body the ranges cover, as "42% reused".
  private func share(_ ranges: [Range<Int>], of article: Article) -> String {
    let body = max(1, article.bytes.count - article.bodyStart)
    let covered = ranges.reduce(0) { $0 + $1.count }
    return "\(min(100, covered * 100 / body))% reused"
  }

  private func excerpt(_ bytes: Range<Int>, of article: Article) -> String {
    let text = String(decoding: article.bytes[bytes], as: UTF8.self)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let cut = text.count > Self.excerptLength
    return safe(String(text.prefix(Self.excerptLength))) + (cut ? "…" : "")
  }

  private func safe(_ text: String) -> String { TerminalSafeText.sanitize(text) }
}
