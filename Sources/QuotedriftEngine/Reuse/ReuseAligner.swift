/// Text-reuse alignment of two articles: the stretches of one that copy, reword or summarise
/// stretches of the other, found as Sanchez-Perez, Gelbukh and Sidorov do (the best system of the
/// PAN 2014 text alignment task):
///
/// 1. **Seeding**: every pair of units (sentences) whose tf-idf cosine and stem Dice both exceed
///    a third is a seed; bags of stems ignore order, so shuffled and reworded sentences seed.
/// 2. **Extension**: seeds cluster across small gaps on both sides (``SeedClustering``); a
///    cluster whose sides are not similar as wholes is split with a smaller gap.
/// 3. **Filtering**: of regions overlapping in the first article the more similar stays, and
///    regions under ``ReuseSettings/minimumRegionCharacters`` go.
/// 4. **Verbatim and summary**: when a region holds a long run of identical words, the pair is
///    verbatim copying and its runs are the regions; else, when clustering over the wider
///    summary gap gives one side three times the other's length, those regions stand.
///
/// Statements answer "who said what, in which words"; reuse regions answer "which stretches of
/// this article come from that one", which is what a plagiarism corpus such as PAN 2013 scores.
public struct ReuseAligner: Sendable {
  public let corpus: Corpus
  public let settings: ReuseSettings
  private let bags: [SentenceBags]

  public init(corpus: Corpus, settings: ReuseSettings = ReuseSettings()) {
    self.corpus = corpus
    self.settings = settings
    let settings = settings
    bags = Parallel.map(count: corpus.articles.count) {
      SentenceBags(article: $0, corpus: corpus, settings: settings)
    }
  }

  /// The regions article `first` and article `second` share, in the order of the first.
  public func regions(between first: Int, and second: Int) -> [ReuseRegion] {
    let a = bags[first]
    let b = bags[second]
    guard !a.units.isEmpty, !b.units.isEmpty else { return [] }
    let units = WeightedUnits(a, b)
    let seeds = Self.seeds(units, a, b, settings: settings)
    guard !seeds.isEmpty else { return [] }
    let clustering = SeedClustering(units: units, minimumCosine: settings.regionCosine)
    let regions = filtered(clustering.clusters(seeds, gap: settings.maximumGap), a, b)
    let verbatim = regions.flatMap { cluster in
      VerbatimRuns.runs(
        words(of: cluster.first, in: a), of: first,
        words(of: cluster.second, in: b), of: second, corpus: corpus,
        minimumCharacters: settings.minimumVerbatimCharacters)
    }
    if !verbatim.isEmpty {
      return verbatim.map {
        ReuseRegion(
          firstArticle: first, firstBytes: $0.0, secondArticle: second, secondBytes: $0.1,
          similarity: 1, kind: .verbatim)
      }.sorted { $0.firstBytes.lowerBound < $1.firstBytes.lowerBound }
    }
    let summaries = filtered(clustering.clusters(seeds, gap: settings.summaryGap), a, b)
    let firstLength = summaries.reduce(0) { $0 + span($1.first, in: a).count }
    let secondLength = summaries.reduce(0) { $0 + span($1.second, in: b).count }
    let longer = max(firstLength, secondLength)
    let shorter = min(firstLength, secondLength)
    let isSummary = longer > 0 && longer >= settings.summaryRatio * shorter
    return (isSummary ? summaries : regions).map { cluster in
      ReuseRegion(
        firstArticle: first, firstBytes: span(cluster.first, in: a), secondArticle: second,
        secondBytes: span(cluster.second, in: b), similarity: cluster.similarity,
        kind: isSummary ? .summary : .paraphrase)
    }
  }

  /// Every pair of units similar enough to seed, found through the stems they share.
  private static func seeds(
    _ units: WeightedUnits, _ a: SentenceBags, _ b: SentenceBags, settings: ReuseSettings
  ) -> [SeedClustering.Seed] {
    var postings: [Int32: [Int]] = [:]
    for (index, unit) in b.units.enumerated() {
      for (stem, _) in unit.stems { postings[stem, default: []].append(index) }
    }
    var seeds: [SeedClustering.Seed] = []
    var dot = [Double](repeating: 0, count: b.units.count)
    var shared = [Int](repeating: 0, count: b.units.count)
    var touched: [Int] = []
    for (i, unit) in units.first.enumerated() {
      for (stem, weight) in unit.terms {
        guard let list = postings[stem] else { continue }
        let weights = units.second
        for j in list {
          if shared[j] == 0 { touched.append(j) }
          shared[j] += 1
          dot[j] += weight * Self.weight(of: stem, in: weights[j].terms)
        }
      }
      let sizeA = a.units[i].stems.count
      for j in touched {
        let norms = unit.norm * units.second[j].norm
        let cosine = norms > 0 ? dot[j] / norms : 0
        let dice = 2 * Double(shared[j]) / Double(sizeA + b.units[j].stems.count)
        if cosine > settings.seedCosine && dice > settings.seedDice { seeds.append((i, j)) }
        dot[j] = 0
        shared[j] = 0
      }
      touched.removeAll(keepingCapacity: true)
    }
    return seeds
  }

  /// The weight of `stem` in a unit's vector sorted by stem.
  private static func weight(of stem: Int32, in terms: [(Int32, Double)]) -> Double {
    var low = 0
    var high = terms.count
    while low < high {
      let middle = (low + high) / 2
      if terms[middle].0 < stem { low = middle + 1 } else { high = middle }
    }
    return low < terms.count && terms[low].0 == stem ? terms[low].1 : 0
  }

  /// Of clusters overlapping in the first article the more similar stays (the longer when both
  /// are near 1); then clusters too short on either side go.
  private func filtered(_ clusters: [SeedClustering.Cluster], _ a: SentenceBags, _ b: SentenceBags)
    -> [SeedClustering.Cluster]
  {
    var kept: [SeedClustering.Cluster] = []
    for cluster in clusters.sorted(by: { $0.first.lowerBound < $1.first.lowerBound }) {
      if let last = kept.last, last.first.upperBound >= cluster.first.lowerBound {
        let bothExact = last.similarity > 0.99 && cluster.similarity > 0.99
        if bothExact ? cluster.first.count > last.first.count : cluster.similarity > last.similarity
        {
          kept[kept.count - 1] = cluster
        }
      } else {
        kept.append(cluster)
      }
    }
    return kept.filter {
      span($0.first, in: a).count >= settings.minimumRegionCharacters
        && span($0.second, in: b).count >= settings.minimumRegionCharacters
    }
  }

  private func span(_ units: ClosedRange<Int>, in bags: SentenceBags) -> Range<Int> {
    bags.units[units.lowerBound].bytes.lowerBound..<bags.units[units.upperBound].bytes.upperBound
  }

  /// The words of an article inside a span of its units.
  private func words(of units: ClosedRange<Int>, in bags: SentenceBags) -> Range<Int> {
    bags.units[units.lowerBound].words.lowerBound..<bags.units[units.upperBound].words.upperBound
  }
}
