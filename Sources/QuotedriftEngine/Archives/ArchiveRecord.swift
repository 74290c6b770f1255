import Foundation

/// One record of an archive: its fields by name, where it is in the file, and the article's text
/// and metadata read from the fields by their common names.
struct ArchiveRecord {
  /// The record's number in the file, from 1: every record counts, usable or not, so `FILE#N`
  /// names the same record however many others are skipped.
  var number: Int
  /// The line of the file the record starts on, from 1.
  var line: Int
  /// Field values by ``fieldKey(_:)`` of their names: strings from CSV; strings, numbers,
  /// arrays, objects or null from JSON.
  var fields: [String: Any]

  init(number: Int, line: Int, fields: [String: Any]) {
    self.number = number
    self.line = line
    self.fields = [:]
    // Names in order, so which of two spellings of one field wins ("title" and "Title") is the
    // same on every run, whatever order the dictionary holds them in.
    for name in fields.keys.sorted() where self.fields[Self.fieldKey(name)] == nil {
      self.fields[Self.fieldKey(name)] = fields[name]
    }
  }

  /// Field names compared without case, `_`, `-` or spaces: `site_name`, `siteName` and
  /// `Site Name` are one field.
  static func fieldKey(_ name: String) -> String {
    if name.utf8.allSatisfy({ $0 < 0x80 }) {
      let bytes = name.utf8.compactMap { byte -> UInt8? in
        byte == 0x5F || byte == 0x2D || byte == 0x20
          ? nil : (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    return String(name.lowercased().unicodeScalars.filter { !"_- ".unicodeScalars.contains($0) })
  }

  /// The names each metadata field is read from, first found wins.
  enum Names {
    static let title = ["title", "headline"]
    static let text = ["text", "body", "content", "article", "articleBody"]
    static let outlet = ["outlet", "source", "site", "domain", "publisher", "site_name"]
    static let date = [
      "date", "published", "publish_date", "published_at", "pubDate", "datePublished",
    ]
    static let modified = ["modified", "updated", "dateModified"]
    static let url = ["url", "link"]
    static let author = ["author", "authors", "byline"]
  }

  /// ``Names`` as field keys.
  private enum Keys {
    static let title = Names.title.map(fieldKey)
    static let text = Names.text.map(fieldKey)
    static let outlet = Names.outlet.map(fieldKey)
    static let date = Names.date.map(fieldKey)
    static let modified = Names.modified.map(fieldKey)
    static let url = Names.url.map(fieldKey)
    static let author = Names.author.map(fieldKey)
  }

  /// Whether any of `names` is one the text is read from.
  static func namesText(_ names: [String]) -> Bool {
    names.contains { Keys.text.contains(fieldKey($0)) }
  }

  /// The body text: a string, or an array of strings (paragraphs) joined with blank lines.
  var text: String? { string(Keys.text, joinedBy: "\n\n") }

  /// The metadata the fields give; the outlet falls back to the URL's host without `www.`.
  var metadata: ArticleMetadata {
    let url = string(Keys.url)
    return ArticleMetadata(
      title: string(Keys.title).map(Self.oneLine),
      outlet: (string(Keys.outlet) ?? url.flatMap { ArticleMetadata.host(of: $0) }).map(
        Self.oneLine),
      author: string(Keys.author).map(Self.oneLine), date: date(Keys.date),
      modified: date(Keys.modified), url: url)
  }

  /// The value of the first of `keys` that has a non-empty one, as text: arrays joined with
  /// `separator`, an object by its `name` field, numbers as written.
  private func string(_ keys: [String], joinedBy separator: String = ", ") -> String? {
    for key in keys {
      if let value = fields[key], let text = Self.text(of: value, separator) {
        return text
      }
    }
    return nil
  }

  /// A date field normalised to ISO 8601; a JSON number from 10^8 on is seconds (from 10^11 on,
  /// milliseconds) since 1970; text that is not a date ``ISODate`` reads is kept as written.
  private func date(_ keys: [String]) -> String? {
    for key in keys {
      guard let value = fields[key] else { continue }
      if let number = value as? NSNumber, number.doubleValue >= 1e8, number.doubleValue < 1e15 {
        let seconds = Int(number.doubleValue)
        if let date = ISODate.normalised(
          secondsSince1970: seconds >= 100_000_000_000 ? seconds / 1000 : seconds)
        {
          return date
        }
      }
      if let text = Self.text(of: value, ", ") { return ISODate.normalised(text) ?? text }
    }
    return nil
  }

  private static func text(of value: Any, _ separator: String) -> String? {
    let text: String
    switch value {
    case let string as String: text = string
    case let number as NSNumber: text = number.stringValue
    case let array as [Any]:
      text = array.compactMap { Self.text(of: $0, separator) }.joined(separator: separator)
    case let object as [String: Any]:
      guard let name = object.first(where: { fieldKey($0.key) == "name" })?.value else {
        return nil
      }
      return Self.text(of: name, separator)
    default: return nil
    }
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return nil }
    return first == scalars.startIndex && last == scalars.index(before: scalars.endIndex)
      ? text : String(scalars[first...last])
  }

  /// A title on one line: runs of white space become one space.
  private static func oneLine(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 < 0x21 || $0 >= 0x80 }) else { return text }
    return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The host of `url` without a leading `www.`, lowercased.
}
