import Testing

@testable import QuotedriftEngine

@Suite struct BytePhraseSetTests {
  let phrases = BytePhraseSet([
    [Array("getty images".utf8), Array("photo by".utf8)],
    [Array("comments".utf8), Array("co".utf8)],
    [Array("(l)".utf8)],
  ])

  @Test func reportsEachGroupWithAPhraseAnywhere() {
    #expect(phrases.groups(in: Array("a view (photo by jo/getty images)".utf8)) == 0b001)
    #expect(phrases.groups(in: Array("leave your comments (l)".utf8)) == 0b110)
    #expect(phrases.groups(in: Array("nothing to see here".utf8)) == 0)
  }

  @Test func findsPhrasesAtTheEdgesAndNotPastTheEnd() {
    #expect(phrases.groups(in: Array("co".utf8)) == 0b010)
    #expect(phrases.groups(in: Array("(l".utf8)) == 0)
    #expect(phrases.groups(in: Array("getty image".utf8)) == 0)
    #expect(phrases.groups(in: Array("x".utf8)) == 0)
  }

  @Test func agreesWithAPlainSearchForEveryMarkerOfTheNoiseFilter() {
    let groups = [
      NoiseFilter.creditMarkers, NoiseFilter.promptMarkers, NoiseFilter.captionPositionMarkers,
      NoiseFilter.weakPromptMarkers,
    ]
    let set = BytePhraseSet(groups)
    let texts = [
      "washington (ap photo/evan vucci) the president spoke.",
      "share your thoughts in the comments below",
      "copyright \u{00A9} 2021 all rights reserved",
      "the general said he would call ahead of time.",
      "secretary lloyd austin (l) and general mark milley (r) at the pentagon",
      "follow us on twitter and sign up for the newsletter",
    ]
    for text in texts.map({ Array($0.utf8) }) {
      var expected: UInt64 = 0
      for (group, phrases) in groups.enumerated()
      where phrases.contains(where: { phrase in
        text.indices.contains { text[$0...].starts(with: phrase) }
      }) {
        expected |= 1 << UInt64(group)
      }
      #expect(set.groups(in: text) == expected)
    }
  }
}
