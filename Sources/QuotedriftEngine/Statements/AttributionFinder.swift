/// Finds the attributions of one article's version of a statement, and which of its words stand
/// inside quotation marks.
///
/// Attributions are looked for around each passage: in the sentences it spans (so "X said" in
/// the middle of a quote and after it), in the sentence before when that sentence introduces
/// what follows with a colon (a block quote), in a short sentence after a quote that closes its
/// sentence ("“…” Porter said."), and, when the passage ends inside a quote that goes on, up to the
/// sentence where that quote closes ("“… ahead of time. It’s not going to be a surprise,” he
/// said."). A speech verb inside quotation marks is part of
/// what is quoted, not an attribution. Each attribution is resolved to a speaker: a surname to
/// the fullest form the article gives it ("Butler" = "Col. Dave Butler", "Bulter" too), a
/// description of a person ("the spokeswoman", "he") to the speaker credited before it, and
/// anything else ("a JCS press release") stands as the source it names.
struct AttributionFinder {
  let corpus: Corpus

  /// What the finder reads from one version.
  struct Reading {
    /// Attributions in reading order.
    var attributions: [Attribution]
    /// For each word of the passages, whether it is quoted.
    var quoted: QuotedWords
    /// Every word that belongs to an attribution.
    let attributionWords: Set<Int>

    init(attributions: [Attribution], quoted: QuotedWords) {
      self.attributions = attributions
      self.quoted = quoted
      attributionWords = Set(attributions.flatMap { Array($0.words) })
    }
  }

  /// Verbs after which a name may stand: "said Butler", "says the report".
  static let invertibleVerbs: Set<String> = [
    "said", "says", "added", "adds", "continued", "wrote", "writes", "noted", "explained",
    "stated", "insisted", "argued", "declared", "remarked",
  ]

  /// Words that may stand between a speaker and the verb: "Butler is claiming", "he allegedly
  /// said".
  static let auxiliaries: Set<String> = [
    "allegedly", "reportedly", "also", "moreover", "further", "later", "then", "has", "have",
    "had", "is", "was", "were", "are", "again", "once",
  ]

  /// Words that open a description: "the report", "a JCS press release", "his spokesman".
  static let determiners: Set<String> = [
    "the", "a", "an", "his", "her", "its", "their", "this", "that",
  ]

  /// Pronouns a speaker may be credited with.
  static let pronouns: Set<String> = ["he", "she", "they"]

  /// Nouns that describe a person, whom a description resolves to the speaker named before.
  static let personNouns: Set<String> = [
    "spokesperson", "spokeswoman", "spokesman", "official", "officer", "aide", "adviser",
    "advisor", "secretary", "minister", "chairman", "chairwoman", "chief", "general", "colonel",
    "admiral", "senator", "president", "director", "commander", "representative", "spokespeople",
  ]

  /// Nouns for documents and groups that may be credited without a determiner ("anonymous
  /// reports say").
  static let sourceNouns: Set<String> = [
    "report", "reports", "statement", "statements", "release", "sources", "officials", "records",
  ]

  /// The longest description read.
  static let descriptionWords = 6

  /// The longest sentence after a quote read as its attribution.
  static let trailingAttributionWords = 12

  /// How many sentences a quote the passage ends in is followed to where it closes.
  static let quoteContinuationSentences = 3

  private var names: SpeakerFinder { SpeakerFinder(corpus: corpus) }

  /// The attributions and quoted words of the version `passages` of article `articleIndex`.
  func read(article articleIndex: Int, passages: [Range<Int>]) -> Reading {
    let article = corpus.articles[articleIndex]
    let sentenceOf = corpus.sentenceOfWord[articleIndex]
    var sentences: [Int] = []
    var introductions: [Int: Int] = [:]
    for passage in passages where !passage.isEmpty {
      let first = Int(sentenceOf[passage.lowerBound])
      let last = Int(sentenceOf[passage.upperBound - 1])
      if first > 0, names.introducesQuote(sentence: first - 1, in: article) {
        sentences.append(first - 1)
        introductions[first - 1] = first
      }
      sentences += Array(first...last)
      sentences += following(last, of: passage, in: articleIndex)
    }
    sentences = Array(Set(sentences)).sorted()
    let scannedWords = sentences.flatMap { Array(article.sentences[$0].words) }
    var quoted = corpus.quoted(scannedWords, article: articleIndex)
    var spans: [Range<Int>] = []
    for sentence in sentences {
      spans += clauses(in: article.sentences[sentence].words, of: articleIndex) {
        quoted[$0] != true
      }
    }
    spans = merged(spans)
    // A block quote: the passage opens a paragraph after a sentence that credits it with a colon.
    for (introduction, first) in introductions {
      let words = article.sentences[introduction].words
      let opensParagraph =
        article.sentences[first].paragraph != article.sentences[introduction].paragraph
      guard opensParagraph, spans.contains(where: { words.contains($0.lowerBound) }) else {
        continue
      }
      for passage in passages where passage.contains(article.sentences[first].words.lowerBound) {
        let last = article.sentences[Int(sentenceOf[passage.upperBound - 1])].words.upperBound
        for word in passage.lowerBound..<last { quoted[word] = true }
      }
    }
    let attributions = spans.map { resolve($0, in: articleIndex) }
    return Reading(attributions: attributions, quoted: quoted)
  }

  /// The sentences after `last` (the passage's last sentence) that may credit it: a short one
  /// after a closing quotation mark, or, when the passage ends inside a quote that goes on, the
  /// sentences up to the one that closes it.
  private func following(_ last: Int, of passage: Range<Int>, in articleIndex: Int) -> [Int] {
    let article = corpus.articles[articleIndex]
    let sameParagraph = { (sentence: Int) in
      sentence < article.sentences.count
        && article.sentences[sentence].paragraph == article.sentences[last].paragraph
    }
    if endsWithQuotationMark(article.sentences[last], in: article) {
      let next = last + 1
      return sameParagraph(next)
        && article.sentences[next].words.count <= Self.trailingAttributionWords ? [next] : []
    }
    let lastWord = passage.upperBound - 1
    guard corpus.isQuoted(article: articleIndex, word: lastWord) else { return [] }
    let paragraphStart =
      article.sentences.first { $0.paragraph == article.sentences[last].paragraph }!.start
    var result: [Int] = []
    var sentence = last + 1
    while sameParagraph(sentence), result.count < Self.quoteContinuationSentences {
      result.append(sentence)
      let end = article.sentences[sentence].end
      let depth = QuotationMarks.depth(in: article.bytes, from: paragraphStart, to: end, at: end)
      if depth == 0 { break }
      sentence += 1
    }
    return result
  }

  /// The sentence's last byte is a closing quotation mark.
  private func endsWithQuotationMark(_ sentence: Sentence, in article: Article) -> Bool {
    let tail = article.bytes[max(sentence.start, sentence.end - 3)..<sentence.end]
    return tail.last == UInt8(ascii: "\"") || tail.elementsEqual([0xE2, 0x80, 0x9D])
      || tail.suffix(2).elementsEqual([0xC2, 0xBB])
  }

  /// The attribution spans of one sentence: each speech verb (where `counts` allows) with the
  /// name or description it credits.
  func clauses(in range: Range<Int>, of articleIndex: Int, counts: (Int) -> Bool) -> [Range<Int>] {
    let article = corpus.articles[articleIndex]
    let terms = corpus.terms[articleIndex]
    let isSpeechVerb = corpus.vocabulary.isSpeechVerb
    var spans: [Range<Int>] = []
    for verb in range where isSpeechVerb[Int(terms[verb])] && counts(verb) {
      if let span = clause(at: verb, within: range, of: article) { spans.append(span) }
    }
    return merged(spans)
  }

  /// The words that credit the speech verb at `verb`, the verb included.
  private func clause(at verb: Int, within range: Range<Int>, of article: Article) -> Range<Int>? {
    if article.norm(ofWord: verb) == "according" {
      let target = verb + 2
      guard target < range.upperBound, article.norm(ofWord: verb + 1) == "to" else { return nil }
      if let name = names.nameRun(startingAt: target, in: article, within: range) {
        return verb..<name.upperBound
      }
      return description(startingAt: target, within: range, of: article).map {
        verb..<$0.upperBound
      }
    }
    var subject = verb - 1
    while subject >= range.lowerBound, verb - subject <= 3,
      Self.auxiliaries.contains(article.norm(ofWord: subject)),
      !names.hasPunctuation(between: subject, and: subject + 1, in: article)
    {
      subject -= 1
    }
    if subject >= range.lowerBound,
      !names.hasPunctuation(between: subject, and: subject + 1, in: article)
    {
      if let name = names.nameRun(endingAt: subject, in: article, within: range) {
        return name.lowerBound..<(verb + 1)
      }
      if Self.pronouns.contains(article.norm(ofWord: subject)) { return subject..<(verb + 1) }
      if let phrase = description(endingAt: subject, within: range, of: article) {
        return phrase.lowerBound..<(verb + 1)
      }
    }
    let follows =
      verb + 1 < range.upperBound
      && !names.hasPunctuation(between: verb, and: verb + 1, in: article)
    if Self.invertibleVerbs.contains(article.norm(ofWord: verb)), follows {
      if let name = names.nameRun(startingAt: verb + 1, in: article, within: range) {
        return verb..<name.upperBound
      }
      if Self.determiners.contains(article.norm(ofWord: verb + 1)),
        let phrase = description(startingAt: verb + 1, within: range, of: article)
      {
        return verb..<phrase.upperBound
      }
    }
    if let name = names.appositiveSubject(before: verb, in: article, within: range) {
      return name.lowerBound..<(verb + 1)
    }
    return nil
  }

  /// A description from `start` on: words up to the next punctuation, at most
  /// ``descriptionWords``.
  private func description(startingAt start: Int, within range: Range<Int>, of article: Article)
    -> Range<Int>?
  {
    guard range.contains(start), !article.words[start].isNumeric else { return nil }
    var end = start + 1
    while end < range.upperBound, end - start < Self.descriptionWords,
      !names.hasPunctuation(between: end - 1, and: end, in: article)
    {
      end += 1
    }
    return start..<end
  }

  /// A description ending at `end`, read back to a determiner or a possessive ("the report",
  /// "Milley’s spokesperson"), or a source noun with what qualifies it ("anonymous reports").
  private func description(endingAt end: Int, within range: Range<Int>, of article: Article)
    -> Range<Int>?
  {
    let words = article.words
    var start = end
    while start >= range.lowerBound, end - start < Self.descriptionWords {
      let norm = article.norm(ofWord: start)
      if Self.determiners.contains(norm) || (norm.hasSuffix("'s") && start < end) {
        return start..<(end + 1)
      }
      if WordLists.functionWords.contains(norm) || words[start].isNumeric { break }
      guard start > range.lowerBound,
        !names.hasPunctuation(between: start - 1, and: start, in: article)
      else {
        return Self.sourceNouns.contains(article.norm(ofWord: end)) ? start..<(end + 1) : nil
      }
      start -= 1
    }
    return nil
  }

  /// Overlapping spans made one.
  private func merged(_ spans: [Range<Int>]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = result.last, span.lowerBound < last.upperBound {
        result[result.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
      } else {
        result.append(span)
      }
    }
    return result
  }

  /// The attribution `span` resolved to its speaker.
  private func resolve(_ span: Range<Int>, in articleIndex: Int) -> Attribution {
    let article = corpus.articles[articleIndex]
    let start = article.words[span.lowerBound].start
    let end = article.words[span.upperBound - 1].end
    if let name = nameIn(span, of: article) {
      return Attribution(
        speaker: speaker(named: name, in: articleIndex), kind: .name, words: span, start: start,
        end: end)
    }
    // The description without the verb and its particles at either end.
    let isVerbal = { (word: Int) in
      let norm = article.norm(ofWord: word)
      return SpeakerFinder.speechVerbs.contains(norm) || Self.auxiliaries.contains(norm)
        || norm == "to"
    }
    var phrase = span
    while let first = phrase.first, isVerbal(first) { phrase = phrase.dropFirst() }
    while let last = phrase.last, isVerbal(last) { phrase = phrase.dropLast() }
    let pronoun = phrase.contains { Self.pronouns.contains(article.norm(ofWord: $0)) }
    let person = phrase.contains { Self.personNouns.contains(article.norm(ofWord: $0)) }
    if pronoun || person,
      let earlier = speakerCredited(before: span.lowerBound, in: articleIndex, nearby: pronoun)
    {
      return Attribution(speaker: earlier, kind: .description, words: span, start: start, end: end)
    }
    let shown =
      phrase.first.map {
        article.text(article.words[$0].start..<article.words[phrase.last!].end)
      } ?? article.text(start..<end)
    return Attribution(speaker: shown, kind: .source, words: span, start: start, end: end)
  }

  /// The name run an attribution span holds, if any: not a possessive ("Milley’s spokesperson"),
  /// nor capitals inside a description ("a JCS press release").
  private func nameIn(_ span: Range<Int>, of article: Article) -> Range<Int>? {
    for index in span where names.isName(index, article) {
      let described =
        index > span.lowerBound && Self.determiners.contains(article.norm(ofWord: index - 1))
      guard !described, let run = names.nameRun(startingAt: index, in: article, within: span)
      else { return nil }
      return article.norm(ofWord: run.upperBound - 1).hasSuffix("'s") ? nil : run
    }
    return nil
  }

  /// The fullest form of the name `run` in its article, a misspelt surname read as the spelling
  /// the article uses most.
  private func speaker(named run: Range<Int>, in articleIndex: Int) -> String {
    let article = corpus.articles[articleIndex]
    let surname = article.norm(ofWord: run.upperBound - 1)
    var counts: [String: Int] = [:]
    for index in article.words.indices where names.isName(index, article) {
      let norm = article.norm(ofWord: index)
      if Self.similarSurnames(norm, surname) { counts[norm, default: 0] += 1 }
    }
    let spelling =
      counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
      ?? surname
    return names.fullestMention(of: spelling, in: articleIndex)
      ?? article.text(article.words[run.lowerBound].start..<article.words[run.upperBound - 1].end)
  }

  /// The speaker of the last name attribution before word `word`: in the article, or only in its
  /// paragraph and the one before when `nearby` (a pronoun).
  private func speakerCredited(before word: Int, in articleIndex: Int, nearby: Bool) -> String? {
    let article = corpus.articles[articleIndex]
    let current = Int(corpus.sentenceOfWord[articleIndex][word])
    let paragraph = article.sentences[current].paragraph
    for sentence in stride(from: current, through: 0, by: -1) {
      if nearby && article.sentences[sentence].paragraph < paragraph - 1 { break }
      let range = article.sentences[sentence].words
      let spans = clauses(in: range, of: articleIndex) { $0 < word }
      for span in spans.reversed() where span.upperBound <= word {
        if let name = nameIn(span, of: article) { return speaker(named: name, in: articleIndex) }
      }
    }
    return nil
  }

  /// Surnames that are the same up to one typo: one letter changed, added, dropped, or two
  /// neighbours swapped ("Bulter" for "Butler"), for names of five letters or more.
  static func similarSurnames(_ first: String, _ second: String) -> Bool {
    if first == second { return true }
    let a = Array(first)
    let b = Array(second)
    guard min(a.count, b.count) >= 5, abs(a.count - b.count) <= 1 else { return false }
    var prefix = 0
    while prefix < min(a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < min(a.count, b.count) - prefix
      && a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
    {
      suffix += 1
    }
    let restA = a.count - prefix - suffix
    let restB = b.count - prefix - suffix
    if restA <= 1 && restB <= 1 { return true }
    return restA == 2 && restB == 2 && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
  }
}
