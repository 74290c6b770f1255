import Foundation

/// One article's sentences as bags of stems for text-reuse alignment: every word of three or more
/// characters counts, stemmed; a sentence with fewer than
/// ``ReuseSettings/minimumSentenceWords`` such words is joined to the next, as Sanchez-Perez et
/// al. do.
struct SentenceBags {
  /// One unit: a sentence, or short sentences joined to the next one.
  struct Unit {
    /// UTF-8 byte range in the article's text.
    var bytes: Range<Int>
    /// Word indices in the article.
    var words: Range<Int>
    /// Stem ids and their counts, sorted by stem.
    var stems: [(stem: Int32, count: Int32)]
  }

  let units: [Unit]

  init(article index: Int, corpus: Corpus, settings: ReuseSettings) {
    let article = corpus.articles[index]
    let terms = corpus.terms[index]
    let vocabulary = corpus.vocabulary
    var units: [Unit] = []
    var pendingFirst: Sentence?
    var pending: [Int32: Int32] = [:]
    var pendingWords = 0
    for sentence in article.sentences {
      for word in sentence.words {
        for stem in Self.stems(of: word, article: article, term: terms[word], vocabulary) {
          pending[stem, default: 0] += 1
          pendingWords += 1
        }
      }
      if pendingWords == 0 { continue }
      let first = pendingFirst ?? sentence
      if pendingWords < settings.minimumSentenceWords && sentence != article.sentences.last {
        pendingFirst = first
        continue
      }
      units.append(
        Unit(
          bytes: first.start..<sentence.end,
          words: first.words.lowerBound..<sentence.words.upperBound,
          stems: pending.map { ($0.key, $0.value) }.sorted { $0.stem < $1.stem }))
      pending = [:]
      pendingWords = 0
      pendingFirst = nil
    }
    self.units = units
  }

  /// The stems a word counts as: its own, or each part's when hyphens join parts ("pre-and"
  /// from "pre- and", "post-exhaust"), so that re-hyphenated words still share stems; a clitic
  /// ("it's", "we're", "don't") is cut off as a tokenizer splits it. A part no article holds as a
  /// word of its own counts as itself, under a key no stem id takes.
  static func stems(of word: Int, article: Article, term: Int32, _ vocabulary: Vocabulary)
    -> [Int32]
  {
    let norm = vocabulary.norms[Int(term)]
    let bytes = article.bytes[article.words[word].start..<article.words[word].end]
    if !bytes.contains(0x2D) && !norm.contains("'") {
      return counts(norm) ? [vocabulary.stems[Int(term)]] : []
    }
    return bytes.split(separator: 0x2D).compactMap { part in
      let norm = withoutClitic(Array(part).withUnsafeBufferPointer { WordNormalizer.norm(of: $0) })
      guard counts(norm) else { return nil }
      if let id = vocabulary.id(of: norm) { return vocabulary.stems[Int(id)] }
      var hash: UInt32 = 2_166_136_261
      for byte in norm.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
      return Int32(bitPattern: hash | 0x8000_0000)
    }
  }

  /// The word before its clitic: "it's" → "it", "we're" → "we", "don't" → "do".
  static func withoutClitic(_ norm: String) -> String {
    guard let apostrophe = norm.firstIndex(of: "'") else { return norm }
    let stem = norm[..<apostrophe]
    let isNegation = norm[norm.index(after: apostrophe)...] == "t" && stem.hasSuffix("n")
    return String(isNegation ? stem.dropLast() : stem)
  }

  /// Words of two characters or fewer ("a", "of", "is", "12") do not count.
  static func counts(_ norm: String) -> Bool {
    norm.unicodeScalars.dropFirst(2).isEmpty == false
  }
}

/// The tf-idf vectors of two articles' units, idf taken over the units of both (a unit is a
/// document), as in Sanchez-Perez et al.
struct WeightedUnits {
  /// For each unit: (stem, weight) sorted by stem, and the vector's norm.
  var first: [(terms: [(Int32, Double)], norm: Double)]
  var second: [(terms: [(Int32, Double)], norm: Double)]

  init(_ a: SentenceBags, _ b: SentenceBags) {
    var frequency: [Int32: Int] = [:]
    for unit in a.units + b.units {
      for (stem, _) in unit.stems { frequency[stem, default: 0] += 1 }
    }
    let total = Double(a.units.count + b.units.count)
    func weigh(_ bags: SentenceBags) -> [(terms: [(Int32, Double)], norm: Double)] {
      bags.units.map { unit in
        let terms = unit.stems.map { stem, count in
          (stem, Double(count) * log(total / Double(frequency[stem]!)))
        }
        return (terms, sqrt(terms.reduce(0) { $0 + $1.1 * $1.1 }))
      }
    }
    first = weigh(a)
    second = weigh(b)
  }

  /// Cosine of two sparse vectors sorted by stem.
  static func cosine(
    _ a: [(Int32, Double)], _ normA: Double, _ b: [(Int32, Double)], _ normB: Double
  )
    -> Double
  {
    guard normA > 0, normB > 0 else { return 0 }
    var i = 0
    var j = 0
    var dot = 0.0
    while i < a.count && j < b.count {
      if a[i].0 == b[j].0 {
        dot += a[i].1 * b[j].1
        i += 1
        j += 1
      } else if a[i].0 < b[j].0 {
        i += 1
      } else {
        j += 1
      }
    }
    return dot / (normA * normB)
  }

  /// The summed vector of units `range` of `side`, sorted by stem, with its norm.
  static func summed(_ side: [(terms: [(Int32, Double)], norm: Double)], _ range: ClosedRange<Int>)
    -> ([(Int32, Double)], Double)
  {
    var sums: [Int32: Double] = [:]
    for unit in range {
      for (stem, weight) in side[unit].terms { sums[stem, default: 0] += weight }
    }
    let terms = sums.map { ($0.key, $0.value) }.sorted { $0.0 < $1.0 }
    return (terms, sqrt(terms.reduce(0) { $0 + $1.1 * $1.1 }))
  }
}
