/// The machine interface of `quotedrift statements --format json`, documented in the README.
/// Offsets are UTF-8 byte offsets into the files as stored on disk (`"offsets": "file"`), or
/// into the text extracted from a web page or an archive record (`"offsets": "text"`); `text`
/// is exactly the bytes between them (invalid UTF-8 shown as U+FFFD).
public enum StatementsJSON {
  /// The JSON document for `statements` of `analysis`, with the articles they come from (all
  /// articles when `allArticles`).
  public static func encode(
    _ statements: [Statement], of analysis: Analysis, allArticles: Bool = true
  ) -> [UInt8] {
    var document: [UInt8] = []
    write(statements, of: analysis, allArticles: allArticles) { document.append(contentsOf: $0) }
    return document
  }

  /// Writes the document of ``encode(_:of:allArticles:)`` to `output` in pieces of about a
  /// megabyte, in order, so that the document of a large corpus is never held whole. The
  /// articles and the statements of each batch are written on every core.
  public static func write(
    _ statements: [Statement], of analysis: Analysis, allArticles: Bool = true,
    to output: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    let articles = analysis.articles
    let used = Set(statements.flatMap { $0.versions.map(\.article) })
    var json = JSONWriter(reservingCapacity: pieceSize + (1 << 16))
    json.beginObject()
    json.beginArray(key: "articles")
    let listed = articles.indices.filter { allArticles || used.contains($0) }
    try writeInBatches(count: listed.count, into: &json, output: output) { index, element in
      element.beginObject()
      ArticlesJSON.writeFields(of: articles[listed[index]], into: &element)
      element.endObject()
    }
    json.endArray()
    json.beginArray(key: "statements")
    try writeInBatches(count: statements.count, into: &json, output: output) { index, element in
      write(statements[index], articles: articles, into: &element)
    }
    json.endArray()
    json.endObject()
    json.endDocument()
    try json.flush(to: output)
  }

  /// Writes elements `0..<count` of the array open in `json`, each by `writeElement`, a batch of
  /// them at a time on every core, handing `output` the bytes in order as they pass
  /// ``pieceSize``.
  private static func writeInBatches(
    count: Int, into json: inout JSONWriter, output: (UnsafeRawBufferPointer) throws -> Void,
    _ writeElement: @Sendable (Int, inout JSONWriter) -> Void
  ) rethrows {
    let depth = json.depth
    for batch in stride(from: 0, to: count, by: batchSize) {
      let elements = Parallel.map(count: min(batchSize, count - batch)) { index in
        var element = JSONWriter.element(atDepth: depth)
        writeElement(batch + index, &element)
        return element
      }
      for element in elements {
        json.appendElement(element)
        if json.byteCount >= pieceSize { try json.flush(to: output) }
      }
    }
  }

  /// How many bytes are handed to the output at a time.
  private static let pieceSize = 1 << 20
  /// How many statements are written concurrently before their bytes go out.
  private static let batchSize = 256

  private static func write(
    _ statement: Statement, articles: [Article], into json: inout JSONWriter
  ) {
    let reference = statement.reference
    let referenceArticle = articles[reference.article]
    json.beginObject()
    json.field("id", statement.id)
    json.field("label", statement.label)
    json.field("speaker", statement.speaker)
    json.field("reference", reference.passages[0].id)
    json.beginArray(key: "referencePassages")
    for passage in reference.passages { json.value(passage.id) }
    json.endArray()
    json.field("referenceBasis", statement.referenceBasis.rawValue)
    json.beginArray(key: "passages")
    for version in statement.versions {
      let article = articles[version.article]
      for (part, passage) in version.passages.enumerated() {
        json.beginObject()
        json.field("id", passage.id)
        json.field("article", article.id)
        json.field("path", article.path)
        json.field("start", passage.start)
        json.field("end", passage.end)
        json.field("text", utf8: article.bytes[passage.start..<passage.end])
        json.field("part", part + 1)
        json.field("parts", version.passages.count)
        json.field("kept", (version.kept * 1000).rounded() / 1000)
        json.field("exact", (version.exact * 1000).rounded() / 1000)
        if let same = version.sameStatement {
          json.field("sameStatement", (same * 1000).rounded() / 1000)
        } else {
          json.field("sameStatement", nil as String?)
        }
        json.field("quotation", version.quotation.rawValue)
        if let attribution = version.attribution {
          write(attribution, of: article, key: "attribution", into: &json)
        } else {
          json.field("attribution", nil as String?)
        }
        json.beginArray(key: "flags")
        for flag in version.flags { json.value(flag.rawValue) }
        json.endArray()
        json.beginArray(key: "flagged")
        if part == 0 {
          for flagged in version.flagged {
            json.beginObject(inline: true)
            json.field("flag", flagged.flag.rawValue)
            json.beginArray(key: "words")
            for run in runs(of: flagged.words) { json.value(pair: bytes(of: run, in: article)) }
            json.endArray()
            json.beginArray(key: "ref")
            for run in runs(of: flagged.referenceWords) {
              json.value(pair: bytes(of: run, in: referenceArticle))
            }
            json.endArray()
            json.endObject()
          }
        }
        json.endArray()
        json.beginArray(key: "attributions")
        if part == 0 {
          for attribution in version.attributions {
            write(attribution, of: article, key: nil, into: &json)
          }
        }
        json.endArray()
        json.beginArray(key: "omitted")
        if part == 0 {
          for run in runs(of: version.omitted) {
            json.value(pair: bytes(of: run, in: referenceArticle))
          }
        }
        json.endArray()
        json.beginArray(key: "pieces")
        for piece in passage.pieces {
          json.beginObject(inline: true)
          json.field("start", piece.start)
          json.field("end", piece.end)
          json.field("quotation", piece.quotation.rawValue)
          json.endObject()
        }
        json.endArray()
        json.beginArray(key: "words")
        // A record per word: its text is read through a pointer, not sliced from the array.
        article.bytes.withUnsafeBufferPointer { bytes in
          for drift in passage.drift {
            let word = article.words[drift.word]
            json.wordRecord(
              start: word.start, end: word.end,
              text: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]),
              drift: drift.kind.rawValue,
              ref: drift.referenceWord.map {
                (referenceArticle.words[$0].start, referenceArticle.words[$0].end)
              })
          }
        }
        json.endArray()
        json.endObject()
      }
    }
    json.endArray()
    json.endObject()
  }

  private static func write(
    _ attribution: Attribution, of article: Article, key: StaticString?, into json: inout JSONWriter
  ) {
    json.beginObject(key: key, inline: true)
    json.field("speaker", attribution.speaker)
    json.field("kind", attribution.kind.rawValue)
    json.field("text", utf8: article.bytes[attribution.start..<attribution.end])
    json.field("start", attribution.start)
    json.field("end", attribution.end)
    json.endObject()
  }

  /// The bytes from the first word of `run` to the end of its last.
  private static func bytes(of run: Range<Int>, in article: Article) -> (Int, Int) {
    (article.words[run.lowerBound].start, article.words[run.upperBound - 1].end)
  }

  /// Consecutive word indices grouped into ranges.
  static func runs(of words: [Int]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for word in words.sorted() {
      if let last = result.last, last.upperBound == word {
        result[result.count - 1] = last.lowerBound..<(word + 1)
      } else {
        result.append(word..<(word + 1))
      }
    }
    return result
  }
}
