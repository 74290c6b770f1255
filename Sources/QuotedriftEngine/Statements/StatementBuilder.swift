/// Makes a ``Statement`` from each article's passages: reads each version's attributions and
/// quotation marks, chooses the reference (carried on to whole sentences), collates every version
/// against it, finds the speaker and the label, and flags misattributions and misquotes.
///
/// The reference is the earliest version when two or more versions carry a date; otherwise the
/// most complete version (the one that carries the most pieces of the statement), and among equally
/// complete ones a direct quotation before a partial one before a paraphrase, then the least
/// drifted: the one the other versions keep most of, verbatim.
///
/// A version is flagged `attribution` when it credits, by name or a resolved description, someone
/// other than the reference's speaker (the first person the reference credits, else the
/// statement's speaker).
struct StatementBuilder {
  let corpus: Corpus
  let similarity: WordSimilarity
  let settings: MatchingSettings

  /// How many of the most complete versions compete on drift for the reference.
  static let referenceContenders = 3

  /// How strongly a contender's quotation speaks for it as the reference.
  static let quotationRank: [Quotation: Int] = [.direct: 2, .partial: 1, .none: 0]

  /// The statement of `passages`, its reference `reference` (for `basis`) when given.
  func statement(
    passages: [Int: [Range<Int>]], completeness: [Int: Int], reference: Int?,
    basis chosenBasis: ReferenceBasis = .chosen
  ) -> Statement {
    let articles = passages.keys.sorted()
    let collator = Collator(corpus: corpus, similarity: similarity, settings: settings)
    let finder = AttributionFinder(corpus: corpus)
    var readings: [Int: AttributionFinder.Reading] = [:]
    for article in articles {
      readings[article] = finder.read(article: article, passages: passages[article]!)
    }
    let (contenders, basis) =
      reference.map { ([$0], chosenBasis) }
      ?? referenceContenders(articles, passages, completeness)
    func collated(against contender: Int, passages contenderPassages: [Range<Int>]) -> (
      run: Collator.Reference, results: [Int: Collator.Result], centrality: Double
    ) {
      let run = Collator.Reference(
        article: contender, passages: contenderPassages, corpus: corpus,
        excluding: readings[contender]!.attributionWords)
      var results: [Int: Collator.Result] = [:]
      var centrality = 0.0
      for article in articles where article != contender {
        let result = collator.collate(
          article: article, passages: passages[article]!, against: run,
          attributionWords: readings[article]!.attributionWords)
        results[article] = result
        centrality += result.verbatim
      }
      return (run, results, centrality)
    }
    // A contender that quotes the statement wins over one that quotes it in part, which wins
    // over a paraphrase; among equals, the least drifted.
    // The quotation is read without collating, so only the contenders of the best quotation
    // are collated to be told apart.
    let quotationRanks = contenders.map { contender -> Int in
      let reading = readings[contender]!
      let own = passages[contender]!.joined().filter { !reading.attributionWords.contains($0) }
      let quotation = Quotation.of(
        quoted: own.filter { reading.quoted[$0] == true }.count, total: own.count)
      return Self.quotationRank[quotation]!
    }
    let bestQuotation = quotationRanks.max() ?? 0
    var best: (article: Int, results: [Int: Collator.Result], rank: (Int, Double))?
    for (contender, quotationRank) in zip(contenders, quotationRanks)
    where quotationRank == bestQuotation {
      // A contender must keep more than the best one so far: one that cannot is not collated.
      if let best,
        centralityBound(
          of: contender, passages: passages, articles: articles,
          excluding: readings[contender]!.attributionWords) <= best.rank.1
      {
        continue
      }
      let (_, results, centrality) = collated(against: contender, passages: passages[contender]!)
      let rank = (quotationRank, centrality)
      if best == nil || rank > best!.rank { best = (contender, results, rank) }
    }
    // The chosen reference is carried on to whole sentences, and the versions collated again
    // when that adds words.
    var chosen = (
      article: best!.article, passages: passages[best!.article]!, results: best!.results
    )
    let whole = wholeSentences(
      chosen.passages, article: chosen.article, reading: readings[chosen.article]!)
    let run: Collator.Reference
    if whole != chosen.passages {
      let again = collated(against: chosen.article, passages: whole)
      chosen.passages = whole
      chosen.results = again.results
      run = again.run
    } else {
      run = Collator.Reference(
        article: chosen.article, passages: whole, corpus: corpus,
        excluding: readings[chosen.article]!.attributionWords)
    }
    chosen.results[chosen.article] = Collator.referenceItself(
      chosen.passages, attributionWords: readings[chosen.article]!.attributionWords)
    let speaker = SpeakerFinder(corpus: corpus).speaker(
      versions: articles.map { ($0, passages[$0]!) }, referenceArticle: chosen.article)
    let referenceAttribution = readings[chosen.article]!.attributions.first { $0.kind != .source }
    let referenceSpeaker = referenceAttribution?.speaker ?? speaker
    let misquotes = MisquoteFinder(corpus: corpus)
    var versions = articles.map { article in
      let result = chosen.results[article]!
      let reading = readings[article]!
      var flagged = result.flagged
      if article != chosen.article {
        flagged += [
          misattribution(reading.attributions, referenceSpeaker: referenceSpeaker),
          misquotes.misquote(
            drift: result.drift, omitted: result.omitted, article: article,
            quoted: reading.quoted, reference: run),
        ].compactMap { $0 }
      }
      let own = result.drift.joined().filter { $0.kind != .attribution }
      return StatementVersion(
        article: article,
        passages: result.drift.filter { !$0.isEmpty }.map { drift in
          let drift = drift.map { word in
            var word = word
            word.quoted = reading.quoted[word.word] == true
            return word
          }
          let words = drift.first!.word..<(drift.last!.word + 1)
          let (start, end) = byteRange(of: words, in: article)
          return Passage(
            id: "", article: article, words: words, start: start, end: end, drift: drift,
            pieces: pieces(of: drift, start: start, end: end, article: article, reading: reading))
        },
        kept: result.kept, exact: result.exact, flagged: flagged.sorted { $0.flag < $1.flag },
        omitted: result.omitted,
        quotation: Quotation.of(
          quoted: own.filter { reading.quoted[$0.word] == true }.count, total: own.count),
        attributions: reading.attributions)
    }
    let referenceIndex = articles.firstIndex(of: chosen.article)!
    if let referenceWords = span(of: versions[referenceIndex]) {
      for index in versions.indices where index != referenceIndex {
        guard let words = span(of: versions[index]) else { continue }
        versions[index].sameStatement = ParaphraseModel.probability(
          words, of: versions[index].article, referenceWords, of: chosen.article, corpus: corpus,
          similarity: similarity)
      }
    }
    return Statement(
      id: "", label: speaker ?? openingWords(of: versions[referenceIndex]), speaker: speaker,
      versions: versions, referenceIndex: referenceIndex, referenceBasis: basis)
  }

  /// The words of the sentences a version's passages lie in, from the first to the last, when
  /// the paraphrase model can judge them: it was fitted on whole sentences, so it judges what
  /// the outlet's sentences say against the reference's, and a longer version gets no verdict.
  private func span(of version: StatementVersion) -> Range<Int>? {
    guard let first = version.passages.first, let last = version.passages.last else { return nil }
    let article = corpus.articles[version.article]
    let owners = corpus.sentenceOfWord[version.article]
    let start = article.sentences[Int(owners[first.words.lowerBound])].words.lowerBound
    let end = article.sentences[Int(owners[last.words.upperBound - 1])].words.upperBound
    return end - start <= ParaphraseModel.maximumWords ? start..<end : nil
  }

  /// The attribution flag of a version crediting `attributions`: the words of those that name
  /// someone other than `referenceSpeaker`. Unnamed sources raise none.
  private func misattribution(_ attributions: [Attribution], referenceSpeaker: String?)
    -> FlaggedWords?
  {
    guard let referenceSpeaker else { return nil }
    let others = attributions.filter {
      $0.kind != .source && !Attribution.sameSpeaker($0.speaker, referenceSpeaker)
    }
    guard !others.isEmpty else { return nil }
    return FlaggedWords(flag: .attribution, words: others.flatMap { Array($0.words) })
  }

  /// A reference's passages, each carried on to the end of its sentence: a statement is whole
  /// sentences. The extension stops where the quote the passage ends in closes, at an
  /// attribution ("…, Butler said"), at a noise sentence's words and at the next passage.
  private func wholeSentences(
    _ passages: [Range<Int>], article: Int, reading: AttributionFinder.Reading
  ) -> [Range<Int>] {
    let attributionWords = reading.attributionWords
    return passages.enumerated().map { index, passage in
      guard let last = passage.last else { return passage }
      let sentence = corpus.articles[article].sentences[Int(corpus.sentenceOfWord[article][last])]
      let limit = min(
        sentence.words.upperBound,
        index + 1 < passages.count ? passages[index + 1].lowerBound : Int.max)
      let quoted = reading.quoted[last] ?? false
      var end = passage.upperBound
      while end < limit, !attributionWords.contains(end), (reading.quoted[end] ?? false) == quoted,
        !corpus.isNoise(article: article, word: end)
      {
        end += 1
      }
      return passage.lowerBound..<end
    }
  }

  /// A passage's words paragraph by paragraph, each piece with its quotation.
  private func pieces(
    of drift: [WordDrift], start: Int, end: Int, article articleIndex: Int,
    reading: AttributionFinder.Reading
  ) -> [PassagePiece] {
    let article = corpus.articles[articleIndex]
    let paragraph = { (word: Int) in
      article.sentences[Int(self.corpus.sentenceOfWord[articleIndex][word])].paragraph
    }
    var groups: [[WordDrift]] = []
    for word in drift {
      if let previous = groups.last?.last, paragraph(previous.word) == paragraph(word.word) {
        groups[groups.count - 1].append(word)
      } else {
        groups.append([word])
      }
    }
    return groups.enumerated().map { index, group in
      let own = group.filter { $0.kind != .attribution }
      return PassagePiece(
        words: group.first!.word..<(group.last!.word + 1),
        start: index == 0 ? start : article.words[group.first!.word].start,
        end: index == groups.count - 1 ? end : article.words[group.last!.word].end,
        quotation: Quotation.of(
          quoted: own.filter { reading.quoted[$0.word] == true }.count, total: own.count))
    }
  }

  /// The most centrality `contender` can have as the reference (the sum, over the other
  /// versions, of the share of its words each keeps verbatim; see ``Collator/Result/verbatim``):
  /// a reference word is kept verbatim only by a version word of the same form, each version word
  /// keeps one at most, so a version keeps no more of a form than both hold. Summed in the order
  /// the centrality is, so that the bound is never below it, however the doubles round.
  private func centralityBound(
    of contender: Int, passages: [Int: [Range<Int>]], articles: [Int], excluding: Set<Int>
  ) -> Double {
    let referenceTerms = corpus.terms[contender]
    var reference = passages[contender]!.joined().filter { !excluding.contains($0) }.map {
      referenceTerms[$0]
    }
    reference.sort()
    var bound = 0.0
    for article in articles where article != contender {
      let terms = corpus.terms[article]
      var version = passages[article]!.joined().map { terms[$0] }
      version.sort()
      bound +=
        reference.isEmpty
        ? 1 : Double(reference.commonCount(withSorted: version)) / Double(reference.count)
    }
    return bound
  }

  /// The earliest dated version when two or more carry a date, else the most complete ones; and
  /// which of the two it is.
  private func referenceContenders(
    _ articles: [Int], _ passages: [Int: [Range<Int>]], _ completeness: [Int: Int]
  ) -> ([Int], ReferenceBasis) {
    func fullness(_ article: Int) -> (Int, Int) {
      (completeness[article] ?? 0, passages[article]!.reduce(0) { $0 + $1.count })
    }
    // Dates as ISO 8601 ("September 14, 2021" is 2021-09-14), so they compare as dates.
    let dated = articles.compactMap { article -> (Int, String)? in
      corpus.articles[article].date.flatMap(ISODate.normalised).map { (article, $0) }
    }
    if dated.count >= 2 {
      let earliest = dated.min { $0.1 < $1.1 || ($0.1 == $1.1 && fullness($0.0) > fullness($1.0)) }!
      return ([earliest.0], .earliest)
    }
    let mostPieces = articles.map { fullness($0).0 }.max() ?? 0
    let complete = articles.filter { fullness($0).0 == mostPieces }.sorted {
      fullness($0) > fullness($1)
    }
    return (Array(complete.prefix(Self.referenceContenders)), .mostComplete)
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
