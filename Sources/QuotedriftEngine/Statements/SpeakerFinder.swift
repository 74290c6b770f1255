/// Finds who a statement is attributed to, from the words around each version: "Butler said",
/// "said Butler", "according to Butler", "Colonel Dave Butler, a spokesperson …, said", or a
/// sentence ending in a colon that introduces the statement ("Col. Dave Butler said in a
/// statement:"). The surname most versions name wins, shown in its fullest form with a title.
struct SpeakerFinder {
  let corpus: Corpus

  /// Verbs and phrases that attribute speech.
  static let speechVerbs: Set<String> = [
    "said", "says", "say", "added", "adds", "stated", "states", "continued", "told", "noted",
    "explained", "wrote", "writes", "insisted", "argued", "claimed", "claiming", "claims",
    "remarked", "declared", "announced", "confirmed", "according", "saying",
  ]

  /// Words that precede a name as its title or rank.
  static let titles: Set<String> = [
    "col", "colonel", "gen", "general", "sen", "senator", "president", "secretary", "dr", "mr",
    "ms", "mrs", "lt", "lieutenant", "sgt", "sergeant", "adm", "admiral", "rep",
    "representative", "gov", "governor", "capt", "captain", "maj", "major", "prof", "professor",
  ]

  /// The speaker of a statement whose versions are `versions` (article, passages); the reference
  /// article's spelling of the name is preferred.
  func speaker(versions: [(article: Int, passages: [Range<Int>])], referenceArticle: Int)
    -> String?
  {
    var votes: [String: Set<Int>] = [:]
    for version in versions {
      for name in attributedNames(article: version.article, passages: version.passages) {
        votes[surnameKey(name, article: version.article), default: []].insert(version.article)
      }
    }
    guard
      let (surname, _) = votes.max(by: {
        $0.value.count < $1.value.count || ($0.value.count == $1.value.count && $0.key > $1.key)
      })
    else { return nil }
    let searchOrder = [referenceArticle] + versions.map(\.article).filter { $0 != referenceArticle }
    for article in searchOrder {
      if let form = fullestMention(of: surname, in: article) { return form }
    }
    return nil
  }

  private func surnameKey(_ name: Range<Int>, article: Int) -> String {
    corpus.articles[article].norm(ofWord: name.upperBound - 1)
  }

  /// Name runs attributed by speech verbs in or around the passages.
  private func attributedNames(article: Int, passages: [Range<Int>]) -> [Range<Int>] {
    let content = corpus.articles[article]
    var scanned: [Range<Int>] = []
    for passage in passages {
      let sentences = corpus.sentenceOfWord[article]
      let firstSentence = Int(sentences[passage.lowerBound])
      let lastSentence = Int(sentences[passage.upperBound - 1])
      scanned.append(
        content.sentences[firstSentence].words
          .lowerBound..<content.sentences[lastSentence].words.upperBound)
      if firstSentence > 0, introducesQuote(sentence: firstSentence - 1, in: content) {
        scanned.append(content.sentences[firstSentence - 1].words)
      }
    }
    var names: [Range<Int>] = []
    let terms = corpus.terms[article]
    let isSpeechVerb = corpus.vocabulary.isSpeechVerb
    for range in scanned {
      for index in range where isSpeechVerb[Int(terms[index])] {
        if content.norm(ofWord: index) == "according" {
          if index + 2 < range.upperBound,
            let name = nameRun(startingAt: index + 2, in: content, within: range)
          {
            names.append(name)
          }
          continue
        }
        if let name = nameRun(endingAt: index - 1, in: content, within: range) {
          names.append(name)
        } else if let name = nameRun(startingAt: index + 1, in: content, within: range) {
          names.append(name)
        } else if let name = appositiveSubject(before: index, in: content, within: range) {
          names.append(name)
        }
      }
    }
    return names
  }

  /// The sentence ends with a colon: it introduces what follows.
  func introducesQuote(sentence: Int, in article: Article) -> Bool {
    let end = article.sentences[sentence].end
    var offset = end
    while offset < article.bytes.count, article.bytes[offset] == 0x20 { offset += 1 }
    return offset < article.bytes.count && article.bytes[offset] == 0x3A
      || (end > 0 && article.bytes[end - 1] == 0x3A)
  }

  func nameRun(endingAt end: Int, in article: Article, within range: Range<Int>) -> Range<
    Int
  >? {
    guard range.contains(end), isName(end, article) else { return nil }
    var start = end
    while start - 1 >= range.lowerBound, isName(start - 1, article),
      !hasPunctuation(between: start - 1, and: start, in: article)
    {
      start -= 1
    }
    return trimmed(start..<(end + 1), in: article)
  }

  func nameRun(startingAt start: Int, in article: Article, within range: Range<Int>)
    -> Range<Int>?
  {
    guard range.contains(start), isName(start, article) else { return nil }
    var end = start + 1
    while end < range.upperBound, isName(end, article),
      !hasPunctuation(between: end - 1, and: end, in: article)
    {
      end += 1
    }
    return trimmed(start..<end, in: article)
  }

  /// "Colonel Dave Butler, a spokesperson for the Joint Staff, said": the name that opens the
  /// clause, followed by a comma.
  func appositiveSubject(before verb: Int, in article: Article, within range: Range<Int>)
    -> Range<Int>?
  {
    let start = max(range.lowerBound, verb - 15)
    for index in start..<verb where isName(index, article) {
      var end = index + 1
      while end < verb, isName(end, article),
        !hasPunctuation(between: end - 1, and: end, in: article)
      {
        end += 1
      }
      let followedByComma =
        end < article.words.count && article.bytes[article.words[end - 1].end] == 0x2C
      let opensClause =
        index == range.lowerBound || hasPunctuation(between: index - 1, and: index, in: article)
      if followedByComma && opensClause { return trimmed(index..<end, in: article) }
      return nil
    }
    return nil
  }

  func isName(_ index: Int, _ article: Article) -> Bool {
    let word = article.words[index]
    guard word.isCapitalized, !word.isNumeric else { return false }
    let norm = article.norm(ofWord: index)
    return !WordLists.functionWords.contains(norm) && !Self.speechVerbs.contains(norm)
      && !WordLists.attributionWords.contains(norm)
  }

  func hasPunctuation(between first: Int, and second: Int, in article: Article) -> Bool {
    let gap = article.bytes[article.words[first].end..<article.words[second].start]
    return gap.contains { $0 != 0x20 && $0 != 0x2E }
  }

  /// From the last title on ("Joint Staff Spokesperson Col. Dave Butler" → "Col. Dave Butler"),
  /// else the last three words.
  private func trimmed(_ run: Range<Int>, in article: Article) -> Range<Int>? {
    guard !run.isEmpty else { return nil }
    if let title = run.last(where: { Self.titles.contains(article.norm(ofWord: $0)) }),
      title < run.upperBound - 1
    {
      return title..<run.upperBound
    }
    let start = max(run.lowerBound, run.upperBound - 3)
    return start..<run.upperBound
  }

  /// The longest attributed-style mention of `surname` in an article, title included.
  func fullestMention(of surname: String, in articleIndex: Int) -> String? {
    let article = corpus.articles[articleIndex]
    var best: Range<Int>?
    for index in article.words.indices
    where article.words[index].isCapitalized && article.norm(ofWord: index) == surname
      && isName(index, article)
    {
      let sentence = article.sentences[Int(corpus.sentenceOfWord[articleIndex][index])].words
      guard let run = nameRun(endingAt: index, in: article, within: sentence) else { continue }
      let hasTitle = Self.titles.contains(article.norm(ofWord: run.lowerBound))
      let bestHasTitle =
        best.map { Self.titles.contains(article.norm(ofWord: $0.lowerBound)) } ?? false
      if best == nil || (hasTitle && !bestHasTitle)
        || (hasTitle == bestHasTitle && run.count > best!.count)
      {
        best = run
      }
    }
    return best.map {
      article.text(article.words[$0.lowerBound].start..<article.words[$0.upperBound - 1].end)
    }
  }
}
