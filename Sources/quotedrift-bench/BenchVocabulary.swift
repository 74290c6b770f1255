import Foundation

/// Words for generated articles, read from WordNet's data files: single-word lemmas to fill
/// articles with, and synonym sets to reword planted passages with.
struct BenchVocabulary {
  var words: [String]
  /// Single-word lemmas that share a synset with another.
  var synonyms: [String: [String]]

  static let functionWords = [
    "the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "as", "by", "at", "from",
    "its", "their", "this", "was", "were", "is", "are", "has", "had", "will", "would", "which",
  ]

  init(wordNetDirectory: String = "/usr/share/wordnet") throws {
    var words = Set<String>()
    var synonyms: [String: Set<String>] = [:]
    for part in ["noun", "verb", "adj"] {
      let text = try String(contentsOfFile: "\(wordNetDirectory)/data.\(part)", encoding: .utf8)
      for line in text.split(separator: "\n") where !line.hasPrefix("  ") {
        let fields = line.split(separator: " ")
        guard fields.count > 4, let count = Int(fields[3], radix: 16), fields.count > 4 + 2 * count
        else { continue }
        let lemmas = (0..<count).compactMap { index -> String? in
          let raw = fields[4 + 2 * index].split(separator: "(").first.map(String.init) ?? ""
          let lemma = raw.lowercased()
          guard (4...11).contains(lemma.count), lemma.allSatisfy({ $0.isASCII && $0.isLetter })
          else { return nil }
          return lemma
        }
        words.formUnion(lemmas)
        for lemma in lemmas where lemmas.count > 1 {
          synonyms[lemma, default: []].formUnion(lemmas.filter { $0 != lemma })
        }
      }
    }
    self.words = words.sorted()
    self.synonyms = synonyms.mapValues { $0.sorted() }
  }
}
