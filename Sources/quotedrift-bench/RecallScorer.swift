import Foundation

/// Scores `quotedrift statements --format json` against the planted passages: a planted version
/// is found when a reported passage covers at least half of it and that passage's statement also
/// covers another version of the same planted statement.
struct RecallScorer {
  struct Score {
    var planted: Int
    var found: Int
    var foundByForm: [String: (found: Int, planted: Int)]
    /// Reported passages that overlap no planted version.
    var strayPassages: Int
    var reportedPassages: Int

    var recall: Double { planted == 0 ? 0 : Double(found) / Double(planted) }
  }

  struct Reported {
    var statement: String
    var path: String
    var start: Int
    var end: Int
  }

  static func score(outputPath: String, planted: [PlantedPassage]) throws -> Score {
    let data = try Data(contentsOf: URL(fileURLWithPath: outputPath))
    let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    var reported: [Reported] = []
    for statement in object["statements"] as! [[String: Any]] {
      for passage in statement["passages"] as! [[String: Any]] {
        reported.append(
          Reported(
            statement: statement["id"] as! String, path: passage["path"] as! String,
            start: passage["start"] as! Int, end: passage["end"] as! Int))
      }
    }
    let reportedByPath = Dictionary(grouping: reported, by: \.path)
    func overlap(_ a: Reported, _ start: Int, _ end: Int) -> Int {
      max(0, min(a.end, end) - max(a.start, start))
    }
    func statements(covering plant: PlantedPassage) -> Set<String> {
      let length = plant.end - plant.start
      return Set(
        (reportedByPath[plant.path] ?? []).filter {
          overlap($0, plant.start, plant.end) * 2 >= length
        }
        .map(\.statement))
    }
    let coverage = planted.map(statements(covering:))
    let versionsByStatement = Dictionary(grouping: planted.indices, by: { planted[$0].statement })
    var score = Score(
      planted: planted.count, found: 0, foundByForm: [:], strayPassages: 0,
      reportedPassages: reported.count)
    for (index, plant) in planted.enumerated() {
      let others = versionsByStatement[plant.statement, default: []].filter { $0 != index }
      let found = coverage[index].contains { statement in
        others.contains { coverage[$0].contains(statement) }
      }
      if found { score.found += 1 }
      let previous = score.foundByForm[plant.form] ?? (0, 0)
      score.foundByForm[plant.form] = (previous.found + (found ? 1 : 0), previous.planted + 1)
    }
    let plantedByPath = Dictionary(grouping: planted, by: \.path)
    score.strayPassages =
      reported.filter { passage in
        !(plantedByPath[passage.path] ?? []).contains { overlap(passage, $0.start, $0.end) > 0 }
      }.count
    return score
  }
}
