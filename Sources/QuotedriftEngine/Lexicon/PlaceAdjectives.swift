import Foundation

extension WordNet {
  /// WordNet's lexicographer file of places (`noun.location`).
  static let locationFile = 15

  /// Adjectives of places and the places they name, both in lower case: "chinese" gives "china",
  /// "tunisian" gives "tunisia", "american" gives "america". An adjective counts when WordNet
  /// spells it with a capital and a sense of it pertains (pointer `\`) to a one-word noun in
  /// `noun.location`. Of the places its senses name, the first (most frequent) that no other
  /// one holds is taken: "tunisian" is of Tunisia, not of its capital Tunis.
  public func placeAdjectives() -> [String: String] {
    let pertainyms = placePertainyms()
    var places: [String: String] = [:]
    for adjective in Set(pertainyms.values.flatMap { $0.map(\.adjective) }) {
      let candidates = (lemmas(of: adjective, as: .adjective).first?.synsets ?? []).compactMap {
        synset in pertainyms[synset]?.first(where: { $0.adjective == adjective })?.place
      }
      guard candidates.count > 1 else {
        places[adjective] = candidates.first
        continue
      }
      let holders = candidates.map { self.regions(holding: $0) }
      places[adjective] =
        candidates.indices.first { index in
          !candidates.contains { holders[index].contains($0) }
        }.map { candidates[$0] } ?? candidates.first
    }
    return places
  }

  /// The one-word places, in lower case, that hold `place` (a place in lower case), by WordNet's
  /// part holonyms (`#p`) followed up to `depth` steps: "athens" is in "greece" and "europe".
  public func regions(holding place: String, depth: Int = 4) -> Set<String> {
    let nouns = data[PartOfSpeech.noun.rawValue]
    return nouns.withBytes { bytes in
      var regions = Set<String>()
      var seen = Set<Int>()
      var level = (lemmas(of: place, as: .noun).first?.synsets ?? []).filter { offset in
        SynsetLine(bytes, offset..<bytes.count)?.lexicographerFile == Self.locationFile
      }
      for _ in 0...depth where !level.isEmpty {
        var next: [Int] = []
        for offset in level where seen.insert(offset).inserted {
          guard let synset = SynsetLine(bytes, offset..<bytes.count) else { continue }
          for pointer in synset.pointers where pointer.symbol == "#p" {
            next.append(pointer.target)
          }
        }
        for offset in next {
          guard let holder = SynsetLine(bytes, offset..<bytes.count) else { continue }
          for word in holder.words
          where word.unicodeScalars.allSatisfy({ ScalarClasses.isLetter($0) }) {
            regions.insert(word.lowercased())
          }
        }
        level = next
      }
      return regions
    }
  }

  /// For each adjective synset with a capitalised word that pertains to a one-word place, that
  /// word in lower case and the place's word in lower case.
  private func placePertainyms() -> [Int: [(adjective: String, place: String)]] {
    let adjectives = data[PartOfSpeech.adjective.rawValue]
    let nouns = data[PartOfSpeech.noun.rawValue]
    return adjectives.withBytes { bytes in
      var found: [Int: [(adjective: String, place: String)]] = [:]
      // Only lines with a pertainym pointer (a lone `\`) are parsed; memchr finds them.
      var cursor = 0
      var lastLine = -1
      while cursor < bytes.count, let base = bytes.baseAddress,
        let hit = memchr(base + cursor, 0x5C, bytes.count - cursor)
      {
        let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        cursor = index + 1
        var lineStart = index
        while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var lineEnd = index
        while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
        // License lines start with spaces; synset lines with their offset.
        guard lineStart != lastLine, bytes[lineStart] != 0x20,
          let synset = SynsetLine(bytes, lineStart..<lineEnd)
        else { continue }
        lastLine = lineStart
        cursor = lineEnd
        for pointer in synset.pointers where pointer.symbol == "\\" && pointer.pos == "n" {
          let sources =
            pointer.sourceWord == 0 ? Array(synset.words.indices) : [pointer.sourceWord - 1]
          for source in sources where synset.words.indices.contains(source) {
            let adjective = synset.words[source]
            guard let first = adjective.unicodeScalars.first, ("A"..."Z").contains(first),
              let place = nouns.withBytes({ placeWord(pointer, in: $0) })
            else { continue }
            found[synset.offset, default: []].append((adjective.lowercased(), place))
          }
        }
      }
      return found
    }
  }

  /// The lower-case word a pertainym points to, when its synset is a place and the word one word.
  private func placeWord(_ pointer: SynsetLine.Pointer, in nounBytes: UnsafeBufferPointer<UInt8>)
    -> String?
  {
    guard pointer.target < nounBytes.count,
      let noun = SynsetLine(nounBytes, pointer.target..<nounBytes.count),
      noun.lexicographerFile == Self.locationFile
    else { return nil }
    let index = pointer.targetWord == 0 ? 0 : pointer.targetWord - 1
    guard noun.words.indices.contains(index) else { return nil }
    let word = noun.words[index]
    guard word.unicodeScalars.allSatisfy({ ScalarClasses.isLetter($0) }) else { return nil }
    return word.lowercased()
  }
}

/// One synset line of a WordNet data file, read up to its gloss: offset, lexicographer file,
/// words (without their adjective markers such as "(a)") and pointers.
struct SynsetLine {
  /// A pointer with its source and target word numbers (0: the whole synset).
  struct Pointer {
    var symbol: String
    var target: Int
    var pos: String
    var sourceWord: Int
    var targetWord: Int
  }

  var offset: Int
  var lexicographerFile: Int
  var words: [String] = []
  var pointers: [Pointer] = []

  /// Parses the line in `range` of `bytes`; `nil` when it is not a synset line.
  init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    var cursor = range.lowerBound
    func nextField() -> Range<Int>? {
      while cursor < range.upperBound && bytes[cursor] == 0x20 { cursor += 1 }
      guard cursor < range.upperBound, bytes[cursor] != 0x0A, bytes[cursor] != 0x7C else {
        return nil
      }
      let start = cursor
      while cursor < range.upperBound && bytes[cursor] != 0x20 && bytes[cursor] != 0x0A {
        cursor += 1
      }
      return start..<cursor
    }
    func number(_ field: Range<Int>?, radix: Int = 10) -> Int? {
      guard let field, !field.isEmpty else { return nil }
      return Int(
        String(decoding: UnsafeBufferPointer(rebasing: bytes[field]), as: UTF8.self), radix: radix)
    }
    func text(_ field: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[field]), as: UTF8.self)
    }
    guard let offset = number(nextField()), let file = number(nextField()), nextField() != nil,
      let wordCount = number(nextField(), radix: 16)
    else { return nil }
    self.offset = offset
    lexicographerFile = file
    for _ in 0..<wordCount {
      guard let word = nextField(), nextField() != nil else { return nil }
      var spelling = text(word)
      if let marker = spelling.firstIndex(of: "(") { spelling = String(spelling[..<marker]) }
      words.append(spelling)
    }
    guard let pointerCount = number(nextField()) else { return nil }
    for _ in 0..<pointerCount {
      guard let symbol = nextField(), let target = number(nextField()), let pos = nextField(),
        let sourceTarget = nextField(), sourceTarget.count == 4
      else { return nil }
      let numbers = text(sourceTarget)
      pointers.append(
        Pointer(
          symbol: text(symbol), target: target, pos: text(pos),
          sourceWord: Int(numbers.prefix(2), radix: 16) ?? 0,
          targetWord: Int(numbers.suffix(2), radix: 16) ?? 0))
    }
  }
}
