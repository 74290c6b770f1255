import Foundation

/// The machine interface of `quotedrift statements --format json`, documented in the README.
/// Offsets are UTF-8 byte offsets into the files as stored on disk; `text` is exactly the bytes
/// between them (invalid UTF-8 shown as U+FFFD).
public enum StatementsJSON {
  /// The JSON document for `statements` of `analysis`, with the articles they come from (all
  /// articles when `allArticles`).
  public static func encode(
    _ statements: [Statement], of analysis: Analysis, allArticles: Bool = true
  ) -> Data {
    let corpus = analysis.corpus
    let used = Set(statements.flatMap { $0.versions.map(\.article) })
    let articles = corpus.articles.indices.filter { allArticles || used.contains($0) }.map {
      index in
      let article = corpus.articles[index]
      return ArticleJSON(
        id: article.id, path: article.path, title: article.title, outlet: article.outlet,
        author: article.author, date: article.date, url: article.url, words: article.wordCount)
    }
    let document = DocumentJSON(
      articles: articles,
      statements: statements.map { statement in
        let reference = statement.reference
        let referenceArticle = corpus.articles[reference.article]
        func referenceRange(_ word: Int) -> [Int] {
          [referenceArticle.words[word].start, referenceArticle.words[word].end]
        }
        return StatementJSON(
          id: statement.id, label: statement.label, speaker: statement.speaker,
          reference: reference.passages[0].id, referencePassages: reference.passages.map(\.id),
          passages: statement.versions.flatMap { version in
            let article = corpus.articles[version.article]
            let omittedRuns = runs(of: version.omitted).map { run in
              [referenceArticle.words[run.lowerBound].start, referenceArticle.words[run.upperBound - 1].end]
            }
            return version.passages.enumerated().map { part, passage in
              PassageJSON(
                id: passage.id, article: article.id, path: article.path, start: passage.start,
                end: passage.end, text: article.text(passage.start..<passage.end),
                part: part + 1, parts: version.passages.count,
                fidelity: (version.fidelity * 1000).rounded() / 1000,
                words: passage.drift.map { drift in
                  WordJSON(
                    start: article.words[drift.word].start, end: article.words[drift.word].end,
                    text: article.text(ofWord: drift.word), drift: drift.kind.rawValue,
                    ref: drift.referenceWord.map(referenceRange))
                },
                omitted: part == 0 ? omittedRuns : [], flags: version.flags.map(\.rawValue))
            }
          })
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try! encoder.encode(document)
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

  struct DocumentJSON: Encodable {
    var articles: [ArticleJSON]
    var statements: [StatementJSON]
  }

  struct ArticleJSON: Encodable {
    var id, path, title: String
    var outlet, author, date, url: String?
    var words: Int

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(path, forKey: .path)
      try container.encode(title, forKey: .title)
      try container.encode(outlet, forKey: .outlet)
      try container.encode(author, forKey: .author)
      try container.encode(date, forKey: .date)
      try container.encode(url, forKey: .url)
      try container.encode(words, forKey: .words)
    }

    enum CodingKeys: String, CodingKey { case id, path, title, outlet, author, date, url, words }
  }

  struct StatementJSON: Encodable {
    var id, label: String
    var speaker: String?
    var reference: String
    var referencePassages: [String]
    var passages: [PassageJSON]

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(label, forKey: .label)
      try container.encode(speaker, forKey: .speaker)
      try container.encode(reference, forKey: .reference)
      try container.encode(referencePassages, forKey: .referencePassages)
      try container.encode(passages, forKey: .passages)
    }

    enum CodingKeys: String, CodingKey {
      case id, label, speaker, reference, referencePassages, passages
    }
  }

  struct PassageJSON: Encodable {
    var id, article, path: String
    var start, end: Int
    var text: String
    var part, parts: Int
    var fidelity: Double
    var words: [WordJSON]
    var omitted: [[Int]]
    var flags: [String]
  }

  struct WordJSON: Encodable {
    var start, end: Int
    var text, drift: String
    var ref: [Int]?

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(start, forKey: .start)
      try container.encode(end, forKey: .end)
      try container.encode(text, forKey: .text)
      try container.encode(drift, forKey: .drift)
      try container.encode(ref, forKey: .ref)
    }

    enum CodingKeys: String, CodingKey { case start, end, text, drift, ref }
  }
}
