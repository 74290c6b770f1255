import Testing

@testable import QuotedriftEngine

@Suite struct ISODateTests {
  @Test(arguments: [
    ("2021-09-15", "2021-09-15"),
    ("2021/09/15", "2021-09-15"),
    ("2021-09-15T10:00:00Z", "2021-09-15T10:00:00Z"),
    ("2021-09-15T10:00Z", "2021-09-15T10:00:00Z"),
    ("2021-09-15T10:00:00.123456Z", "2021-09-15T10:00:00Z"),
    ("2021-09-15T22:30:00-04:00", "2021-09-16T02:30:00Z"),
    ("2021-09-15T01:30:00+0200", "2021-09-14T23:30:00Z"),
    ("2021-09-15 10:00:00", "2021-09-15"),
    ("2021-09-15 10:00:00 UTC", "2021-09-15T10:00:00Z"),
    ("Wed, 15 Sep 2021 10:00:00 GMT", "2021-09-15T10:00:00Z"),
    ("Wed, 15 Sep 2021 10:00:00 +0000", "2021-09-15T10:00:00Z"),
    ("15 Sep 2021 06:00 -0400 (EDT)", "2021-09-15T10:00:00Z"),
    ("Thu, 31 Dec 2020 23:00:00 EST", "2021-01-01T04:00:00Z"),
    ("September 15, 2021", "2021-09-15"),
    ("Sept. 15, 2021", "2021-09-15"),
    ("Wednesday, September 15th, 2021", "2021-09-15"),
    ("15 September 2021", "2021-09-15"),
    ("September 15, 2021 at 6:05 PM EDT", "2021-09-15T22:05:00Z"),
    ("  2020-02-29 ", "2020-02-29"),
  ])
  func readsCommonForms(text: String, expected: String) {
    #expect(ISODate.normalised(text) == expected)
  }

  @Test(arguments: [
    "", "yesterday", "2021-13-01", "2021-02-29", "2021-09-31", "2021-09-15T25:00:00Z",
    "2021-09-15T10:00:00+25:00", "September 32, 2021", "Sep 2021", "15/09/2021", "2021-09-15junk",
    "99999-01-01", String(repeating: "9", count: 1000),
  ])
  func rejectsWhatIsNotADate(text: String) {
    #expect(ISODate.normalised(text) == nil)
  }

  @Test func readsSecondsSince1970() {
    #expect(ISODate.normalised(secondsSince1970: 1_631_700_000) == "2021-09-15T10:00:00Z")
    #expect(ISODate.normalised(secondsSince1970: 0) == "1970-01-01T00:00:00Z")
    #expect(ISODate.normalised(secondsSince1970: -86_400) == "1969-12-31T00:00:00Z")
    #expect(ISODate.normalised(secondsSince1970: Int.max / 2) == nil)
  }
}
