/// The machine interface of `quotedrift reuse --format json`: the articles read, and every
/// region one article reuses from another, each side with its article, byte offsets and text
/// (offsets as in the statements document).
public enum ReuseJSON {
  public static func encode(_ regions: [ReuseRegion], of corpus: Corpus) -> [UInt8] {
    var json = JSONWriter(reservingCapacity: 1 << 18)
    json.beginObject()
    json.beginArray(key: "articles")
    for article in corpus.articles {
      json.beginObject()
      ArticlesJSON.writeFields(of: article, into: &json)
      json.endObject()
    }
    json.endArray()
    json.beginArray(key: "regions")
    for region in regions {
      json.beginObject()
      json.field("kind", region.kind.rawValue)
      json.field("similarity", (region.similarity * 1000).rounded() / 1000)
      let sides: [(key: StaticString, article: Int, bytes: Range<Int>)] = [
        ("first", region.firstArticle, region.firstBytes),
        ("second", region.secondArticle, region.secondBytes),
      ]
      for (key, article, bytes) in sides {
        let source = corpus.articles[article]
        json.beginObject(key: key)
        json.field("article", source.id)
        json.field("path", source.path)
        json.field("start", bytes.lowerBound)
        json.field("end", bytes.upperBound)
        json.field("text", utf8: source.bytes[bytes])
        json.endObject()
      }
      json.endObject()
    }
    json.endArray()
    json.endObject()
    json.endDocument()
    return json.bytes
  }
}
