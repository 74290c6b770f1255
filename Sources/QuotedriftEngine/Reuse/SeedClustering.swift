/// Extension, as Sanchez-Perez et al. describe it: seeds (pairs of similar units) are clustered
/// by their places in the first article, each cluster again by its places in the second, and so
/// on until nothing splits; two seeds are in one cluster while at most `gap` units separate them.
/// A cluster whose two sides are not similar enough as wholes is clustered again with a smaller
/// gap.
struct SeedClustering {
  /// A pair of similar units: a unit of the first article and one of the second.
  typealias Seed = (first: Int, second: Int)

  /// A validated cluster: its seeds, the unit span on each side, and their similarity.
  struct Cluster {
    var seeds: [Seed]
    var first: ClosedRange<Int>
    var second: ClosedRange<Int>
    var similarity: Double
  }

  let units: WeightedUnits
  let minimumCosine: Double

  /// The clusters of `seeds` joined across at most `gap` units that pass validation.
  func clusters(_ seeds: [Seed], gap: Int) -> [Cluster] {
    validated(Self.split(seeds, gap: gap, side: 0, depth: 0), gap: gap)
  }

  private func validated(_ groups: [[Seed]], gap: Int) -> [Cluster] {
    var result: [Cluster] = []
    for seeds in groups {
      let cluster = Self.bounds(of: seeds, units: units)
      if cluster.similarity > minimumCosine {
        result.append(cluster)
      } else if gap > 0 {
        result += validated(Self.split(seeds, gap: gap - 1, side: 0, depth: 0), gap: gap - 1)
      }
    }
    return result
  }

  private static func bounds(of seeds: [Seed], units: WeightedUnits) -> Cluster {
    let first = seeds.map(\.first).min()!...seeds.map(\.first).max()!
    let second = seeds.map(\.second).min()!...seeds.map(\.second).max()!
    let (a, normA) = WeightedUnits.summed(units.first, first)
    let (b, normB) = WeightedUnits.summed(units.second, second)
    return Cluster(
      seeds: seeds, first: first, second: second,
      similarity: WeightedUnits.cosine(a, normA, b, normB))
  }

  /// Splits `seeds` where more than `gap` units of one side separate two of them, then splits
  /// each part by the other side, until a pass splits nothing.
  private static func split(_ seeds: [Seed], gap: Int, side: Int, depth: Int) -> [[Seed]] {
    func place(_ seed: Seed) -> Int { side == 0 ? seed.first : seed.second }
    let sorted = seeds.sorted { place($0) < place($1) }
    var parts: [[Seed]] = []
    var current: [Seed] = []
    for seed in sorted {
      if let last = current.last, place(seed) - place(last) - 1 > gap {
        parts.append(current)
        current = []
      }
      current.append(seed)
    }
    if !current.isEmpty { parts.append(current) }
    if parts.count <= 1 && depth > 0 { return parts }
    return parts.flatMap { split($0, gap: gap, side: 1 - side, depth: depth + 1) }
  }
}
