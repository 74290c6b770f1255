import Testing

@testable import QuotedriftEngine

@Suite struct AlignerTests {
  /// An aligner over a corpus made of `texts`, and the ids of `words`.
  func setUp(_ texts: [String]) -> (WordAligner, (String) -> [Int32]) {
    let analysis = analyze(texts)
    var similarity = analysis.similarity
    similarity.prepare(0..<Int32(analysis.corpus.vocabulary.count))
    let aligner = WordAligner(similarity: similarity, settings: MatchingSettings())
    let vocabulary = analysis.corpus.vocabulary
    return (aligner, { $0.split(separator: " ").map { vocabulary.id(of: String($0))! } })
  }

  @Test func alignsAnInsertedAttributionAsAGap() {
    let (aligner, ids) = setUp(["all calls are staffed and coordinated butler said"])
    let alignment = aligner.align(
      ids("all calls butler said are staffed and coordinated"),
      ids("all calls are staffed and coordinated"))
    let pairs = alignment.steps.filter { $0.first != nil && $0.second != nil }
    #expect(pairs.count == 6)
    #expect(alignment.steps.filter { $0.second == nil }.map(\.first) == [2, 3])
  }

  @Test func aTrimmedQuoteAlignsInsideTheLongerReference() {
    let (aligner, ids) = setUp([
      "the chairman said calls are staffed and coordinated with the department"
    ])
    let alignment = aligner.align(
      ids("calls are staffed"),
      ids("the chairman said calls are staffed and coordinated with the department"))
    #expect(alignment.steps.map(\.second) == [3, 4, 5])
  }

  @Test func prefersOneChangedRunToSpeckles() {
    let (aligner, ids) = setUp(["homeland security objectives national security interests"])
    let alignment = aligner.align(
      ids("homeland security objectives"), ids("national security interests"))
    #expect(alignment.steps.map(\.second) == [0, 1, 2])
    #expect(alignment.steps.map(\.grade) == [.unrelated, .equal, .unrelated])
  }

  @Test func longSequencesAreSplitAtUniqueAnchors() {
    let words = (0..<1500).map { "w\($0)" }
    let text = words.joined(separator: " ")
    let (aligner, ids) = setUp([text])
    var version = words
    version.remove(at: 700)
    let alignment = aligner.align(ids(version.joined(separator: " ")), ids(text))
    let paired = alignment.steps.filter { $0.first != nil && $0.second != nil }
    #expect(paired.count == 1499)
    #expect(paired.allSatisfy { $0.grade == .equal })
  }

  @Test func longestIncreasingRun() {
    let pairs = [(0, 5), (1, 1), (2, 2), (3, 9), (4, 3)]
    #expect(UniqueAnchors.longestIncreasing(pairs).map(\.1) == [1, 2, 3])
  }
}
