/// Makes a ``Statement`` from each article's passages: chooses the reference, collates every
/// version against it, finds the speaker and the label.
///
/// The reference is the earliest version when two or more versions carry a date; otherwise the
/// most complete version (the one that carries the most pieces of the statement), and among equally
/// complete ones the least drifted: the one the other versions keep most of, verbatim.
struct StatementBuilder {
  let corpus: Corpus
  let similarity: WordSimilarity
  let settings: MatchingSettings

  /// How many of the most complete versions compete on drift for the reference.
  static let referenceContenders = 3

  func statement(passages: [Int: [Range<Int>]], completeness: [Int: Int], reference: Int?)
    -> Statement
  {
    let articles = passages.keys.sorted()
    let collator = Collator(corpus: corpus, similarity: similarity, settings: settings)
    let contenders = reference.map { [$0] } ?? referenceContenders(articles, passages, completeness)
    var best: (article: Int, results: [Int: Collator.Result], centrality: Double)?
    for contender in contenders {
      let referenceRun = Collator.Reference(
        article: contender, passages: passages[contender]!, corpus: corpus)
      var results: [Int: Collator.Result] = [:]
      var centrality = 0.0
      for article in articles where article != contender {
        let result = collator.collate(
          article: article, passages: passages[article]!, against: referenceRun)
        results[article] = result
        centrality += result.fidelity
      }
      if best == nil || centrality > best!.centrality { best = (contender, results, centrality) }
    }
    var chosen = best!
    chosen.results[chosen.article] = Collator.referenceItself(passages[chosen.article]!)
    let versions = articles.map { article in
      let result = chosen.results[article]!
      return StatementVersion(
        article: article,
        passages: result.drift.filter { !$0.isEmpty }.map { drift in
          let words = drift.first!.word..<(drift.last!.word + 1)
          let (start, end) = byteRange(of: words, in: article)
          return Passage(
            id: "", article: article, words: words, start: start, end: end, drift: drift)
        },
        fidelity: result.fidelity, flags: result.flags, omitted: result.omitted)
    }
    let speaker = SpeakerFinder(corpus: corpus).speaker(
      versions: articles.map { ($0, passages[$0]!) }, referenceArticle: chosen.article)
    let referenceIndex = articles.firstIndex(of: chosen.article)!
    return Statement(
      id: "", label: speaker ?? openingWords(of: versions[referenceIndex]), speaker: speaker,
      versions: versions, referenceIndex: referenceIndex)
  }

  /// The earliest dated version when two or more carry a date, else the most complete ones.
  private func referenceContenders(
    _ articles: [Int], _ passages: [Int: [Range<Int>]], _ completeness: [Int: Int]
  ) -> [Int] {
    func fullness(_ article: Int) -> (Int, Int) {
      (completeness[article] ?? 0, passages[article]!.reduce(0) { $0 + $1.count })
    }
    let dated = articles.compactMap { article -> (Int, String)? in
      guard let date = corpus.articles[article].date, FrontMatter.normalisedDate(date).count == 10,
        date.first?.isNumber == true
      else { return nil }
      return (article, date)
    }
    if dated.count >= 2 {
      let earliest = dated.min { $0.1 < $1.1 || ($0.1 == $1.1 && fullness($0.0) > fullness($1.0)) }!
      return [earliest.0]
    }
    let mostPieces = articles.map { fullness($0).0 }.max() ?? 0
    return Array(
      articles.filter { fullness($0).0 == mostPieces }.sorted { fullness($0) > fullness($1) }
        .prefix(Self.referenceContenders))
  }

  /// The passage's bytes: from its first word to its last, with the sentence's closing marks when
  /// the passage ends the sentence.
  private func byteRange(of words: Range<Int>, in articleIndex: Int) -> (Int, Int) {
    let article = corpus.articles[articleIndex]
    let start = article.words[words.lowerBound].start
    let last = words.upperBound - 1
    let sentence = article.sentences[Int(corpus.sentenceOfWord[articleIndex][last])]
    let end = sentence.words.upperBound - 1 == last ? sentence.end : article.words[last].end
    return (start, max(end, article.words[last].end))
  }

  private func openingWords(of version: StatementVersion) -> String {
    let article = corpus.articles[version.article]
    let words = version.passages[0].words
    let shown = words.prefix(8)
    let text = article.text(article.words[shown.first!].start..<article.words[shown.last!].end)
    return words.count > shown.count ? text + "…" : text
  }

  /// The statement with its id and its passages' ids set.
  static func numbered(_ statement: Statement, id: String) -> Statement {
    var statement = statement
    statement.id = id
    var counter = 0
    for version in statement.versions.indices {
      for passage in statement.versions[version].passages.indices {
        counter += 1
        statement.versions[version].passages[passage].id = "\(id).p\(counter)"
      }
    }
    return statement
  }
}
