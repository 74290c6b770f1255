import Foundation

/// Every distinct word form of a corpus, numbered, with what matching needs to know of it: its
/// Snowball stem (numbers and month abbreviations in one form: ``WordLists/canonicalForms``),
/// whether it is a function word, whether it states a number or date, and how much it weighs as
/// evidence (rarer across the corpus weighs more).
public struct Vocabulary: Sendable {
  /// Matching forms by id.
  public var norms: [String] { forms.strings }
  /// Stem id of each form.
  public private(set) var stems: [Int32] = []
  /// Stems by id.
  public var stemTexts: [String] { stemNumbering.strings }
  /// Function words and attribution words (see ``WordLists``).
  public private(set) var isFunctionWord: [Bool] = []

  /// Digits, number words and date words.
  public private(set) var isNumberLike: [Bool] = []
  /// Places with an adjective of their own (``Lexicon/places``): "China", "Chinese", "Russia's".
  private(set) var isPlace: [Bool] = []
  /// For the stem of each place, the stems of the places that hold it
  /// (``Lexicon/regions(ofPlace:)``) that some article holds.
  private(set) var regionsOfPlace: [Int32: Set<Int32>] = [:]
  /// Speech verbs (``SpeakerFinder/speechVerbs``): where attributions are looked for.
  private(set) var isSpeechVerb: [Bool] = []
  /// Negations (``WordLists/negations``).
  private(set) var isNegation: [Bool] = []
  /// The modal verb each form states, if any (``WordLists/modals``: "won't" states "will").
  private(set) var modals: [String?] = []
  /// Evidence weight of each form, 0…1.
  public private(set) var weights: [Float] = []

  /// Weight of every function word.
  public static let functionWordWeight: Float = 0.15
  /// Weight of a content word found in every article.
  public static let commonestWordWeight: Float = 0.3

  private var forms = StringNumbering()
  private var stemNumbering = StringNumbering()

  /// Numbers the forms of `articles` and returns, for each article, the form id of each word.
  static func build(for articles: [Article], lexicon: Lexicon) -> (Vocabulary, [[Int32]]) {
    // Each chunk of articles numbers its own forms on its own core; the chunks' numberings are
    // then merged into one, in chunk order, so a form's id is the order of its first use in the
    // corpus whatever the chunks. Few chunks keep the serial merge short.
    let chunks = Parallel.mapChunks(count: articles.count, chunks: Self.numberingChunks) {
      range -> (forms: StringNumbering, terms: [[Int32]]) in
      var forms = StringNumbering()
      // A word's form depends on its bytes alone: each spelling is normalised once per chunk.
      var spellings = ByteSliceTable()
      var probes: [ByteSliceTable.Probe] = []
      let terms = range.map { index in
        articles[index].bytes.withUnsafeBufferPointer { bytes in
          let words = articles[index].words
          let spelling = { (word: Word) in
            UnsafeBufferPointer(rebasing: bytes[word.start..<word.end])
          }
          // The table outgrows the cache: each word's slot and entry are fetched a few words
          // ahead of its look-up, so the misses of consecutive words overlap.
          probes.removeAll(keepingCapacity: true)
          for word in words { probes.append(ByteSliceTable.Probe(spelling(word))) }
          return words.indices.map { position -> Int32 in
            if position + Self.slotLookahead < words.count {
              spellings.prefetch(probes[position + Self.slotLookahead])
            }
            if position + Self.entryLookahead < words.count {
              spellings.prefetchEntry(probes[position + Self.entryLookahead])
            }
            let word = words[position]
            if let id = spellings.value(for: spelling(word), probe: probes[position]) { return id }
            let id = forms.number(word.norm(in: bytes))
            spellings.insert(spelling(word), probe: probes[position], value: id)
            return id
          }
        }
      }
      return (forms, terms)
    }
    var vocabulary = Vocabulary()
    vocabulary.forms.reserveCapacity(chunks.map(\.forms.strings.count).max() ?? 0)
    let globalIds = chunks.map { chunk in chunk.forms.strings.map { vocabulary.forms.number($0) } }
    let termsByArticle = Parallel.map(count: chunks.count) { chunk in
      chunks[chunk].terms.map { terms in terms.map { globalIds[chunk][Int($0)] } }
    }.flatMap { $0 }
    let norms = vocabulary.norms
    // What each form is depends on its text alone: found on every core, in chunks of forms.
    let placeStems = lexicon.placeStems
    let places = lexicon.places
    let stemKeys = Parallel.mapChunks(count: norms.count, chunks: 16) { range in
      range.map { lexicon.stemKey(of: norms[$0], placeStems: placeStems) }
    }.flatMap { $0 }
    vocabulary.stems = stemKeys.map { vocabulary.stemNumbering.number($0) }
    vocabulary.append(
      Parallel.mapChunks(count: norms.count, chunks: 16) { range in
        range.map { FormClass(norms[$0]) }
      }.flatMap { $0 })
    vocabulary.isPlace = vocabulary.stems.map {
      places[vocabulary.stemTexts[Int($0)]] != nil
    }
    vocabulary.regionsOfPlace = vocabulary.placeRegions(lexicon)
    vocabulary.weights = vocabulary.computeWeights(termsByArticle)
    return (vocabulary, termsByArticle)
  }

  /// Chunks of articles numbered apart by ``build(for:lexicon:)``: a few per core.
  private static let numberingChunks = 4
  /// Words ahead of its look-up that a word's slot in the spelling table is fetched…
  private static let slotLookahead = 16
  /// … and the entry that slot holds, once the slot has arrived.
  private static let entryLookahead = 8

  /// What a form is, from its text alone: the word lists it is in.
  private struct FormClass: Sendable {
    var isFunctionWord: Bool
    var isNumberLike: Bool
    var isNegation: Bool
    var isSpeechVerb: Bool
    var modal: String?

    init(_ norm: String) {
      isFunctionWord =
        WordLists.functionWords.contains(norm) || WordLists.attributionWords.contains(norm)
      isNumberLike =
        norm.unicodeScalars.first.map(ScalarClasses.isDigit) == true
        || WordLists.numberWords.contains(norm) || WordLists.dateWords.contains(norm)
      isNegation = WordLists.negations.contains(norm)
      isSpeechVerb = SpeakerFinder.speechVerbs.contains(norm)
      modal = WordLists.modals[norm]
    }
  }

  /// Appends the classes of the next forms, in id order.
  private mutating func append(_ classes: [FormClass]) {
    isFunctionWord += classes.map(\.isFunctionWord)
    isNumberLike += classes.map(\.isNumberLike)
    isNegation += classes.map(\.isNegation)
    isSpeechVerb += classes.map(\.isSpeechVerb)
    modals += classes.map(\.modal)
  }

  /// The vocabulary with the forms of the words of `article` (one more) added, and the form id
  /// of each word. The weights of forms already numbered stay as they are; a new content form
  /// weighs what a form whose stem is already numbered weighs, else 1 (found in one article:
  /// rare).
  func extended(with article: Article, lexicon: Lexicon) -> (Vocabulary, [Int32]) {
    var vocabulary = self
    let firstNew = count
    let terms = article.words.indices.map { vocabulary.forms.number(article.norm(ofWord: $0)) }
    guard vocabulary.count > firstNew else { return (vocabulary, terms) }
    var knownStems = Set<Int32>()
    let newStemsStart = stemTexts.count
    let placeStems = lexicon.placeStems
    let places = lexicon.places
    for id in firstNew..<vocabulary.count {
      let norm = vocabulary.norms[id]
      let stem = vocabulary.stemNumbering.number(
        lexicon.stemKey(of: norm, placeStems: placeStems))
      vocabulary.stems.append(stem)
      vocabulary.isPlace.append(places[vocabulary.stemTexts[Int(stem)]] != nil)
      if stem < newStemsStart { knownStems.insert(stem) }
    }
    vocabulary.append(vocabulary.norms[firstNew...].map(FormClass.init))
    vocabulary.regionsOfPlace = vocabulary.placeRegions(lexicon)
    var stemWeights: [Int32: Float] = [:]
    for id in 0..<firstNew
    where !isFunctionWord[id] && knownStems.contains(stems[id]) && stemWeights[stems[id]] == nil {
      stemWeights[stems[id]] = weights[id]
    }
    for id in firstNew..<vocabulary.count {
      vocabulary.weights.append(
        vocabulary.isFunctionWord[id]
          ? Self.functionWordWeight : stemWeights[vocabulary.stems[id]] ?? Self.maximumWeight)
    }
    return (vocabulary, terms)
  }

  /// ``regionsOfPlace`` for the stems numbered: WordNet is read only for the places found, on
  /// every core.
  private func placeRegions(_ lexicon: Lexicon) -> [Int32: Set<Int32>] {
    let places = lexicon.places
    let texts = stemTexts
    let placeStems = texts.indices.filter { places[texts[$0]] != nil }
    let numbering = stemNumbering
    let found = Parallel.mapChunks(count: placeStems.count, chunks: 16) { range in
      range.map { index in
        Set(
          lexicon.regions(ofPlace: texts[placeStems[index]]).compactMap(numbering.existingNumber))
      }
    }.flatMap { $0 }
    var regions: [Int32: Set<Int32>] = [:]
    for (stem, held) in zip(placeStems, found) { regions[Int32(stem)] = held }
    return regions
  }

  /// Weight of a content word found in at most two articles.
  static let maximumWeight: Float = 1

  /// The id of `norm`, when some article holds it.
  public func id(of norm: String) -> Int32? { forms.existingNumber(norm) }

  public var count: Int { norms.count }

  /// Content words weigh by the rarity of their stem across articles: 1 for a stem found in at
  /// most two articles, falling logarithmically to ``commonestWordWeight`` for one found in all.
  private func computeWeights(_ termsByArticle: [[Int32]]) -> [Float] {
    // Each chunk of articles counts the articles that hold each stem; the counts add up.
    let stemCount = stemTexts.count
    let stems = stems
    let counts = Parallel.mapChunks(count: termsByArticle.count, chunks: 4) { range in
      var documentFrequency = [Int32](repeating: 0, count: stemCount)
      var lastSeen = [Int32](repeating: -1, count: stemCount)
      for article in range {
        for term in termsByArticle[article] {
          let stem = Int(stems[Int(term)])
          if lastSeen[stem] != Int32(article) {
            lastSeen[stem] = Int32(article)
            documentFrequency[stem] += 1
          }
        }
      }
      return documentFrequency
    }
    var documentFrequency = counts.first ?? [Int32](repeating: 0, count: stemCount)
    for chunk in counts.dropFirst() {
      for stem in 0..<stemCount { documentFrequency[stem] += chunk[stem] }
    }
    let articleCount = Double(termsByArticle.count)
    let scale = log((articleCount + 1) / min(2, articleCount))
    return norms.indices.map { id in
      if isFunctionWord[id] { return Self.functionWordWeight }
      let frequency = Double(max(1, documentFrequency[Int(stems[id])]))
      let rarity = scale > 0 ? min(1, log((articleCount + 1) / frequency) / scale) : 1
      let floor = Double(Self.commonestWordWeight)
      return Float(floor + (1 - floor) * max(0, rarity))
    }
  }
}
