import Foundation
import TerminalSafety
import Testing

@testable import QuotedriftEngine

/// A corpus made from `scripts/hostile-corpus.py` (`mode`: special, large or many) in a temporary
/// folder, removed when the value goes.
final class HostileCorpus {
  let folder = TemporaryFolder()

  init(_ mode: String, _ extra: [String] = []) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      ["python3", packageRoot.appendingPathComponent("scripts/hostile-corpus.py").path, mode]
      + [folder.path] + extra
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: ["mode": mode])
    }
  }

  var path: String { folder.path }
}

/// Bytes that must never reach a terminal from an article: ESC and other C0 controls but line
/// breaks and tabs, DEL, C1 controls, and bidirectional overrides, embeddings and isolates.
func unsafeForATerminal(_ text: String, allowingLineBreaks: Bool = true) -> [Unicode.Scalar] {
  text.unicodeScalars.filter { scalar in
    switch scalar.value {
    case 0x0A, 0x09: !allowingLineBreaks
    case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}

/// The hostile corpus (Tests/Fixtures/hostile, and what `scripts/hostile-corpus.py` generates)
/// through the real binary: every file gives a result or a one-line warning naming it, nothing
/// crashes or hangs, and no escape byte from an article reaches the output.
@Suite struct HostileCorpusTests {
  let command = CommandLineTests()

  /// The warning each unusable file must get, by file name.
  static let expectedWarnings: [String: String] = [
    "invalid-utf8.txt": "invalid UTF-8 shown as U+FFFD (offsets unchanged)",
    "utf-16.txt": "skipped: binary file",
    "empty.txt": "skipped: empty file",
    "whitespace-only.txt": "skipped: only white space",
    "no-words.txt": "skipped: no words",
    "notes.pdf": "skipped: not an article (.pdf; reads \(ArticleFormat.readableEndings))",
    "fifo.txt": "skipped: not a regular file",
    "self.txt": "broken symbolic link or loop",
    "dangling.txt": "broken symbolic link or loop",
    "corrupt.html.gz": "skipped: gzip data is corrupt",
    "no-article.html": "skipped: no article text found (a home page or an error page?)",
    "lying-charset.html": "declares UTF-8 but is not: read as windows-1252",
    "archive.jsonl:2": "skipped record: not valid JSON (Unexpected end of file during JSON parse.)",
    "archive.jsonl:3": "skipped record: not a JSON object (an array)",
    "archive.jsonl:5": "skipped record: no text (\(ArchiveReader.textNames))",
    "archive.jsonl:6":
      "skipped record: not valid JSON (Too many nested arrays or dictionaries around character 513.)",
    "archive.csv:4": "skipped record: 2 fields, the header has 4",
    "archive.csv:5": "skipped record: a quoted field is not closed before the end of the file",
  ]

  /// Articles that must load and carry the shared statement.
  static let carriers = [
    "bidi.txt", "bom.txt", "combining.txt", "controls.txt", "crlf.txt", "emoji.txt",
    "escapes.txt", "folder.txt/inside.txt", "invalid-utf8.txt", "lone-cr.txt", "long-line.txt",
    "markdown.md", "nul-bytes.txt", "\u{1B}]0;evil title\u{07}\u{1B}[31mname.txt",
    "compressed.html.gz", "deep.html", "escapes-in-markup.html", "lying-charset.html",
    "malformed.html", "truncated.html",
    "archive.jsonl#1", "archive.csv#1",
  ]

  @Test func statementsWarnsOncePerUnusableFileAndFindsTheStatementInTheRest() throws {
    let corpus = try HostileCorpus("special")
    let result = try command.run(["statements", corpus.path])
    #expect(result.status == 0)
    let warnings = result.errors.split(separator: "\n").map(String.init)
    for line in warnings {
      #expect(line.hasPrefix("quotedrift: warning: \(corpus.path)/"), "\(line)")
    }
    for (name, reason) in Self.expectedWarnings {
      #expect(
        warnings.filter { $0 == "quotedrift: warning: \(corpus.path)/\(name): \(reason)" }.count
          == 1, "\(name): \(reason)")
    }
    #expect(
      warnings.contains {
        $0.hasPrefix("quotedrift: warning: \(corpus.path)/markdown.md: front matter is not valid")
      })
    #expect(result.output.hasPrefix("\(Self.carriers.count) articles, 1 statement\n"))
    for name in Self.carriers {
      let shown = TerminalSafeText.sanitize("\(corpus.path)/\(name)")
      #expect(result.output.contains(shown), "\(shown) carries the statement")
    }
    #expect(unsafeForATerminal(result.output).isEmpty)
    #expect(unsafeForATerminal(result.errors).isEmpty)
  }

  /// Offsets point at the bytes on disk, or for web pages at the text extracted from them.
  @Test func jsonOffsetsPointAtTheBytesOnDiskOrTheExtractedText() throws {
    let corpus = try HostileCorpus("special")
    let result = try command.run(["statements", "--format", "json", corpus.path])
    #expect(result.status == 0)
    #expect(!result.output.utf8.contains(0x1B), "escapes are JSON-escaped, never raw")
    let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
    let statements = try #require(object?["statements"] as? [[String: Any]])
    let passages = try #require(statements.first?["passages"] as? [[String: Any]])
    #expect(passages.count == Self.carriers.count)
    // Web pages and archive records: offsets into the text `articles --with-text` prints.
    let listing = try command.run(["articles", "--format", "json", "--with-text", corpus.path])
    let listed = try JSONSerialization.jsonObject(with: Data(listing.output.utf8)) as? [String: Any]
    var extracted: [String: [UInt8]] = [:]
    for article in try #require(listed?["articles"] as? [[String: Any]])
    where article["offsets"] as? String == "text" {
      extracted[try #require(article["path"] as? String)] = Array(
        try #require(article["text"] as? String).utf8)
    }
    #expect(extracted.count == 8, "six web pages and two archive records")
    for passage in passages {
      let path = try #require(passage["path"] as? String)
      let start = try #require(passage["start"] as? Int)
      let end = try #require(passage["end"] as? Int)
      let bytes = try extracted[path] ?? Array(#require(FileManager.default.contents(atPath: path)))
      let stored = String(decoding: bytes[start..<end], as: UTF8.self)
      #expect(passage["text"] as? String == stored, "\(path)")
    }
  }

  @Test(arguments: ExportFormat.allCases)
  func everyExportFormatIsWrittenWholeAndKeepsEscapesOut(format: ExportFormat) throws {
    let corpus = try HostileCorpus("special")
    let output = TemporaryFolder()
    let target = output.url.appendingPathComponent("export.\(format.fileExtension)").path
    let result = try command.run(["export", "--format", format.rawValue, "-o", target, corpus.path])
    #expect(result.status == 0)
    #expect(result.errors.hasSuffix("quotedrift: wrote \(target)\n"))
    let text = try String(contentsOfFile: target, encoding: .utf8)
    #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).count == 1)
    if format == .ansi {
      // Our own colours only: every escape is a complete SGR sequence.
      let withoutColours = text.replacingOccurrences(
        of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
      #expect(unsafeForATerminal(withoutColours).isEmpty)
    } else {
      #expect(unsafeForATerminal(text).isEmpty)
    }
    #expect(text.contains("spokesperson"))
  }

  @Test func aFiftyMegabyteSingleLineIsReadAndMatched() throws {
    let corpus = try HostileCorpus("large")
    let big = corpus.path + "/large/one-line.txt"
    let size = try FileManager.default.attributesOfItem(atPath: big)[.size] as? Int ?? 0
    #expect(size >= 50 * 1024 * 1024)
    let plain = packageRoot.appendingPathComponent("Tests/Fixtures/hostile/terminal/plain.txt").path
    let result = try command.run(["statements", corpus.path, plain])
    #expect(result.status == 0)
    #expect(result.errors.isEmpty)
    #expect(result.output.hasPrefix("2 articles, 1 statement\n"))
    #expect(result.output.contains("\(big)  (reference)"))
  }

  @Test func twentyThousandTinyFilesEachPairSharingAStatement() throws {
    let corpus = try HostileCorpus("many")
    let result = try command.run(["statements", "--format", "json", corpus.path + "/many"])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
    #expect((object?["articles"] as? [Any])?.count == 20_000)
    // The sentence all 20,000 carry is boilerplate; each pair's own sentence is a statement.
    #expect((object?["statements"] as? [Any])?.count == 10_000)
  }
}
