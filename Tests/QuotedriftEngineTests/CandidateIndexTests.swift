import Testing

@testable import QuotedriftEngine

/// The candidate index finds the same sentence pairs whether each entry packs its sentence
/// beside its key or keeps it apart (the layout of a vocabulary too large to pack).
@Suite struct CandidateIndexTests {
  @Test func packedAndSeparateEntriesFindTheSamePairs() throws {
    let articles = try ArticleLoader.load(paths: [sampleArticlesPath]).articles
    let corpus = Corpus(articles: articles, lexicon: sharedLexicon)
    let settings = MatchingSettings().scaled()
    let packed = CandidateIndex(corpus: corpus, settings: settings)
    let separate = CandidateIndex(corpus: corpus, settings: settings, packsOwners: false)
    #expect(packed.sentences == separate.sentences)
    #expect(packed.candidates.count > 10)
    #expect(packed.candidates.map(\.0) == separate.candidates.map(\.0))
    #expect(packed.candidates.map(\.1) == separate.candidates.map(\.1))
    // Every pair joins two sentences of different articles, the earlier first.
    for (first, second) in packed.candidates {
      #expect(first < second)
      #expect(packed.sentences[Int(first)].article != packed.sentences[Int(second)].article)
    }
  }

  @Test func aStatementCopiedIntoTwoArticlesIsACandidateOnce() {
    let statement =
      "The general told his counterpart that the United States would not strike without warning."
    let corpus = Corpus(
      articles: [
        article("Officials met on Monday. \(statement) The talks ended late.", id: "a1"),
        article("A report appeared on Friday. \(statement) Nobody else spoke.", id: "a2"),
      ], lexicon: sharedLexicon)
    let index = CandidateIndex(corpus: corpus, settings: MatchingSettings().scaled())
    let pairs = index.candidates.map { (index.sentences[Int($0.0)], index.sentences[Int($0.1)]) }
    #expect(pairs.count == 1)
    #expect(pairs.first?.0 == CandidateIndex.SentenceRef(article: 0, sentence: 1))
    #expect(pairs.first?.1 == CandidateIndex.SentenceRef(article: 1, sentence: 1))
  }

  @Test func keysSeenOnceAreDroppedAndEveryEntryOfARepeatedKeyStaysInOrder() {
    // 20,000 keys held once (below 2^40) and 500 held two to four times (2^41 and up), mixed,
    // packed above 16 sentence bits and apart: what stays is every entry of a repeated key, in
    // order, and few of the others.
    var keys = (0..<20_000).map { (UInt64($0) &* 0x9E37_79B9_7F4A_7C15) >> 24 }
    for key in 0..<500 { keys += Array(repeating: (1 << 41) + UInt64(key), count: 2 + key % 3) }
    var mixer = LinearCongruential()
    keys.shuffle(using: &mixer)
    let owners = keys.indices.map { Int32($0 % 60_000) }
    let repeated = keys.indices.filter { keys[$0] >= 1 << 41 }
    var separate = keys
    var separateOwners = owners
    CandidateIndex.dropKeysSeenOnce(
      &separate, owners: &separateOwners, layout: .init(ownerBits: nil))
    let keptRepeated = separate.indices.filter { separate[$0] >= 1 << 41 }
    #expect(keptRepeated.map { separate[$0] } == repeated.map { keys[$0] })
    #expect(keptRepeated.map { separateOwners[$0] } == repeated.map { owners[$0] })
    var packed = keys.indices.map { keys[$0] << 16 | UInt64(owners[$0] & 0xFFFF) }
    let packedRepeated = repeated.map { packed[$0] }
    var none: [Int32] = []
    CandidateIndex.dropKeysSeenOnce(&packed, owners: &none, layout: .init(ownerBits: 16))
    #expect(packed.filter { $0 >> 16 >= 1 << 41 } == packedRepeated)
    #expect(separate.count < repeated.count + 4_000)
    #expect(packed.count < repeated.count + 4_000)
  }

  /// A fixed sequence of numbers, so the test mixes its keys the same way every run.
  private struct LinearCongruential: RandomNumberGenerator {
    var state: UInt64 = 1
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state
    }
  }

  @Test func aSentencesRepeatsOfAKeyCountOnce() {
    var packed: [UInt64] = [3, 3, 4, 7, 7, 7, 9]
    var none: [Int32] = []
    CandidateIndex.removeRepeatedEntries(&packed, owners: &none)
    #expect(packed == [3, 4, 7, 9])
    var keys: [UInt64] = [5, 5, 5, 6, 6]
    var owners: [Int32] = [1, 1, 2, 2, 2]
    CandidateIndex.removeRepeatedEntries(&keys, owners: &owners)
    #expect(keys == [5, 5, 6])
    #expect(owners == [1, 2, 2])
  }

  @Test func aSentenceRepeatingTwoWordsSharesTheirKeyOnce() {
    // "port" and "strike" stand together twice in the first sentence: one key, not two, so the
    // sentences share too few keys to be candidates.
    let corpus = Corpus(
      articles: [
        article("The port strike ended, and the port strike began again.", id: "a1"),
        article("A port strike stopped ships at dawn.", id: "a2"),
      ], lexicon: sharedLexicon)
    var settings = MatchingSettings().scaled()
    settings.minimumSharedKeys = 2
    #expect(CandidateIndex(corpus: corpus, settings: settings).candidates.isEmpty)
    settings.minimumSharedKeys = 1
    #expect(CandidateIndex(corpus: corpus, settings: settings).candidates.count == 1)
  }
}
