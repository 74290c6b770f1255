import Foundation
import Testing

@testable import QuotedriftEngine

@Suite struct ArchiveTests {
  let body =
    "The minister said the talks would resume on Monday after a pause of two weeks in the capital."

  func load(_ name: String, _ text: String) throws -> (ArticleLoader.Result, String) {
    let folder = TemporaryFolder()
    let path = folder.write(name, text)
    return (try ArticleLoader.load(paths: [path]), path)
  }

  @Test func twoSpellingsOfOneFieldGiveTheSameAnswerEveryTime() {
    let record = ArchiveRecord(
      number: 1, line: 1, fields: ["title": "A", "Title": "B", "TITLE": "C", "text": body])
    // The spelling first in byte order wins: "TITLE" before "Title" before "title".
    #expect(record.fields[ArchiveRecord.fieldKey("title")] as? String == "C")
  }

  @Test func csvReadsQuotedCommasNewlinesAndDoubledQuotesWithCRLFAndABOM() throws {
    let csv =
      "\u{FEFF}Title,Source,Published,Text\r\n"
      + "\"Talks, resumed\",Reuters,2021-09-15,\"\(body)\r\nShe said \"\"soon\"\".\"\r\n"
      + "Second,AP,\"Wed, 15 Sep 2021 10:00:00 GMT\",\(body)\r\n"
    let (result, path) = try load("news.csv", csv)
    #expect(result.diagnostics.isEmpty)
    #expect(result.articles.map(\.path) == ["\(path)#1", "\(path)#2"])
    #expect(result.articles.map(\.id) == ["a1", "a2"])
    let first = result.articles[0]
    #expect(first.title == "Talks, resumed")
    #expect(first.outlet == "Reuters")
    #expect(first.date == "2021-09-15")
    #expect(first.format == .csv)
    #expect(first.offsets == .text)
    #expect(first.text(0..<first.bytes.count) == body + "\r\nShe said \"soon\".")
    #expect(result.articles[1].date == "2021-09-15T10:00:00Z")
  }

  @Test func csvSkipsBadRowsWithTheirLinesAndKeepsTheRest() throws {
    let csv =
      "title,text\n" + "One,\"\(body)\nsecond line\"\n" + "Too,many,fields\n" + "\n"
      + "Empty,\n" + "Three,\(body)\n" + "Open,\"\(body)\n"
    let (result, path) = try load("bad.csv", csv)
    #expect(result.articles.map(\.title) == ["One", "Three"])
    #expect(result.articles.map(\.path) == ["\(path)#1", "\(path)#4"])
    #expect(
      result.diagnostics.map(\.description) == [
        "\(path):4: skipped record: 3 fields, the header has 2",
        "\(path):6: skipped record: no text (\(ArchiveReader.textNames))",
        "\(path):8: skipped record: a quoted field is not closed before the end of the file",
      ])
  }

  @Test func csvWithoutATextColumnIsSkippedWhole() throws {
    let folder = TemporaryFolder()
    folder.write("good.txt", "Good\n\n\(body)")
    let path = folder.write("names.csv", "name,age\nAda,36\n")
    let result = try ArticleLoader.load(paths: [folder.path])
    #expect(result.articles.count == 1)
    #expect(
      result.diagnostics == [
        LoadDiagnostic(path: path, reason: "skipped: no text column (\(ArchiveReader.textNames))")
      ])
  }

  @Test func jsonLinesSkipsBrokenLinesAndRecordsWithoutText() throws {
    let lines = [
      #"{"title": "One", "text": "\#(body)"}"#,
      "",
      #"{"title": "Broken", "text": "#,
      #"["an", "array"]"#,
      #"{"title": "No text"}"#,
      "   ",
      #"{"headline": "Four", "body": "\#(body)", "url": "https://www.example.com/a"}"#,
    ]
    let (result, path) = try load("feed.jsonl", lines.joined(separator: "\n") + "\n")
    #expect(result.articles.map(\.title) == ["One", "Four"])
    #expect(result.articles.map(\.path) == ["\(path)#1", "\(path)#5"])
    #expect(result.articles[1].outlet == "example.com")
    let descriptions = result.diagnostics.map(\.description)
    #expect(descriptions.count == 3)
    #expect(descriptions[0].hasPrefix("\(path):3: skipped record: not valid JSON"))
    #expect(descriptions[1] == "\(path):4: skipped record: not a JSON object (an array)")
    #expect(descriptions[2] == "\(path):5: skipped record: no text (\(ArchiveReader.textNames))")
  }

  @Test func fieldNamesAreReadInTheirCommonVariants() throws {
    let records = [
      #"{"Headline": "A", "articleBody": "\#(body)", "site_name": "Site", "datePublished": "2021-09-15T12:00:00+02:00", "dateModified": "September 16, 2021", "link": "https://x.org/1", "authors": ["Ann Lee", "Bo Kim"]}"#,
      #"{"title": "B", "content": ["\#(body)", "Second paragraph."], "source": {"id": null, "name": "BBC News"}, "published_at": 1631700000, "byline": "By Cy Park"}"#,
      #"{"TITLE": "C", "Article": "\#(body)", "publisher": {"@type": "Organization", "name": "Pub"}, "pubDate": "Wed, 15 Sep 2021 10:00:00 GMT", "updated": "soon", "author": [{"name": "Di"}, {"name": "Ed"}]}"#,
      #"{"title": "D", "text": "\#(body)", "domain": "d.example", "publish_date": "2021-09-15", "modified": "2021-09-17"}"#,
      #"{"title": "E\n  split", "text": "\#(body)", "published": "15 September 2021", "url": "https://www.news.example/path"}"#,
    ]
    let (result, _) = try load("variants.ndjson", records.joined(separator: "\r\n"))
    #expect(result.diagnostics.isEmpty)
    let articles = result.articles
    #expect(articles.map(\.title) == ["A", "B", "C", "D", "E split"])
    #expect(articles.map(\.outlet) == ["Site", "BBC News", "Pub", "d.example", "news.example"])
    #expect(
      articles.map(\.date) == [
        "2021-09-15T10:00:00Z", "2021-09-15T10:00:00Z", "2021-09-15T10:00:00Z", "2021-09-15",
        "2021-09-15",
      ])
    #expect(articles.map(\.modified) == ["2021-09-16", nil, "soon", "2021-09-17", nil])
    #expect(articles.map(\.author) == ["Ann Lee, Bo Kim", "By Cy Park", "Di, Ed", nil, nil])
    #expect(
      articles.map(\.url) == ["https://x.org/1", nil, nil, nil, "https://www.news.example/path"])
    #expect(articles[1].text(0..<articles[1].bytes.count) == body + "\n\nSecond paragraph.")
    #expect(articles.allSatisfy { $0.format == .jsonLines && $0.offsets == .text })
  }

  @Test func pathsAndIdsAreStableAcrossFilesAndRuns() throws {
    let folder = TemporaryFolder()
    let archive = folder.write(
      "a.jsonl",
      (1...3).map { #"{"title": "R\#($0)", "text": "\#(body)"}"# }.joined(separator: "\n"))
    folder.write("b.txt", "Plain\n\n\(body)")
    let first = try ArticleLoader.load(paths: [folder.path])
    let second = try ArticleLoader.load(paths: [folder.path])
    #expect(first.articles.map(\.id) == ["a1", "a2", "a3", "a4"])
    #expect(
      first.articles.map(\.path).prefix(3) == ["\(archive)#1", "\(archive)#2", "\(archive)#3"])
    #expect(first.articles.map(\.path) == second.articles.map(\.path))
    #expect(first.articles.last?.title == "Plain")
  }

  @Test func emptyBinaryAndRecordlessArchivesAreSkippedWithAReason() throws {
    let folder = TemporaryFolder()
    folder.write("good.txt", "Good\n\n\(body)")
    let empty = folder.write("empty.jsonl", "")
    let blank = folder.write("blank.ndjson", "\n\n  \n")
    let header = folder.write("header.csv", "title,text\r\n")
    let binary = folder.write("binary.csv", bytes: [0x00, 0x00, 0x01, 0x02])
    let result = try ArticleLoader.load(paths: [folder.path])
    let reasons = Dictionary(uniqueKeysWithValues: result.diagnostics.map { ($0.path, $0.reason) })
    #expect(reasons[empty] == "skipped: empty file")
    #expect(reasons[blank] == "skipped: only white space")
    #expect(reasons[header] == "skipped: no records")
    #expect(reasons[binary] == "skipped: binary file")
  }

  @Test func invalidUTF8InARecordIsReadAsReplacementCharacters() throws {
    let folder = TemporaryFolder()
    let line = Array(#"{"title": "Caf"#.utf8) + [0xE9] + Array(#"", "text": "\#(body)"}"#.utf8)
    let path = folder.write("latin1.jsonl", bytes: line)
    let result = try ArticleLoader.load(paths: [path])
    #expect(result.articles.first?.title == "Caf\u{FFFD}")
    #expect(result.diagnostics.map(\.description) == ["\(path): invalid UTF-8 shown as U+FFFD"])
  }

  @Test func aHundredThousandRecordsLoad() throws {
    let folder = TemporaryFolder()
    let record = #"{"title": "T", "text": "Words in a record."}"# + "\n"
    let many = folder.write("many.jsonl", String(repeating: record, count: 100_000))
    let result = try ArticleLoader.load(paths: [many])
    #expect(result.articles.count == 100_000)
    #expect(result.articles[99_999].path == "\(many)#100000")
  }

  @Test func aHugeLineAndDeepNestingLoadWithoutACrash() throws {
    let folder = TemporaryFolder()
    let huge = folder.write(
      "huge.jsonl",
      #"{"text": ""# + String(repeating: "word ", count: 2_000_000) + "\"}\n"
        + String(repeating: "[", count: 1_000_000) + "\n")
    let result = try ArticleLoader.load(paths: [huge])
    #expect(result.articles.first?.words.count == 2_000_000)
    #expect(result.diagnostics.map(\.line) == [2])
  }
}
