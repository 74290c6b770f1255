import Foundation
import Testing

@testable import QuotedriftEngine

/// `quotedrift find`, through the real binary.
@Suite struct FindCommandTests {
  let command = CommandLineTests()
  static let butlerWords = "reducing tensions, providing clarity"

  @Test func listsTheVersionsIn000And001And002WithTheirDrift() throws {
    let result = try command.run(["find", Self.butlerWords, "Articles"])
    #expect(result.status == 0)
    #expect(result.errors.isEmpty)
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.first == "5 articles, 3 carry the text")
    let versions = lines.filter { $0.hasPrefix("  - ") || $0.hasPrefix("  * ") }
    #expect(versions.count == 4)
    #expect(versions[0].hasPrefix("  - a1 Articles/000_072c7aa62f21f068.txt"))
    #expect(versions[1].hasPrefix("  - a2 Articles/001_8edeff3be66b5690.txt"))
    #expect(versions[2].hasPrefix("  - a3 Articles/002_76383ebcc53da65e.txt"))
    #expect(versions[3].hasPrefix("  * given (given text)  (reference)"))
    let bodies = lines.filter { $0.hasPrefix("      ") }.map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    #expect(bodies.contains("[~lowering|reducing]⚑ tensions, [*giving|providing]⚑ clarity"))
    #expect(bodies.contains("reducing tensions, providing clarity"))
    #expect(bodies.contains("[~lowering|reducing] tensions, providing clarity"))
  }

  @Test func jsonIsTheStatementsDocument() throws {
    let result = try command.run(["find", "--format", "json", Self.butlerWords, "Articles"])
    #expect(result.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let articles = try #require(object["articles"] as? [[String: Any]])
    #expect(
      articles.map { $0["path"] as? String } == [
        "Articles/000_072c7aa62f21f068.txt", "Articles/001_8edeff3be66b5690.txt",
        "Articles/002_76383ebcc53da65e.txt", "(given text)",
      ])
    let statements = try #require(object["statements"] as? [[String: Any]])
    #expect(statements.count == 1)
    #expect(statements[0]["referenceBasis"] as? String == "given")
    let passages = try #require(statements[0]["passages"] as? [[String: Any]])
    #expect(passages.map { $0["article"] as? String } == ["a1", "a2", "a3", "given"])
    #expect(statements[0]["reference"] as? String == passages[3]["id"] as? String)
    let words = try #require(passages[0]["words"] as? [[String: Any]])
    #expect(words.map { $0["text"] as? String } == ["lowering", "tensions", "giving", "clarity"])
    #expect(words.map { $0["drift"] as? String } == ["synonym", "same", "reworded", "same"])
    #expect(passages[1]["exact"] as? Double == 1)
  }

  @Test func aDashReadsTheTextFromStandardInput() throws {
    let result = try command.run(["find", "-"], input: Self.butlerWords + "\n")
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("5 articles, 3 carry the text\n"))
    #expect(result.output.contains("  * given (given text)  (reference)"))
  }

  @Test func aTextNoArticleCarriesExitsWithStatus1() throws {
    let result = try command.run(["find", "The quick brown fox jumps over the lazy dog."])
    #expect(result.status == 1)
    #expect(result.output.hasPrefix("5 articles, none carries the text\n"))
    #expect(!result.output.contains("S1"))
    #expect(result.errors.isEmpty)
  }

  @Test(arguments: [
    ("", "the text to find is empty"), (" \n ", "the text to find is empty"),
    ("— “ ”", "the text to find has no words"),
  ])
  func aTextWithoutWordsIsAOneLineErrorWithStatus2(text: String, message: String) throws {
    let result = try command.run(["find", text])
    #expect(result.status == 2)
    #expect(result.errors == "quotedrift: error: \(message)\n")
    #expect(result.output.isEmpty)
    let piped = try command.run(["find", "-"], input: text)
    #expect(piped.status == 2)
    #expect(piped.errors == "quotedrift: error: \(message)\n")
  }

  @Test func noArticlesIsAOneLineErrorWithStatus2() throws {
    let missing = try command.run(["find", Self.butlerWords, "/no/such/folder"])
    #expect(missing.status == 2)
    #expect(missing.errors == "quotedrift: error: /no/such/folder: no such file or directory\n")
    let folder = TemporaryFolder()
    let empty = try command.run(["find", Self.butlerWords, folder.path])
    #expect(empty.status == 2)
    #expect(empty.errors.hasPrefix("quotedrift: error: no readable article in \(folder.path)"))
    #expect(empty.output.isEmpty)
  }

  @Test func helpSaysWhatItDoes() throws {
    let help = try command.run(["find", "--help"])
    #expect(help.status == 0)
    #expect(help.output.contains("USAGE: quotedrift find <text>"))
    #expect(help.output.contains("reads it from standard input"))
    #expect(try command.run(["--help"]).output.contains("find"))
    #expect(try command.run(["find"]).status != 0, "the text is required")
  }
}
