import Testing

@testable import QuotedriftEngine

@Suite struct LexiconTests {
  @Test(arguments: [
    ("tensions", "tension"), ("practices", "practic"), ("lowering", "lower"),
    ("accordance", "accord"),
  ])
  func snowballStems(word: String, stem: String) {
    #expect(sharedLexicon.stemmer.stem(word) == stem)
  }

  @Test func morphyFindsDictionaryForms() throws {
    let wordNet = try #require(sharedLexicon.wordNet)
    #expect(wordNet.baseForms(of: "lowering", as: .verb) == ["lower"])
    #expect(wordNet.baseForms(of: "went", as: .verb) == ["go"])
    #expect(wordNet.baseForms(of: "tensions", as: .noun) == ["tension"])
    #expect(wordNet.baseForms(of: "xyzzy", as: .noun).isEmpty)
  }

  @Test(arguments: [
    ("lowering", "reducing"), ("past", "previous"), ("specific", "particular"),
    ("private", "secret"), ("vital", "critical"), ("mutual", "common"), ("accord", "accordance"),
  ])
  func wordNetSynonyms(first: String, second: String) throws {
    let wordNet = try #require(sharedLexicon.wordNet)
    #expect(wordNet.areSynonyms(first, second))
    #expect(wordNet.areSynonyms(second, first))
  }

  @Test(arguments: [
    ("increase", "decrease"), ("cat", "dog"), ("good", "bad"), ("tensions", "xyzzy"),
  ])
  func notSynonyms(first: String, second: String) throws {
    let wordNet = try #require(sharedLexicon.wordNet)
    #expect(!wordNet.areSynonyms(first, second))
  }

  @Test(arguments: [
    ("chinese", "china"), ("russian", "russia"), ("tunisian", "tunisia"), ("greek", "greece"),
    ("afghan", "afghanistan"), ("iraqi", "iraq"),
  ])
  func placeAdjectivesNameTheirPlaces(adjective: String, place: String) throws {
    let wordNet = try #require(sharedLexicon.wordNet)
    #expect(wordNet.placeAdjectives()[adjective] == place)
  }

  @Test func onlyCapitalisedAdjectivesOfPlacesAreRead() throws {
    let places = try #require(sharedLexicon.wordNet).placeAdjectives()
    // "urban" pertains to "city", but city is no place name.
    #expect(places["urban"] == nil)
    #expect(places["coastal"] == nil)
  }

  @Test func aPlaceAdjectiveStemsAsItsPlace() {
    #expect(sharedLexicon.stemKey(of: "chinese") == sharedLexicon.stemKey(of: "china"))
    #expect(sharedLexicon.stemKey(of: "russian") == sharedLexicon.stemKey(of: "russia's"))
    #expect(sharedLexicon.stemKey(of: "russian") != sharedLexicon.stemKey(of: "chinese"))
    #expect(sharedLexicon.places[sharedLexicon.stemKey(of: "greek")] == "greece")
    #expect(sharedLexicon.regions(ofPlace: sharedLexicon.stemKey(of: "athens")).contains("greec"))
  }

  @Test func placesAreHeldByTheirRegions() throws {
    let wordNet = try #require(sharedLexicon.wordNet)
    #expect(wordNet.regions(holding: "athens").isSuperset(of: ["greece", "europe"]))
    #expect(!wordNet.regions(holding: "athens").contains("russia"))
    #expect(wordNet.regions(holding: "xyzzy").isEmpty)
  }

  @Test func aMissingWordNetFolderIsNil() {
    #expect(WordNet(directory: "/no/such/wordnet") == nil)
  }

  @Test func gradesAreOrdered() {
    let analysis = analyze(["Reducing the tensions.", "Lowering tension. Reducing hats."])
    var similarity = analysis.similarity
    let vocabulary = analysis.corpus.vocabulary
    let ids = ["reducing", "lowering", "tensions", "tension", "hats"].map { vocabulary.id(of: $0)! }
    similarity.prepare(ids)
    #expect(similarity.grade(ids[0], ids[0]) == .equal)
    #expect(similarity.grade(ids[2], ids[3]) == .inflection)
    #expect(similarity.grade(ids[0], ids[1]) == .synonym)
    #expect(similarity.grade(ids[0], ids[4]) == .unrelated)
    #expect(
      WordGrade.equal > .inflection && WordGrade.inflection > .synonym
        && WordGrade.synonym > .unrelated)
  }

  @Test func preparingWordsInTwoStepsLinksWhatPreparingThemAtOnceLinks() {
    let analysis = analyze([
      "Reducing the tensions and lowering them.", "Increasing it, decreasing hats, cutting costs.",
    ])
    let vocabulary = analysis.corpus.vocabulary
    let ids = ["reducing", "lowering", "increasing", "decreasing", "cutting", "hats"].map {
      vocabulary.id(of: $0)!
    }
    var atOnce = WordSimilarity(vocabulary: vocabulary, wordNet: sharedLexicon.wordNet)
    atOnce.prepare(ids)
    var inSteps = WordSimilarity(vocabulary: vocabulary, wordNet: sharedLexicon.wordNet)
    inSteps.prepare(ids[..<3])
    inSteps.prepare(ids[3...])
    for first in ids {
      for second in ids {
        #expect(atOnce.grade(first, second) == inSteps.grade(first, second))
      }
    }
    #expect(inSteps.grade(ids[0], ids[1]) == .synonym)
    #expect(inSteps.grade(ids[0], ids[4]) == .synonym)
    // They share a hypernym, but are antonyms.
    #expect(inSteps.grade(ids[2], ids[3]) == .unrelated)
    #expect(inSteps.grade(ids[0], ids[5]) == .unrelated)
  }
}
