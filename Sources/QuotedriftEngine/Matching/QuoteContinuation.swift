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
    /// A link by where it starts: its two articles and its first word in the first.
    struct Start: Hashable {
      var firstArticle: Int
      var firstWord: Int
      var secondArticle: Int
      init(_ link: PassageLink) {
        (firstArticle, firstWord, secondArticle) = (
          link.firstArticle, link.firstWords.lowerBound, link.secondArticle
        )
      }
    }
    var covered = Set<Start>()
    for link in links {
      covered.insert(Start(link))
    }
    var found: [PassageLink] = []
    var round = links
    for _ in 0..<Self.maximumRounds {
      let current = round
      let continued = Parallel.mapChunks(count: current.count) { range in
        range.flatMap { index in
          [true, false].compactMap { self.continuation(of: current[index], forward: $0) }
        }
      }.flatMap { $0 }
      var next: [PassageLink] = []
      for link in continued
      where covered.insert(Start(link))
        .inserted
      {
        next.append(link)
      }
      found += next
      round = next
      if next.isEmpty { break }
    }
    return found
  }

  /// The closest run of identical quoted words after the link's ends (`forward`) or before its
  /// starts, in both articles, as a link. Runs are found on the words alone; only the few found
  /// are checked for quotation marks.
  private func continuation(of link: PassageLink, forward: Bool) -> PassageLink? {
    let a = link.firstArticle
    let b = link.secondArticle
    let termsA = corpus.terms[a]
    let termsB = corpus.terms[b]
    let startsA: Range<Int>
    let startsB: Range<Int>
    if forward {
      startsA =
        link.firstWords.upperBound..<min(termsA.count, link.firstWords.upperBound + Self.window)
      startsB =
        link.secondWords.upperBound..<min(termsB.count, link.secondWords.upperBound + Self.window)
    } else {
      startsA =
        max(
          0, link.firstWords.lowerBound - Self.window - Self.minimumRun)..<link.firstWords
        .lowerBound
      startsB =
        max(
          0, link.secondWords.lowerBound - Self.window - Self.minimumRun)..<link.secondWords
        .lowerBound
    }
    // A continuation is quoted in both articles, and the word of it next to the passage (its
    // first after it, its last before it) is among these starts: with none of them quoted in
    // either article, there is none to look for.
    guard startsA.contains(where: { corpus.isQuoted(article: a, word: $0) }),
      startsB.contains(where: { corpus.isQuoted(article: b, word: $0) })
    else { return nil }
    var runs: [(first: Range<Int>, second: Range<Int>, distance: Int)] = []
    for i in startsA {
      for j in startsB where termsA[i] == termsB[j] {
        // Only maximal runs: the words before must differ.
        if i > 0, j > 0, termsA[i - 1] == termsB[j - 1], startsA.contains(i - 1),
          startsB.contains(j - 1)
        {
          continue
        }
        var length = 0
        while i + length < termsA.count, j + length < termsB.count,
          termsA[i + length] == termsB[j + length]
        {
          length += 1
        }
        guard length >= Self.minimumRun else { continue }
        var first = i..<(i + length)
        var second = j..<(j + length)
        if forward {
          let distance = (i - link.firstWords.upperBound) + (j - link.secondWords.upperBound)
          runs.append((first, second, distance))
        } else {
          // A run before the passage ends where the passage starts, or earlier.
          let endA = min(first.upperBound, link.firstWords.lowerBound)
          let endB = min(second.upperBound, link.secondWords.lowerBound)
          let cut = max(first.upperBound - endA, second.upperBound - endB)
          guard length - cut >= Self.minimumRun else { continue }
          first = first.lowerBound..<(first.upperBound - cut)
          second = second.lowerBound..<(second.upperBound - cut)
          let distance =
            (link.firstWords.lowerBound - first.upperBound)
            + (link.secondWords.lowerBound - second.upperBound)
          guard distance <= 2 * Self.window else { continue }
          runs.append((first, second, distance))
        }
      }
    }
    for run in runs.sorted(by: { $0.distance < $1.distance }) {
      // The run stops where either article's quote does: after the passage, its quoted words
      // from the first; before it, its quoted words up to the last.
      let length = min(
        quoted(run.first, in: a, fromStart: forward), quoted(run.second, in: b, fromStart: forward))
      let first =
        forward
        ? run.first.lowerBound..<(run.first.lowerBound + length)
        : (run.first.upperBound - length)..<run.first.upperBound
      let second =
        forward
        ? run.second.lowerBound..<(run.second.lowerBound + length)
        : (run.second.upperBound - length)..<run.second.upperBound
      let content = first.count { corpus.isContent(article: a, word: $0) }
      guard length >= Self.minimumRun, content > 0,
        forward || link.firstWords.lowerBound - first.upperBound <= Self.window
      else { continue }
      return PassageLink(
        firstArticle: a, firstWords: first, secondArticle: b, secondWords: second,
        score: Float(content), sentenceShare: 1, isContinuation: true)
    }
    return nil
  }

  /// How many of `words` stand inside quotation marks without a break, counted from the first
  /// (`fromStart`) or from the last.
  private func quoted(_ words: Range<Int>, in article: Int, fromStart: Bool) -> Int {
    let order = fromStart ? Array(words) : words.reversed()
    return order.firstIndex { !corpus.isQuoted(article: article, word: $0) } ?? words.count
  }
}
