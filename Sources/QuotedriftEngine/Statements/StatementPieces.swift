/// A piece of a statement: the stretch of each article that carries it, built from passage links
/// whose ends overlap. Pieces next to each other in an article are later chained into statements.
struct StatementPiece {
  /// Word range of the piece in each article that carries it.
  var spans: [Int: Range<Int>]
  /// The summed scores of the links it is built from.
  var evidence: Float
  /// How many links it is built from.
  var links: Int
  /// The largest share of its sentences that one of its links holds.
  var sentenceShare: Float
  /// Built from quote continuations only: it chains only to pieces it stands next to in every
  /// article that carries it.
  var isContinuation: Bool
}

/// Builds ``StatementPiece``s from ``PassageLink``s and chains them into statements.
///
/// Links whose ends overlap in an article are one piece. A piece found twice in one article keeps
/// its best-supported stretch: passages repeated inside an article never form a statement of their
/// own. Two pieces are one statement when some article carries them next to each other (at most
/// ``MatchingSettings/maximumPieceGapWords`` apart, or ``MatchingSettings/maximumInseparableGapWords``
/// when every article carrying one carries both and each has evidence of its own), at least two
/// articles carry both, and none of those holds them far apart (more than
/// ``MatchingSettings/maximumStatementSpread`` sentences):
/// the three paragraphs of a spokesman's statement are one statement even in the article that
/// scatters them between its own paragraphs, while two quotes that one article happens to run
/// back to back stay two statements.
struct StatementChainer {
  let corpus: Corpus
  let settings: MatchingSettings

  func pieces(from links: [PassageLink]) -> [StatementPiece] {
    struct End {
      var article: Int
      var words: Range<Int>
      var score: Float
      var sentenceShare: Float
      var isContinuation: Bool
    }
    var collected: [End] = []
    collected.reserveCapacity(links.count * 2)
    for link in links {
      collected.append(
        End(
          article: link.firstArticle, words: link.firstWords, score: link.score,
          sentenceShare: link.sentenceShare, isContinuation: link.isContinuation))
      collected.append(
        End(
          article: link.secondArticle, words: link.secondWords, score: link.score,
          sentenceShare: link.sentenceShare, isContinuation: link.isContinuation))
    }
    let ends = collected
    var sets = UnionFind(count: ends.count)
    for index in stride(from: 0, to: ends.count, by: 2) { sets.union(index, index + 1) }
    // Each article's overlapping ends, found on every core, then joined.
    let byArticle = Array(Dictionary(grouping: ends.indices) { ends[$0].article }.values)
    let overlaps = Parallel.mapChunks(count: byArticle.count) { range in
      range.flatMap { index -> [(Int, Int)] in
        let ordered = byArticle[index].sorted {
          ends[$0].words.lowerBound < ends[$1].words.lowerBound
        }
        var joined: [(Int, Int)] = []
        var runEnd = -1
        var runHead = -1
        for member in ordered {
          if ends[member].words.lowerBound < runEnd {
            joined.append((runHead, member))
            runEnd = max(runEnd, ends[member].words.upperBound)
          } else {
            runHead = member
            runEnd = ends[member].words.upperBound
          }
        }
        return joined
      }
    }
    for chunk in overlaps {
      for (first, second) in chunk { sets.union(first, second) }
    }
    let groups = sets.groups()
    return Parallel.mapChunks(count: groups.count) { range in
      range.compactMap { index -> StatementPiece? in
        let group = groups[index]
        var stretches: [Int: [(words: Range<Int>, score: Float)]] = [:]
        for member in group {
          let end = ends[member]
          stretches[end.article, default: []].append((end.words, end.score))
        }
        var spans: [Int: Range<Int>] = [:]
        for (article, found) in stretches {
          spans[article] = bestStretch(merging(found, in: article))
        }
        guard spans.count >= 2 else { return nil }
        return StatementPiece(
          spans: spans, evidence: group.reduce(0) { $0 + ends[$1].score } / 2,
          links: group.count / 2, sentenceShare: group.map { ends[$0].sentenceShare }.max() ?? 0,
          isContinuation: group.allSatisfy { ends[$0].isContinuation })
      }
    }.flatMap { $0 }
  }

  /// Groups of pieces that form one statement each, pieces in reading order; a group with too
  /// little evidence in all (``MatchingSettings/minimumStatementEvidence``), or one lone sentence
  /// pair matching on a small part of its sentences (``MatchingSettings/minimumLonePairShare``),
  /// or a version shorter than ``MatchingSettings/minimumStatementWords``, is no statement.
  func statements(from pieces: [StatementPiece]) -> [[StatementPiece]] {
    var sets = UnionFind(count: pieces.count)
    var piecesByArticle: [Int: [Int]] = [:]
    for (index, piece) in pieces.enumerated() {
      for article in piece.spans.keys { piecesByArticle[article, default: []].append(index) }
    }
    // Each article's pieces that chain, found on every core, then joined.
    let articles = Array(piecesByArticle)
    let chained = Parallel.mapChunks(count: articles.count) { range in
      range.flatMap { index -> [(Int, Int)] in
        let (article, members) = articles[index]
        let ordered = members.sorted {
          pieces[$0].spans[article]!.lowerBound < pieces[$1].spans[article]!.lowerBound
        }
        return zip(ordered, ordered.dropFirst()).filter { earlier, later in
          let gap =
            pieces[later].spans[article]!.lowerBound - pieces[earlier].spans[article]!.upperBound
          let allowed =
            inseparable(pieces[earlier], pieces[later])
            ? settings.maximumInseparableGapWords : settings.maximumPieceGapWords
          let attached =
            !(pieces[earlier].isContinuation || pieces[later].isContinuation)
            || nextToEachOther(pieces[earlier], pieces[later])
          return gap <= allowed && attached && copiedTogether(pieces[earlier], pieces[later])
        }
      }
    }
    for chunk in chained {
      for (earlier, later) in chunk { sets.union(earlier, later) }
    }
    let groups = sets.groups()
    let kept = Parallel.mapChunks(count: groups.count) { range in
      range.map { index in isStatement(groups[index].map { pieces[$0] }) }
    }.flatMap { $0 }
    return groups.indices.filter { kept[$0] }.map { groups[$0].map { pieces[$0] } }
  }

  /// Whether `group` has what a statement needs (see ``statements(from:)``).
  private func isStatement(_ group: [StatementPiece]) -> Bool {
    let lone = group.count == 1 && group[0].links == 1
    // A lone pair of sentences that have the words and match nearly whole ("Iraq violence
    // kills 11" / "Iraq violence kills seven") may have a word fewer.
    let fewestWords =
      settings.minimumStatementWords
      - (lone && shortestSentence(of: group[0]) >= settings.minimumStatementWords ? 1 : 0)
    return group.reduce(0) { $0 + $1.evidence } >= settings.minimumStatementEvidence
      && (!lone || group[0].sentenceShare >= settings.minimumLonePairShare)
      && shortestVersion(of: group) >= fewestWords
  }

  /// The fewest words of the sentences that hold `piece` in the articles that carry it.
  private func shortestSentence(of piece: StatementPiece) -> Int {
    piece.spans.map { article, span in
      let owners = corpus.sentenceOfWord[article]
      let sentences = corpus.articles[article].sentences
      return sentences[Int(owners[span.lowerBound])].words
        .lowerBound..<sentences[Int(owners[span.upperBound - 1])].words.upperBound
    }.map(\.count).min() ?? 0
  }

  /// The fewest words any article gives the pieces.
  private func shortestVersion(of group: [StatementPiece]) -> Int {
    var words: [Int: Int] = [:]
    for piece in group {
      for (article, span) in piece.spans { words[article, default: 0] += span.count }
    }
    return words.values.min() ?? 0
  }

  /// Every article that carries one piece carries the other, and each piece has evidence of its
  /// own (``MatchingSettings/minimumInseparablePieceEvidence``): no outlet shows they can be told
  /// apart, and neither is a stray shared phrase.
  private func inseparable(_ first: StatementPiece, _ second: StatementPiece) -> Bool {
    Set(first.spans.keys) == Set(second.spans.keys)
      && min(first.evidence, second.evidence) >= settings.minimumInseparablePieceEvidence
  }

  /// The same articles carry both pieces, each within ``QuoteContinuation/window`` words of
  /// the other: a quote's continuation and the passage it continues.
  private func nextToEachOther(_ first: StatementPiece, _ second: StatementPiece) -> Bool {
    guard Set(first.spans.keys) == Set(second.spans.keys) else { return false }
    return first.spans.allSatisfy { article, words in
      let other = second.spans[article]!
      let gap = max(other.lowerBound - words.upperBound, words.lowerBound - other.upperBound)
      return gap <= QuoteContinuation.window
    }
  }

  /// Two or more articles carry both pieces, and none holds them more than the allowed sentences
  /// apart: outlets copied them together.
  private func copiedTogether(_ first: StatementPiece, _ second: StatementPiece) -> Bool {
    var carriers = 0
    for (article, firstWords) in first.spans {
      guard let secondWords = second.spans[article] else { continue }
      carriers += 1
      let sentences = corpus.sentenceOfWord[article]
      let distance = abs(
        Int(sentences[secondWords.lowerBound]) - Int(sentences[firstWords.lowerBound]))
      if distance > settings.maximumStatementSpread { return false }
    }
    return carriers >= 2
  }

  /// Stretches of one article merged where they overlap or stand at most a few words apart.
  private func merging(_ found: [(words: Range<Int>, score: Float)], in article: Int)
    -> [(words: Range<Int>, score: Float)]
  {
    var merged: [(words: Range<Int>, score: Float)] = []
    for stretch in found.sorted(by: { $0.words.lowerBound < $1.words.lowerBound }) {
      if let last = merged.last,
        stretch.words.lowerBound - last.words.upperBound <= settings.maximumGapWords,
        !containsNoise(
          article: article, between: last.words.upperBound, and: stretch.words.lowerBound)
      {
        merged[merged.count - 1] = (
          last.words.lowerBound..<max(last.words.upperBound, stretch.words.upperBound),
          last.score + stretch.score
        )
      } else {
        merged.append(stretch)
      }
    }
    return merged
  }

  private func containsNoise(article: Int, between start: Int, and end: Int) -> Bool {
    (start..<max(start, end)).contains { corpus.isNoise(article: article, word: $0) }
  }

  /// The best-supported stretch: a repeat of the same passage elsewhere in the article is dropped.
  private func bestStretch(_ stretches: [(words: Range<Int>, score: Float)]) -> Range<Int> {
    stretches.max {
      $0.score < $1.score || ($0.score == $1.score && $0.words.lowerBound > $1.words.lowerBound)
    }!.words
  }

  /// For one statement's pieces, each article's passages (word ranges), merging pieces the article
  /// carries next to each other.
  func passages(of pieces: [StatementPiece]) -> [Int: [Range<Int>]] {
    var byArticle: [Int: [Range<Int>]] = [:]
    for piece in pieces {
      for (article, words) in piece.spans { byArticle[article, default: []].append(words) }
    }
    var result: [Int: [Range<Int>]] = [:]
    for (article, ranges) in byArticle {
      var merged: [Range<Int>] = []
      for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
        if let last = merged.last, range.lowerBound - last.upperBound <= settings.maximumGapWords,
          !containsNoise(article: article, between: last.upperBound, and: range.lowerBound)
        {
          merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
        } else {
          merged.append(range)
        }
      }
      result[article] = merged
    }
    return result
  }
}
