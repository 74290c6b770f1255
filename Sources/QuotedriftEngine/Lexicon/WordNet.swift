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
        [
          ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y"),
        ]
      case .verb:
        [
          ("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
          ("ing", ""),
        ]
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
  let data: [SortedLineFile]
  private let hyponymCounts = HyponymCountCache()

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
    lemmas(of: word, as: pos).map(\.lemma)
  }

  /// Each dictionary form of `word` with its synset offsets, in morphy's order.
  func lemmas(of word: String, as pos: PartOfSpeech) -> [(lemma: String, synsets: [Int])] {
    lemmaBytes(of: Self.indexKey(of: word), as: pos).map {
      (String(decoding: $0.lemma, as: UTF8.self), $0.synsets)
    }
  }

  /// `word` as WordNet's files spell it: bytes, spaces as underscores.
  private static func indexKey(of word: String) -> [UInt8] {
    word.utf8.map { $0 == 0x20 ? 0x5F : $0 }
  }

  /// ``lemmas(of:as:)`` of a word spelled as ``indexKey(of:)`` spells it, worked on bytes: it
  /// runs for every content word of a corpus, so the forms it tries are built in one buffer.
  private func lemmaBytes(of lemma: [UInt8], as pos: PartOfSpeech) -> [(
    lemma: [UInt8], synsets: [Int]
  )] {
    var found: [(lemma: [UInt8], synsets: [Int])] = []
    func consider(_ candidate: [UInt8]) {
      guard !found.contains(where: { $0.lemma == candidate }),
        let fields = indexes[pos.rawValue].fields(forKey: candidate)
      else { return }
      found.append((candidate, synsetOffsets(fields, in: indexes[pos.rawValue])))
    }
    consider(lemma)
    if let fields = exceptions[pos.rawValue].fields(forKey: lemma) {
      exceptions[pos.rawValue].withBytes { bytes in
        for base in fields.dropFirst() { consider(Array(bytes[base])) }
      }
    }
    var detached: [UInt8] = []
    for (suffix, replacement) in Self.detachmentRules[pos.rawValue]
    where lemma.count >= suffix.count && lemma.suffix(suffix.count).elementsEqual(suffix) {
      detached.removeAll(keepingCapacity: true)
      detached.append(contentsOf: lemma[..<(lemma.count - suffix.count)])
      detached.append(contentsOf: replacement)
      consider(detached)
    }
    return found
  }

  /// Morphy's detachment rules of each part of speech, as bytes.
  private static let detachmentRules: [[(suffix: [UInt8], replacement: [UInt8])]] =
    PartOfSpeech.allCases.map { pos in
      pos.detachmentRules.map { (Array($0.0.utf8), Array($0.1.utf8)) }
    }

  /// The synset offsets at the end of an index line (its `fields` in `file`).
  private func synsetOffsets(_ fields: [Range<Int>], in file: SortedLineFile) -> [Int] {
    file.withBytes { bytes in
      func number(_ range: Range<Int>) -> Int? {
        var value = 0
        for byte in bytes[range] {
          guard byte >= 0x30 && byte <= 0x39 else { return nil }
          value = value * 10 + Int(byte - 0x30)
        }
        return value
      }
      guard fields.count > 3, let synsetCount = number(fields[2]) else { return [] }
      return fields.suffix(synsetCount).compactMap(number)
    }
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
    var keys: [Int64] = []
    var antonyms: [Int64] = []
    let lemma = Self.indexKey(of: word)
    for pos in PartOfSpeech.allCases {
      for (_, synsets) in lemmaBytes(of: lemma, as: pos) {
        for offset in synsets.prefix(Self.sensesConsidered) {
          keys.append(Self.key(pos, offset, kind: 0))
          let synset = record(pos, offset)
          for pointer in synset.pointers {
            switch (pointer.symbol, pos) {
            case (UInt8(ascii: "!"), _):
              antonyms.append(Self.key(pos, pointer.target, kind: 0))
            case (UInt8(ascii: "&"), .adjective) where synset.isSatellite:
              keys.append(Self.key(.adjective, pointer.target, kind: 0))
            case (UInt8(ascii: "@"), .verb)
            where hyponymCount(ofVerb: pointer.target) <= Self.narrowHypernymLimit:
              keys.append(Self.key(.verb, pointer.target, kind: 1))
            default:
              break
            }
          }
        }
      }
    }
    keys.sortAndRemoveRepeats()
    antonyms.sortAndRemoveRepeats()
    return Relations(synonymKeys: keys, antonymKeys: antonyms)
  }

  /// True when `first` and `second` are synonyms.
  public func areSynonyms(_ first: String, _ second: String) -> Bool {
    relations(of: first).isSynonym(of: relations(of: second))
  }

  private static func key(_ pos: PartOfSpeech, _ offset: Int, kind: Int64) -> Int64 {
    (kind << 40) | (Int64(pos.rawValue) << 32) | Int64(offset)
  }

  /// How many direct hyponyms the verb synset at `offset` has; general verbs ("change", "move")
  /// have hundreds and are met again and again, so counts are kept.
  private func hyponymCount(ofVerb offset: Int) -> Int {
    if let count = hyponymCounts.count(for: offset) { return count }
    let count = record(.verb, offset).pointers.count { $0.symbol == UInt8(ascii: "~") }
    hyponymCounts.store(count, for: offset)
    return count
  }

  /// What a synset's data line says that synonymy needs: whether it is an adjective satellite,
  /// and the pointers synonymy reads (symbol, one byte, and target offset).
  struct SynsetRecord {
    var isSatellite = false
    var pointers: [(symbol: UInt8, target: Int)] = []
  }

  /// Parses the data line at `offset` up to its gloss, byte by byte.
  private func record(_ pos: PartOfSpeech, _ offset: Int) -> SynsetRecord {
    data[pos.rawValue].withBytes { bytes in
      var record = SynsetRecord()
      var cursor = offset
      func nextField() -> Range<Int>? {
        while cursor < bytes.count && bytes[cursor] == 0x20 { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] != 0x0A, bytes[cursor] != 0x7C else { return nil }
        let start = cursor
        while cursor < bytes.count && bytes[cursor] != 0x20 && bytes[cursor] != 0x0A { cursor += 1 }
        return start..<cursor
      }
      func number(_ range: Range<Int>, radix: Int = 10) -> Int? {
        var value = 0
        for byte in bytes[range] {
          let digit: Int
          switch byte {
          case 0x30...0x39: digit = Int(byte - 0x30)
          case 0x61...0x66 where radix == 16: digit = Int(byte - 0x61 + 10)
          default: return nil
          }
          value = value * radix + digit
        }
        return range.isEmpty ? nil : value
      }
      guard offset >= 0, offset < bytes.count, nextField() != nil, nextField() != nil,
        let type = nextField(), let wordCountField = nextField(),
        let wordCount = number(wordCountField, radix: 16)
      else { return record }
      record.isSatellite = bytes[type.lowerBound] == 0x73
      for _ in 0..<(2 * wordCount) { guard nextField() != nil else { return record } }
      guard let pointerCountField = nextField(), let pointerCount = number(pointerCountField)
      else { return record }
      record.pointers.reserveCapacity(pointerCount)
      for _ in 0..<pointerCount {
        guard let symbol = nextField(), let target = nextField(), nextField() != nil,
          nextField() != nil, let targetOffset = number(target)
        else { break }
        // Only the pointers synonymy reads: antonyms, similar-to, hypernyms, hyponyms.
        guard symbol.count == 1 else { continue }
        switch bytes[symbol.lowerBound] {
        case 0x21, 0x26, 0x40, 0x7E: break
        default: continue
        }
        record.pointers.append((bytes[symbol.lowerBound], targetOffset))
      }
      return record
    }
  }
}

/// Hyponym counts of verb synsets, shared by the threads that look words up.
private final class HyponymCountCache: @unchecked Sendable {
  private var counts: [Int: Int] = [:]
  private let lock = NSLock()

  func count(for offset: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    return counts[offset]
  }

  func store(_ count: Int, for offset: Int) {
    lock.lock()
    defer { lock.unlock() }
    counts[offset] = count
  }
}
