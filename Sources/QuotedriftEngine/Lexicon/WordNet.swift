import Foundation

/// WordNet 3.0, read in place from Debian's `wordnet-base` files (`/usr/share/wordnet`), whose
/// index and exception files are sorted, so every look-up is a bisection of a mapped file.
///
/// Two words are synonyms when one of their senses falls in the same synset ("specific" and
/// "particular"), when an adjective is a satellite of the other's cluster head ("previous" and
/// "past"), or when two verbs are direct kinds of the same narrow action ("lower" and "reduce" are
/// both ways to "decrease"). Only the most frequent senses of each word count, so that rare senses
/// do not make every common word a synonym of every other.
public final class WordNet: Sendable {
  /// A WordNet part of speech.
  public enum PartOfSpeech: Int, CaseIterable, Sendable {
    case noun, verb, adjective, adverb

    var fileSuffix: String {
      switch self {
      case .noun: "noun"
      case .verb: "verb"
      case .adjective: "adj"
      case .adverb: "adv"
      }
    }

    /// Morphy's detachment rules: an inflected ending and what replaces it.
    var detachmentRules: [(String, String)] {
      switch self {
      case .noun:
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
         ("men", "man"), ("ies", "y")]
      case .verb:
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
         ("ing", "")]
      case .adjective: [("er", ""), ("est", ""), ("er", "e"), ("est", "e")]
      case .adverb: []
      }
    }
  }

  /// Where Debian installs the database.
  public static let defaultDirectory = "/usr/share/wordnet"

  /// How many senses of a word, most frequent first, take part in synonymy.
  public static let sensesConsidered = 8

  /// Verbs whose common hypernym has more direct hyponyms than this are not synonyms by it.
  public static let narrowHypernymLimit = 40

  private let indexes: [SortedLineFile]
  private let exceptions: [SortedLineFile]
  private let data: [SortedLineFile]

  /// Opens the database in `directory`; `nil` when its files are missing.
  public init?(directory: String = WordNet.defaultDirectory) {
    var indexes: [SortedLineFile] = []
    var exceptions: [SortedLineFile] = []
    var data: [SortedLineFile] = []
    for pos in PartOfSpeech.allCases {
      guard let index = SortedLineFile(path: "\(directory)/index.\(pos.fileSuffix)"),
        let exception = SortedLineFile(path: "\(directory)/\(pos.fileSuffix).exc"),
        let synsets = SortedLineFile(path: "\(directory)/data.\(pos.fileSuffix)")
      else { return nil }
      indexes.append(index)
      exceptions.append(exception)
      data.append(synsets)
    }
    self.indexes = indexes
    self.exceptions = exceptions
    self.data = data
  }

  /// The dictionary forms of `word` as `pos` (WordNet's morphy): "tensions" gives "tension",
  /// "lowering" gives "lower", "went" gives "go".
  public func baseForms(of word: String, as pos: PartOfSpeech) -> [String] {
    let lemma = word.replacingOccurrences(of: " ", with: "_")
    var forms: [String] = []
    func consider(_ candidate: String) {
      if !forms.contains(candidate), indexes[pos.rawValue].fields(forKey: candidate) != nil {
        forms.append(candidate)
      }
    }
    consider(lemma)
    if let fields = exceptions[pos.rawValue].fields(forKey: lemma) {
      fields.dropFirst().forEach { consider(String($0)) }
    }
    for (suffix, replacement) in pos.detachmentRules where lemma.hasSuffix(suffix) {
      consider(String(lemma.dropLast(suffix.count)) + replacement)
    }
    return forms
  }

  /// The synset offsets of `lemma` as `pos`, most frequent sense first.
  public func synsets(of lemma: String, as pos: PartOfSpeech) -> [Int] {
    guard let fields = indexes[pos.rawValue].fields(forKey: lemma), fields.count > 3,
      let synsetCount = Int(fields[2])
    else { return [] }
    return fields.suffix(synsetCount).compactMap { Int($0) }
  }

  /// What WordNet says of one word that synonymy needs: keys that two words share exactly when
  /// WordNet relates them (see the type's documentation), and the keys of their antonyms.
  public struct Relations: Sendable, Equatable {
    /// Sorted, unique.
    public var synonymKeys: [Int64]
    /// Sorted, unique: keys of synsets that hold an antonym of the word.
    public var antonymKeys: [Int64]

    /// True when the two words are synonyms and neither is an antonym of the other ("increase"
    /// and "decrease" share a hypernym but are antonyms).
    public func isSynonym(of other: Relations) -> Bool {
      Self.intersect(synonymKeys, other.synonymKeys)
        && !Self.intersect(antonymKeys, other.synonymKeys)
        && !Self.intersect(other.antonymKeys, synonymKeys)
    }

    static func intersect(_ first: [Int64], _ second: [Int64]) -> Bool {
      var i = 0
      var j = 0
      while i < first.count && j < second.count {
        if first[i] == second[j] { return true }
        if first[i] < second[j] { i += 1 } else { j += 1 }
      }
      return false
    }
  }

  /// The relations of `word`, in lower case.
  public func relations(of word: String) -> Relations {
    var keys = Set<Int64>()
    var antonyms = Set<Int64>()
    for pos in PartOfSpeech.allCases {
      let synsetData = data[pos.rawValue]
      for base in baseForms(of: word, as: pos) {
        for offset in synsets(of: base, as: pos).prefix(Self.sensesConsidered) {
          keys.insert(Self.key(pos, offset, kind: 0))
          for antonym in pointers(in: synsetData, at: offset, symbol: "!") {
            antonyms.insert(Self.key(pos, antonym, kind: 0))
          }
          switch pos {
          case .adjective:
            for head in pointers(in: synsetData, at: offset, symbol: "&", onlyIfSatellite: true) {
              keys.insert(Self.key(.adjective, head, kind: 0))
            }
          case .verb:
            for hypernym in pointers(in: synsetData, at: offset, symbol: "@")
            where pointers(in: synsetData, at: hypernym, symbol: "~").count
              <= Self.narrowHypernymLimit
            {
              keys.insert(Self.key(.verb, hypernym, kind: 1))
            }
          case .noun, .adverb:
            break
          }
        }
      }
    }
    return Relations(synonymKeys: keys.sorted(), antonymKeys: antonyms.sorted())
  }

  /// True when `first` and `second` are synonyms.
  public func areSynonyms(_ first: String, _ second: String) -> Bool {
    relations(of: first).isSynonym(of: relations(of: second))
  }

  private static func key(_ pos: PartOfSpeech, _ offset: Int, kind: Int64) -> Int64 {
    (kind << 40) | (Int64(pos.rawValue) << 32) | Int64(offset)
  }

  /// Targets of the pointers with `symbol` in the synset at `offset`.
  private func pointers(
    in data: SortedLineFile, at offset: Int, symbol: String, onlyIfSatellite: Bool = false
  ) -> [Int] {
    guard let line = data.line(at: offset) else { return [] }
    let fields = line.split(separator: " ")
    guard fields.count > 4, let wordCount = Int(fields[3], radix: 16) else { return [] }
    if onlyIfSatellite && fields[2] != "s" { return [] }
    let pointerCountIndex = 4 + 2 * wordCount
    guard pointerCountIndex < fields.count, let pointerCount = Int(fields[pointerCountIndex])
    else { return [] }
    var targets: [Int] = []
    for pointer in 0..<pointerCount {
      let base = pointerCountIndex + 1 + pointer * 4
      guard base + 1 < fields.count else { break }
      if fields[base] == symbol, let target = Int(fields[base + 1]) { targets.append(target) }
    }
    return targets
  }
}
