import Foundation
import Yams

/// The YAML front matter of a Markdown article: a block between a first line `---` and a line
/// `---` (or `...`), parsed with Yams.
public struct FrontMatter: Sendable, Equatable {
  /// `title`, `outlet` (or `source`, `publication`, `site`), `author` (or `byline`), `date` (or
  /// `published`) and `url` (or `link`).
  public var metadata: ArticleMetadata
  /// Byte offset just past the closing line.
  public var end: Int

  /// Why a block that looks like front matter could not be used.
  public struct Invalid: Error, Equatable {
    public var reason: String
    /// Byte offset just past the closing line, so the body can still be read.
    public var end: Int
  }

  /// Parses the front matter that starts at byte `start` of `bytes`; `nil` when there is none.
  public static func parse(_ bytes: [UInt8], from start: Int) throws(Invalid) -> FrontMatter? {
    guard let (yaml, end) = block(in: bytes, from: start) else { return nil }
    let node: Any?
    do {
      node = try Yams.load(yaml: yaml)
    } catch {
      let reason = String(describing: error).split(separator: "\n").first.map(String.init) ?? "?"
      throw Invalid(reason: "front matter is not valid YAML (\(reason))", end: end)
    }
    guard let fields = node as? [String: Any] else {
      if node == nil { return FrontMatter(metadata: ArticleMetadata(), end: end) }
      throw Invalid(reason: "front matter is not a YAML mapping", end: end)
    }
    func string(_ keys: String...) -> String? {
      for key in keys {
        if let value = fields[key] ?? fields[key.capitalized] {
          if let date = value as? Date { return isoDay(date) }
          let text = String(describing: value).trimmingCharacters(in: .whitespacesAndNewlines)
          if !text.isEmpty { return text }
        }
      }
      return nil
    }
    let metadata = ArticleMetadata(
      title: string("title"), outlet: string("outlet", "source", "publication", "site"),
      author: string("author", "byline"), date: string("date", "published").map(normalisedDate),
      url: string("url", "link"))
    return FrontMatter(metadata: metadata, end: end)
  }

  /// The YAML text and the offset past the closing line.
  private static func block(in bytes: [UInt8], from start: Int) -> (String, Int)? {
    let opening = Array("---".utf8)
    guard bytes.count >= start + 4, Array(bytes[start..<start + 3]) == opening else { return nil }
    var lineStart = start + 3
    if bytes[lineStart] == 0x0D { lineStart += 1 }
    guard lineStart < bytes.count, bytes[lineStart] == 0x0A else { return nil }
    lineStart += 1
    let yamlStart = lineStart
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      var content = bytes[lineStart..<lineEnd]
      if content.last == 0x0D { content = content.dropLast() }
      if content.elementsEqual("---".utf8) || content.elementsEqual("...".utf8) {
        let yaml = String(decoding: bytes[yamlStart..<lineStart], as: UTF8.self)
        return (yaml, min(lineEnd + 1, bytes.count))
      }
      lineStart = lineEnd + 1
    }
    return nil
  }

  private static func isoDay(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: date)
  }

  /// `YYYY-MM-DD` for dates written that way or as ISO timestamps; other text as written.
  static func normalisedDate(_ text: String) -> String {
    let prefix = text.prefix(10)
    let isISODay =
      prefix.count == 10
      && prefix.enumerated().allSatisfy { index, character in
        index == 4 || index == 7 ? character == "-" : character.isASCII && character.isNumber
      }
    return isISODay ? String(prefix) : text
  }
}
