/// Disjoint sets over 0..<count, with path halving and union by size.
struct UnionFind {
  private var parent: [Int]
  private var size: [Int]

  init(count: Int) {
    parent = Array(0..<count)
    size = Array(repeating: 1, count: count)
  }

  mutating func find(_ element: Int) -> Int {
    var element = element
    while parent[element] != element {
      parent[element] = parent[parent[element]]
      element = parent[element]
    }
    return element
  }

  mutating func union(_ first: Int, _ second: Int) {
    var a = find(first)
    var b = find(second)
    guard a != b else { return }
    if size[a] < size[b] { swap(&a, &b) }
    parent[b] = a
    size[a] += size[b]
  }

  /// The members of each set with two or more members… or all sets when `includeSingletons`.
  mutating func groups(includeSingletons: Bool = true) -> [[Int]] {
    // Sets are met in the order of their first members, and members in order.
    var groupOfRoot = [Int](repeating: -1, count: parent.count)
    var groups: [[Int]] = []
    for element in parent.indices {
      let root = find(element)
      if groupOfRoot[root] < 0 {
        groupOfRoot[root] = groups.count
        groups.append([])
      }
      groups[groupOfRoot[root]].append(element)
    }
    return includeSingletons ? groups : groups.filter { $0.count > 1 }
  }
}
