import Foundation

/// One planted version of a statement in a generated article.
struct PlantedPassage: Codable {
  /// Which planted statement this is a version of.
  var statement: Int
  var path: String
  /// Byte offsets of the version in the file.
  var start: Int
  var end: Int
  /// The drift form it was written in.
  var form: String
}

/// Writes a corpus of articles of about 700 words of filler prose, into which statements are
/// planted: each statement in two to four articles, each version in one drift form (verbatim,
/// trimmed, synonyms, inflected, reworded with an attribution, case and punctuation variant, or a
/// mix), so that recall can be measured against known passages.
struct CorpusGenerator {
  static let forms = [
    "verbatim", "trimmed", "synonyms", "inflected", "reworded", "variant", "mixed",
  ]

  let vocabulary: BenchVocabulary
  var random: SeededGenerator

  init(vocabulary: BenchVocabulary, seed: UInt64) {
    self.vocabulary = vocabulary
    random = SeededGenerator(seed: seed)
  }

  /// Writes `count` articles into `folder` and returns the planted passages.
  mutating func generate(articles count: Int, into folder: String) throws -> [PlantedPassage] {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let statementCount = max(1, count * 2 / 3)
    var plantsByArticle = [[(statement: Int, form: String)]](repeating: [], count: count)
    var statements: [[[String]]] = []
    for statement in 0..<statementCount {
      statements.append(
        (0..<3).map { _ in sentence(length: Int.random(in: 14...20, using: &random)) })
      let carriers = Int.random(in: 2...4, using: &random)
      var chosen = Set<Int>()
      while chosen.count < min(carriers, count) {
        chosen.insert(Int.random(in: 0..<count, using: &random))
      }
      for (index, article) in chosen.sorted().enumerated() {
        // The first carrier keeps the statement verbatim; the others drift.
        let form = index == 0 ? "verbatim" : Self.forms.randomElement(using: &random)!
        plantsByArticle[article].append((statement, form))
      }
    }
    var planted: [PlantedPassage] = []
    for article in 0..<count {
      let path = "\(folder)/a\(String(format: "%05d", article)).txt"
      var text =
        "Report \(article): \(capitalized(vocabulary.words.randomElement(using: &random)!)) \(vocabulary.words.randomElement(using: &random)!)\n\n"
      // nil stands for a paragraph of filler.
      var paragraphs: [(text: String, statement: Int, form: String)?] = (0..<10).map { _ in nil }
      for plant in plantsByArticle[article] {
        let version = render(statements[plant.statement], form: plant.form)
        paragraphs.insert(
          (version, plant.statement, plant.form),
          at: Int.random(in: 0...paragraphs.count, using: &random))
      }
      for paragraph in paragraphs {
        if let paragraph {
          let start = text.utf8.count
          text += paragraph.text
          planted.append(
            PlantedPassage(
              statement: paragraph.statement, path: path, start: start, end: text.utf8.count,
              form: paragraph.form))
        } else {
          text += (0..<4).map { _ in
            sentence(length: Int.random(in: 13...22, using: &random)).joined(separator: " ")
          }.joined(separator: " ")
        }
        text += "\n\n"
      }
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    return planted
  }

  private mutating func sentence(length: Int) -> [String] {
    var words: [String] = []
    for index in 0..<length {
      if index % 3 == 1 {
        words.append(BenchVocabulary.functionWords.randomElement(using: &random)!)
      } else {
        words.append(vocabulary.words.randomElement(using: &random)!)
      }
    }
    words[0] = capitalized(words[0])
    words[length - 1] += "."
    return words
  }

  private func capitalized(_ word: String) -> String {
    word.prefix(1).uppercased() + word.dropFirst()
  }

  /// One version of a statement (three sentences, as words) in `form`.
  private mutating func render(_ statement: [[String]], form: String) -> String {
    var sentences = statement
    func mapContentWords(
      _ probability: Double, _ change: (inout SeededGenerator, String) -> String?
    ) {
      for s in sentences.indices {
        for w in sentences[s].indices
        where w % 3 != 1 && Double.random(in: 0..<1, using: &random) < probability {
          let word = sentences[s][w]
          let trailing = word.hasSuffix(".") ? "." : ""
          let bare = String(word.dropLast(trailing.count)).lowercased()
          if let replacement = change(&random, bare) {
            sentences[s][w] = (w == 0 ? capitalized(replacement) : replacement) + trailing
          }
        }
      }
    }
    let synonyms = vocabulary.synonyms
    let words = vocabulary.words
    switch form {
    case "trimmed":
      sentences.removeLast()
      sentences[0].removeFirst(3)
      sentences[0][0] = capitalized(sentences[0][0])
    case "synonyms":
      mapContentWords(0.4) { random, word in synonyms[word]?.randomElement(using: &random) }
    case "inflected":
      mapContentWords(0.3) { _, word in word.hasSuffix("s") ? word + "es" : word + "s" }
    case "reworded":
      mapContentWords(0.2) { random, _ in words.randomElement(using: &random) }
      sentences[1].insert(contentsOf: ["officials", "said,"], at: 5)
    case "variant":
      mapContentWords(0.2) { _, word in word.uppercased() }
      sentences[0][0] = "“" + sentences[0][0]
      sentences[2][sentences[2].count - 1] += "”"
    case "mixed":
      mapContentWords(0.25) { random, word in synonyms[word]?.randomElement(using: &random) }
      mapContentWords(0.15) { _, word in word + "s" }
      sentences[2].insert(contentsOf: ["a", "spokesperson", "added,"], at: 4)
    default:
      break
    }
    return sentences.map { $0.joined(separator: " ") }.joined(separator: " ")
  }
}
