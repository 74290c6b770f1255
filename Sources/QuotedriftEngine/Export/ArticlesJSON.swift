/// The machine interface of `quotedrift articles --format json`: what was read, one record an
/// article, with the text the article's offsets point into when asked.
public enum ArticlesJSON {
  /// The JSON document listing `articles`; with `text`, each record carries `text` (the bytes
  /// from `bodyStart` on, as matching sees them) and `bodyStart`, the offset `text` starts at.
  public static func encode(_ articles: [Article], text: Bool) -> [UInt8] {
    var json = JSONWriter()
    json.beginObject()
    json.beginArray(key: "articles")
    for article in articles {
      json.beginObject()
      writeFields(of: article, into: &json)
      if text {
        json.field("bodyStart", article.bodyStart)
        json.field("text", utf8: article.bytes[min(article.bodyStart, article.bytes.count)...])
      }
      json.endObject()
    }
    json.endArray()
    json.endObject()
    json.endDocument()
    return json.bytes
  }

  /// The fields every article record has, here and in the statements document: `id`, `path`,
  /// `title`, `outlet`, `author`, `date`, `url`, `words`, `format`, `offsets` (`file` or
  /// `text`), `modified` and `captions` (the byte ranges of photo captions, which never form a
  /// statement; web pages only).
  static func writeFields(of article: Article, into json: inout JSONWriter) {
    json.field("id", article.id)
    json.field("path", article.path)
    json.field("title", article.title)
    json.field("outlet", article.outlet)
    json.field("author", article.author)
    json.field("date", article.date)
    json.field("url", article.url)
    json.field("words", article.wordCount)
    json.field("format", article.format.rawValue)
    json.field("offsets", article.offsets.rawValue)
    json.field("modified", article.modified)
    json.beginArray(key: "captions")
    for caption in article.captions { json.value(pair: (caption.lowerBound, caption.upperBound)) }
    json.endArray()
  }
}
