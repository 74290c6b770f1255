/// A quote that a reporter interrupts stays one version: when the words just after (or just
/// before) a matched passage continue, in both articles, with the same quoted words, those words
/// are linked too, although they are too short to match on their own and a reporter's sentence
/// or an attribution stands between them in one article:
///
///     “… I’ll call you ahead of time if we’re about to attack. According to the writers, Milley
///     informed Li in one of their discussions, “It’s not going to be a surprise.”
///     “… I’m going to call you ahead of time. It’s not going to be a surprise,” he allegedly said.
///
/// A continuation is a run of at least ``minimumRun`` identical words holding a content word,
/// inside quotation marks in both articles, starting within ``window`` words of the passage's
/// end in each (ending within ``window`` words of its start, before it). The new links are
/// continued in turn, so a quote broken twice stays whole.
struct QuoteContinuation {
  /// Words after a passage's end (or before its start) where a continuation may begin.
  static let window = 20
  /// Identical words a continuation needs.
  static let minimumRun = 4
  /// Rounds of continuing the links found in the round before.
  static let maximumRounds = 4

  let corpus: Corpus

  /// The links that continue `links`, and those that continue them in turn.
  func links(continuing links: [PassageLink]) -> [PassageLink] {
    var quoted: [Int: [Bool]] = [:]
    func isQuoted(_ article: Int) -> [Bool] {
      if let known = quoted[article] { return known }
      let words = corpus.articles[article].words
      let marks = QuotationMarks.quoted(
        Array(words.indices), in: corpus.articles[article], corpus: corpus, articleIndex: article)
      let result = words.indices.map { marks[$0] ?? false }
      quoted[article] = result
      return result
    }
    var covered = Set<[Int]>()
    for link in links {
      covered.insert([link.firstArticle, link.firstWords.lowerBound, link.secondArticle])
    }
    var found: [PassageLink] = []
    var round = links
    for _ in 0..<Self.maximumRounds {
      var next: [PassageLink] = []
      for link in round {
        let a = link.firstArticle
        let b = link.secondArticle
        let quotedA = isQuoted(a)
        let quotedB = isQuoted(b)
        for forward in [true, false] {
          guard
            let run = continuation(
              of: link, forward: forward, quotedA: quotedA, quotedB: quotedB),
            covered.insert([a, run.first.lowerBound, b]).inserted
          else { continue }
          let content = run.first.count { corpus.isContent(article: a, word: $0) }
          next.append(
            PassageLink(
              firstArticle: a, firstWords: run.first, secondArticle: b, secondWords: run.second,
              score: Float(content), sentenceShare: 1, isContinuation: true))
        }
      }
      found += next
      round = next
      if next.isEmpty { break }
    }
    return found
  }

  /// The closest run of identical quoted words after the link's ends (`forward`) or before its
  /// starts, in both articles.
  private func continuation(
    of link: PassageLink, forward: Bool, quotedA: [Bool], quotedB: [Bool]
  ) -> (first: Range<Int>, second: Range<Int>)? {
    let termsA = corpus.terms[link.firstArticle]
    let termsB = corpus.terms[link.secondArticle]
    let startsA: [Int]
    let startsB: [Int]
    if forward {
      startsA = Array(
        link.firstWords.upperBound..<min(termsA.count, link.firstWords.upperBound + Self.window))
      startsB = Array(
        link.secondWords.upperBound..<min(termsB.count, link.secondWords.upperBound + Self.window))
    } else {
      startsA = Array(
        max(
          0, link.firstWords.lowerBound - Self.window - Self.minimumRun)..<link.firstWords
          .lowerBound)
      startsB = Array(
        max(
          0, link.secondWords.lowerBound - Self.window - Self.minimumRun)..<link.secondWords
          .lowerBound)
    }
    var best: (first: Range<Int>, second: Range<Int>, distance: Int)?
    for i in startsA {
      for j in startsB where termsA[i] == termsB[j] && quotedA[i] && quotedB[j] {
        // Only maximal runs: the words before must differ.
        if i > 0, j > 0, termsA[i - 1] == termsB[j - 1], quotedA[i - 1], quotedB[j - 1] {
          continue
        }
        var length = 0
        while i + length < termsA.count, j + length < termsB.count,
          termsA[i + length] == termsB[j + length], quotedA[i + length], quotedB[j + length]
        {
          length += 1
        }
        guard length >= Self.minimumRun else { continue }
        let first = i..<(i + length)
        let second = j..<(j + length)
        if !forward
          && (first.upperBound > link.firstWords.lowerBound
            || second.upperBound > link.secondWords.lowerBound
            || link.firstWords.lowerBound - first.upperBound > Self.window
            || link.secondWords.lowerBound - second.upperBound > Self.window)
        {
          continue
        }
        guard first.contains(where: { corpus.isContent(article: link.firstArticle, word: $0) })
        else { continue }
        let distance =
          forward
          ? (i - link.firstWords.upperBound) + (j - link.secondWords.upperBound)
          : (link.firstWords.lowerBound - first.upperBound)
            + (link.secondWords.lowerBound - second.upperBound)
        if best == nil || distance < best!.distance { best = (first, second, distance) }
      }
    }
    return best.map { ($0.first, $0.second) }
  }
}
