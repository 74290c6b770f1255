import Foundation
import Testing

@testable import QuotedriftEngine

/// `quotedrift articles` through the built binary.
@Suite struct ArticlesCommandTests {
  let command = CommandLineTests()
  let body = "The minister said the talks would resume on Monday after a pause of two weeks."

  /// A folder with an archive of two good records and a bad one, and a text article.
  func corpus() -> (TemporaryFolder, archive: String) {
    let folder = TemporaryFolder()
    let archive = folder.write(
      "feed.jsonl",
      [
        #"{"title": "Talks \u001b[31mresume", "source": {"name": "Wire 東京"}, "date": "Sep 15, 2021", "author": ["Ann", "Bo"], "url": "https://www.wire.example/1", "text": "\#(body)"}"#,
        #"{"title": "Broken"#,
        #"{"headline": "Second", "body": "\#(body)\nMore.", "link": "https://www.other.example/2", "updated": "2021-09-16T10:00:00+02:00"}"#,
      ].joined(separator: "\n"))
    folder.write("plain.txt", "Plain title\n\n\(body)")
    return (folder, archive)
  }

  @Test func oneEnormousValueDoesNotWidenEveryRow() throws {
    let folder = TemporaryFolder()
    let huge = "https://example.com/" + String(repeating: "x", count: 1_000_000)
    var records = (1...200).map { #"{"title": "T\#($0)", "text": "\#(body)"}"# }
    records[0] =
      #"{"title": "T1", "url": "\#(huge)", "date": "\#(String(repeating: "9", count: 100_000))", "text": "\#(body)"}"#
    folder.write("feed.jsonl", records.joined(separator: "\n"))
    let result = try command.run(["articles", folder.path])
    #expect(result.status == 0)
    #expect(result.output.contains(huge), "the URL is never cut")
    #expect(result.output.utf8.count < 2_000_000, "rows are not padded to the huge URL's width")
  }

  @Test func textListsEveryArticleInAlignedColumnsSafeForTheTerminal() throws {
    let (folder, archive) = corpus()
    let result = try command.run(["articles", folder.path])
    #expect(result.status == 0)
    #expect(
      result.errors
        == "quotedrift: warning: \(archive):2: skipped record: not valid JSON (Unexpected end of file during JSON parse.)\n"
    )
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(lines[0].hasPrefix("ID  PATH"))
    #expect(lines[1].hasPrefix("a1  \(archive)#1  Talks ␛[31mresume  Wire 東京      Ann, Bo  "))
    #expect(lines[1].contains("  2021-09-15  https://www.wire.example/1  "))
    #expect(lines[2].hasPrefix("a2  \(archive)#3  Second"))
    #expect(lines[2].contains("other.example"))
    #expect(lines[3].hasPrefix("a3  \(folder.path)/plain.txt"))
    #expect(unsafeForATerminal(result.output).isEmpty)
    // Aligned by display width: 東京 takes four columns in two characters.
    func column(_ line: Int, _ text: String) -> Int {
      lines[line].distance(
        from: lines[line].startIndex, to: lines[line].range(of: text)!.lowerBound)
    }
    #expect(column(1, "2021-09-15") + 2 == column(0, "DATE"))
    #expect(column(2, "https") == column(0, "URL"))
    #expect(
      [lines[0].count, lines[1].count + 2, lines[2].count, lines[3].count].allSatisfy {
        $0 == lines[0].count
      })
    #expect(lines.map { $0.split(separator: " ").last! } == ["WORDS", "15", "16", "17"])
  }

  @Test func withTextPrintsTheTextTheOffsetsPointInto() throws {
    let (folder, _) = corpus()
    let result = try command.run(["articles", "--with-text", folder.path])
    #expect(result.output.contains("\n    \(body)\n    More.\n\n"))
    #expect(result.output.contains("\n    Plain title\n\n    \(body)\n\n"))
  }

  @Test func jsonHasEveryFieldAndTheTextWhenAsked() throws {
    let (folder, archive) = corpus()
    let plain = try command.run(["articles", "--format", "json", folder.path])
    let object = try JSONSerialization.jsonObject(with: Data(plain.output.utf8)) as? [String: Any]
    let articles = try #require(object?["articles"] as? [[String: Any]])
    #expect(articles.count == 3)
    #expect(articles[0]["path"] as? String == "\(archive)#1")
    #expect(articles[0]["title"] as? String == "Talks \u{1B}[31mresume")
    #expect(articles[0]["outlet"] as? String == "Wire 東京")
    #expect(articles[0]["format"] as? String == "jsonLines")
    #expect(articles[0]["offsets"] as? String == "text")
    #expect(articles[1]["outlet"] as? String == "other.example")
    #expect(articles[1]["modified"] as? String == "2021-09-16T08:00:00Z")
    #expect(articles[1]["date"] is NSNull)
    #expect(articles[2]["format"] as? String == "text")
    #expect(articles[2]["offsets"] as? String == "file")
    #expect(articles[2]["text"] == nil)
    #expect(!plain.output.utf8.contains(0x1B))
    let keys = [
      "id", "path", "title", "outlet", "author", "date", "url", "words", "format", "offsets",
      "modified", "captions",
    ]
    #expect(articles.allSatisfy { Set($0.keys) == Set(keys) })

    let withText = try command.run(["articles", "--format", "json", "--with-text", folder.path])
    let full = try JSONSerialization.jsonObject(with: Data(withText.output.utf8)) as? [String: Any]
    let texts = try #require(full?["articles"] as? [[String: Any]])
    #expect(texts[1]["text"] as? String == body + "\nMore.")
    #expect(texts[1]["bodyStart"] as? Int == 0)
    #expect(texts[2]["text"] as? String == "Plain title\n\n\(body)")
  }

  @Test func statementsJSONArticlesSayTheirFormatAndOffsets() throws {
    let result = try command.run(["statements", "--format", "json", "Articles"])
    let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
    let articles = try #require(object?["articles"] as? [[String: Any]])
    #expect(
      articles.allSatisfy {
        $0["format"] as? String == "text" && $0["offsets"] as? String == "file"
      })
    #expect(articles.allSatisfy { $0["modified"] is NSNull })
  }

  @Test func nothingReadableIsStatus2() throws {
    let folder = TemporaryFolder()
    folder.write("bad.csv", "title,text\n\"open\n")
    let result = try command.run(["articles", folder.path])
    #expect(result.status == 2)
    #expect(result.errors.contains("bad.csv:2: skipped record: a quoted field is not closed"))
    #expect(result.errors.contains("quotedrift: error: no readable article"))
  }
}
