import Foundation
import Testing

@testable import QuotedriftEngine

/// The real `quotedrift` binary, as built by `swift build`.
@Suite struct CommandLineTests {
  struct Run {
    var status: Int32
    var output: String
    var errors: String
  }

  static let binary = builtBinary

  func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil)
    throws -> Run
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.binary)
    process.arguments = arguments
    process.currentDirectoryURL = packageRoot
    process.environment = ProcessInfo.processInfo.environment.merging(
      ["XDG_CACHE_HOME": testCacheHome].merging(environment) { $1 }
    ) { $1 }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    let inputPipe = Pipe()
    if input != nil { process.standardInput = inputPipe }
    try process.run()
    if let input {
      inputPipe.fileHandleForWriting.write(Data(input.utf8))
      try inputPipe.fileHandleForWriting.close()
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
      errors: String(decoding: errorData, as: UTF8.self))
  }

  @Test func theReaderNeedsATerminal() throws {
    let result = try run([])
    #expect(result.status == 2)
    #expect(result.output.isEmpty)
    #expect(result.errors.hasPrefix("quotedrift: error: the reader needs a terminal"))
    #expect(result.errors.contains("quotedrift statements"))
    #expect(try run(["compare", "Articles"]).status != 0)
  }

  @Test func listsTheSampleStatementsOfArticlesByDefault() throws {
    let result = try run(["statements"])
    #expect(result.status == 0)
    #expect(result.output.contains("S1  Col. Dave Butler"))
    #expect(!result.output.contains("\u{1B}"), "not a terminal: no colour")
    #expect(result.errors.isEmpty)
  }

  @Test func jsonIsTheMachineInterface() throws {
    let result = try run(["statements", "--format", "json", "Articles"])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
    #expect((object?["statements"] as? [Any])?.isEmpty == false)
  }

  @Test func reuseListsTheRegionsInTextAndJSON() throws {
    let text = try run(["reuse", "Articles"])
    #expect(text.status == 0)
    #expect(text.output.hasPrefix("5 articles, "))
    #expect(text.output.contains("a1 Articles/000_072c7aa62f21f068.txt ("))
    #expect(text.output.contains("paraphrase, similarity "))
    let json = try run(["reuse", "--format", "json", "Articles"])
    #expect(json.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
    let regions = object?["regions"] as? [[String: Any]] ?? []
    #expect(!regions.isEmpty)
    for region in regions {
      let first = region["first"] as? [String: Any]
      let path = try #require(first?["path"] as? String)
      let start = try #require(first?["start"] as? Int)
      let end = try #require(first?["end"] as? Int)
      let bytes = try Data(contentsOf: packageRoot.appendingPathComponent(path))
      #expect(String(decoding: bytes[start..<end], as: UTF8.self) == first?["text"] as? String)
    }
    let missing = try run(["reuse", "no-such-folder"])
    #expect(missing.status == 2)
    #expect(missing.errors.hasPrefix("quotedrift: error: no-such-folder"))
  }

  @Test func colourCanBeForcedAndNoColorIsHonoured() throws {
    #expect(try run(["statements", "--color", "always"]).output.contains("\u{1B}["))
    #expect(
      !(try run(["statements", "--color", "auto"], environment: ["NO_COLOR": "1"]).output.contains(
        "\u{1B}[")))
  }

  @Test func aMissingPathIsAOneLineErrorWithStatus2() throws {
    let result = try run(["statements", "/no/such/folder"])
    #expect(result.status == 2)
    #expect(result.errors == "quotedrift: error: /no/such/folder: no such file or directory\n")
    #expect(result.output.isEmpty)
  }

  @Test func aFolderWithoutArticlesIsAnErrorWithStatus2() throws {
    let folder = TemporaryFolder()
    folder.write("empty.txt", "")
    let result = try run(["statements", folder.path])
    #expect(result.status == 2)
    let lines = result.errors.split(separator: "\n")
    #expect(lines.first == "quotedrift: warning: \(folder.path)/empty.txt: skipped: empty file")
    #expect(
      lines.last
        == "quotedrift: error: no readable article in \(folder.path) (reads \(ArticleFormat.readableEndings))"
    )
  }

  @Test(arguments: [["statements"], ["statements", "--format", "json"], ["export"]])
  func aFullStandardOutputIsAOneLineErrorNotACrash(arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.binary)
    process.arguments = arguments
    process.currentDirectoryURL = packageRoot
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
    let (status, errors) = try process.runReadingErrors()
    #expect(process.terminationReason == .exit && status == 2)
    #expect(
      errors == "quotedrift: error: standard output: cannot write (no space left on device)\n")
  }

  @Test func badOptionsAreRejected() throws {
    let result = try run(["statements", "--format", "yaml"])
    #expect(result.status != 0)
    #expect(result.errors.contains("yaml"))
    #expect(try run(["statements", "--sensitivity", "0"]).status != 0)
  }

  @Test func versionAndHelp() throws {
    #expect(try run(["--version"]).output == QuotedriftVersion.current + "\n")
    let help = try run(["--help"]).output
    #expect(help.contains("statements"))
  }
}

/// The configuration file, through the real binary.
@Suite struct ConfigurationFileTests {
  let command = CommandLineTests()

  func withConfig(_ text: String?, _ arguments: [String]) throws -> CommandLineTests.Run {
    let folder = TemporaryFolder()
    if let text { folder.write("quotedrift/config.toml", text) }
    return try command.run(arguments, environment: ["XDG_CONFIG_HOME": folder.path])
  }

  @Test func printDefaultListsEverySettingAndIsItselfValid() throws {
    let printed = try withConfig(nil, ["config", "--print-default"])
    #expect(printed.status == 0)
    for expected in [
      "sensitivity = 1.0", "minimum_coverage = ", "maximum_statement_spread = ", "color = \"auto\"",
      "mouse = true", "next_shared = [\"]\"]",
      "quit = [\"Q\"]",
    ] {
      #expect(printed.output.contains(expected), "\(expected)")
    }
    let check = try withConfig(printed.output, ["config"])
    #expect(check.status == 0)
    #expect(check.output.hasSuffix(": valid\n"))
  }

  @Test func pathFollowsXDGConfigHome() throws {
    let result = try withConfig(nil, ["config", "--path"])
    #expect(result.output.hasSuffix("/quotedrift/config.toml\n"))
    #expect(try withConfig(nil, ["config"]).output.contains("not present, using the defaults"))
  }

  @Test(arguments: [
    ("[display]\nscheme = \"blue\"\n", "display.scheme must be one of"),
    ("[keys]\nnext_shared = [\"F13\"]\n", "unknown key “F13” for next_shared"),
    ("[keys]\nfly = [\"f\"]\n", "unknown key binding “fly”"),
    ("[matching]\nsensitivity = -1\n", "matching.sensitivity must be a number from 0.05 to 10.0"),
    (
      "[matching]\nmaximum_gap_words = 2.5\n",
      "maximum_gap_words must be a whole number from 0 to 1000"
    ),
    ("[matching]\nminimum_coverage = 2\n", "minimum_coverage must be a number from 0.0 to 1.0"),
    ("[matching]\nfuzziness = 2\n", "unknown setting matching.fuzziness"),
    ("[colour]\n", "unknown section [colour]"),
    ("[display\nx", ":1:9: "),
  ])
  func aBadFileIsAOneLineErrorNamingIt(text: String, reason: String) throws {
    let result = try withConfig(text, ["statements"])
    #expect(result.status == 2)
    #expect(result.output.isEmpty)
    let lines = result.errors.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("quotedrift: error: ") == true)
    #expect(lines.first?.contains("/quotedrift/config.toml") == true)
    #expect(lines.first?.contains(reason) == true, "\(result.errors)")
  }

  @Test func settingsApplyAndOptionsWin() throws {
    let always = try withConfig("[display]\ncolor = \"always\"\n", ["statements"])
    #expect(always.output.contains("\u{1B}["))
    let never = try withConfig(
      "[display]\ncolor = \"always\"\n", ["statements", "--color", "never"])
    #expect(!never.output.contains("\u{1B}["))
    let strict = try withConfig(
      "[matching]\nsensitivity = 0.2\n", ["statements", "--format", "json"])
    let loose = try withConfig(
      "[matching]\nsensitivity = 0.2\n", ["statements", "--format", "json", "--sensitivity", "1"])
    #expect(
      strict.output.components(separatedBy: "\"label\"").count
        < loose.output.components(separatedBy: "\"label\"").count)
    let demanding = try withConfig(
      "[matching]\nminimum_content_matches = 60\n", ["statements", "--format", "json"])
    #expect(demanding.status == 0)
    #expect(demanding.output.contains("\"statements\": []"))
  }
}
