import Foundation

/// The language resources matching uses: the Snowball stemmer and, when installed, WordNet.
public struct Lexicon: Sendable {
  public let stemmer: SnowballStemmer
  /// `nil` when WordNet's files are missing: matching then knows no synonyms.
  public let wordNet: WordNet?
  private let placeTable: PlaceTable

  /// The stem of each place adjective and the stem of its place ("chines" gives "china"), from
  /// ``WordNet/placeAdjectives()``; empty without WordNet. Read from WordNet on first use.
  public var placeStems: [String: String] { placeTable.value.stems }
  /// The stem of each of those places and its name in WordNet ("china": "china").
  public var places: [String: String] { placeTable.value.places }

  /// Why the lexicon cannot be opened.
  public struct Unavailable: Error, CustomStringConvertible {
    public var description: String
  }

  /// Opens the English stemmer and WordNet from `wordNetDirectory`.
  public init(wordNetDirectory: String = WordNet.defaultDirectory) throws(Unavailable) {
    guard let stemmer = SnowballStemmer() else {
      throw Unavailable(description: "libstemmer has no English stemmer")
    }
    self.stemmer = stemmer
    wordNet = WordNet(directory: wordNetDirectory)
    placeTable = PlaceTable(stemmer: stemmer, wordNet: wordNet)
  }

  /// The stems of the places that hold the place whose stem is `placeStem` ("athen" is in
  /// "greec" and "europ"), by ``WordNet/regions(holding:depth:)``; empty for another stem.
  public func regions(ofPlace placeStem: String) -> Set<String> {
    guard let place = places[placeStem], let wordNet else { return [] }
    return Set(wordNet.regions(holding: place).map(stemmer.stem))
  }

  /// What `norm` (a matching form) is stemmed as: the canonical form of a number or date
  /// (``WordLists/canonicalForms``), the stem of the place a place adjective names ("Chinese"
  /// and "China" share "china"), the Snowball stem of another plain word, else the form itself.
  public func stemKey(of norm: String) -> String {
    stemKey(of: norm, placeStems: placeStems)
  }

  /// ``stemKey(of:)`` with ``placeStems`` read once by the caller, for many forms in a row.
  func stemKey(of norm: String, placeStems: [String: String]) -> String {
    if let canonical = WordLists.canonicalForms[norm] { return canonical }
    guard norm.unicodeScalars.allSatisfy({ ScalarClasses.isLetter($0) || $0 == "'" }) else {
      return norm
    }
    let stem = stemmer.stem(norm)
    return placeStems[stem] ?? stem
  }
}

/// WordNet's place adjectives by stem, read the first time matching asks (about 10 ms, which
/// opening the reader should not wait for), then kept; safe to ask from any thread.
private final class PlaceTable: @unchecked Sendable {
  typealias Table = (stems: [String: String], places: [String: String])

  private let stemmer: SnowballStemmer
  private let wordNet: WordNet?
  private let lock = NSLock()
  private var table: Table?

  init(stemmer: SnowballStemmer, wordNet: WordNet?) {
    self.stemmer = stemmer
    self.wordNet = wordNet
  }

  var value: Table {
    lock.lock()
    defer { lock.unlock() }
    if let table { return table }
    var built: Table = ([:], [:])
    for (adjective, place) in wordNet?.placeAdjectives() ?? [:] {
      let adjectiveStem = stemmer.stem(adjective)
      let placeStem = stemmer.stem(place)
      if adjectiveStem != placeStem { built.stems[adjectiveStem] = placeStem }
      built.places[placeStem] = place
    }
    table = built
    return built
  }
}
