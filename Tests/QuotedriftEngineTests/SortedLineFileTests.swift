import Testing

@testable import QuotedriftEngine

@Suite struct SortedLineFileTests {
  /// The fields of the line of `file` whose first field is `key`, as text.
  func fields(of key: String, in file: SortedLineFile) -> [String]? {
    file.fields(forKey: Array(key.utf8)).map { fields in
      file.withBytes { bytes in fields.map { String(decoding: bytes[$0], as: UTF8.self) } }
    }
  }

  @Test func findsTheSameLinesBeforeAndAfterItsLineTableIsBuilt() throws {
    let file = try #require(SortedLineFile(path: "\(WordNet.defaultDirectory)/index.noun"))
    let keys = ["tension", "water", "a", "zymosis", "zzzz", "aaaa", "practice", "1"]
    func lookUp(_ key: String) -> [String]? { fields(of: key, in: file) }
    let before = keys.map(lookUp)
    #expect(before[0]?.first == "tension")
    #expect(before[4] == nil && before[5] == nil, "missing keys are not found")
    for _ in 0...SortedLineFile.lookupsBeforeTable { _ = file.fields(forKey: Array("x".utf8)) }
    #expect(keys.map(lookUp) == before)
  }

  @Test func aKeyOnTwoLinesFindsTheFirstBeforeAndAfterItsTableIsBuilt() throws {
    // adj.exc lists "offer" twice: "offer off", then "offer offer".
    let file = try #require(SortedLineFile(path: "\(WordNet.defaultDirectory)/adj.exc"))
    func bases(_ key: String) -> [String]? { fields(of: key, in: file) }
    #expect(bases("offer") == ["offer", "off"])
    for _ in 0...SortedLineFile.lookupsBeforeTable { _ = file.fields(forKey: Array("x".utf8)) }
    #expect(bases("offer") == ["offer", "off"])
    #expect(bases("zzzz") == nil)
  }
}
