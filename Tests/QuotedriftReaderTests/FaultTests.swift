import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Faults forced on the real binary: crashes in a debug build, signals while matching runs and
/// while an export is half written, a storm of resizes and a 1x1 terminal. Each time the terminal
/// comes back as it was and no partial file is left.
@Suite(.serialized) struct FaultTests {
  static let binary = EndToEndTests.binary
  static var tmuxAvailable: Bool { EndToEndTests.tmuxAvailable }

  /// The reader's process id: the child of the terminal's shell.
  func readerPID(_ terminal: EndToEndTests.Terminal) throws -> String {
    let shell = try terminal.tmux("display-message", "-p", "-t", "main", "#{pane_pid}")
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return EndToEndTests.spawn("/usr/bin/pgrep", ["-P", shell])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The terminal is in cooked mode with echo, and the reader's screen is gone.
  func expectRestored(_ terminal: EndToEndTests.Terminal, readerText: String) {
    #expect(!terminal.screen().contains(readerText), "the alternate screen is left")
    let modes = terminal.terminalModes()
    #expect(!modes.contains("-icanon") && !modes.contains("-echo"), "\(modes)")
  }

  @Test(
    .enabled(if: tmuxAvailable, "tmux is missing: make deps installs it"),
    arguments: [("trap", [132, 133]), ("segv", [139]), ("abort", [134])])
  func aCrashForcedInADebugBuildLeavesACleanTerminal(kind: String, statuses: [Int]) throws {
    let terminal = try EndToEndTests.Terminal(width: 100, height: 30)
    terminal.send(
      "QUOTEDRIFT_DEBUG_CRASH=\(kind) \(Self.binary) read Articles; echo __EXIT=$?", enter: true)
    #expect(terminal.wait { screen in statuses.contains { screen.contains("__EXIT=\($0)") } })
    expectRestored(terminal, readerText: "5 articles, 4 statements")
  }

  @Test(
    .enabled(if: tmuxAvailable, "tmux is missing: make deps installs it"),
    arguments: [("TERM", 143), ("HUP", 129), ("INT", 130)])
  func aSignalWhileMatchingRunsLeavesACleanTerminal(signal: String, status: Int) throws {
    let corpus = try GeneratedCorpus.many
    let terminal = try EndToEndTests.Terminal(width: 100, height: 30)
    terminal.send("\(Self.binary) read \(corpus); echo __EXIT=$?", enter: true)
    #expect(terminal.wait(60) { $0.contains("Finding statements…") })
    EndToEndTests.spawn("/usr/bin/kill", ["-\(signal)", try readerPID(terminal)])
    #expect(terminal.wait { $0.contains("__EXIT=\(status)") })
    expectRestored(terminal, readerText: "Finding statements…")
  }

  @Test(.enabled(if: tmuxAvailable, "tmux is missing: make deps installs it"))
  func aResizeStormAndAOneByOneTerminal() throws {
    let terminal = try EndToEndTests.Terminal(width: 100, height: 30)
    terminal.send("\(Self.binary) read Articles; echo __EXIT=$?", enter: true)
    #expect(terminal.wait { $0.contains("5 articles, 4 statements") })
    terminal.key("Enter")
    #expect(terminal.wait { $0.contains("Reading  a1") })
    // 400 resizes in one tmux command, between 1x1 and 200x60.
    var storm: [String] = []
    for step in 0..<400 {
      if !storm.isEmpty { storm.append(";") }
      let width = [1, 20, 200, 37, 81, 2][step % 6]
      let height = [1, 5, 60, 11, 24, 2][step % 6]
      storm += ["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"]
    }
    EndToEndTests.spawn("/usr/bin/tmux", ["-L", terminal.socket] + storm)
    try terminal.tmux("resize-window", "-t", "main", "-x", "1", "-y", "1")
    #expect(terminal.wait { $0.trimmingCharacters(in: .whitespacesAndNewlines) == "T" })
    try terminal.tmux("resize-window", "-t", "main", "-x", "90", "-y", "25")
    #expect(
      terminal.wait { screen in
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count >= 25 && lines[0].hasPrefix("Reading  a1")
          && lines[24].contains("line 1/")
          && lines.allSatisfy { $0.count <= 90 }
      })
    terminal.send("Q")
    #expect(terminal.wait { $0.contains("__EXIT=0") })
    expectRestored(terminal, readerText: "Reading  a1")
  }

  @Test(.enabled(if: tmuxAvailable, "tmux is missing: make deps installs it"))
  func twentyThousandArticlesOpenAtOnceAndAnswerKeysWhileMatchingRuns() throws {
    let corpus = try GeneratedCorpus.many
    let terminal = try EndToEndTests.Terminal(width: 100, height: 30)
    terminal.send("\(Self.binary) read \(corpus); echo __EXIT=$?", enter: true)
    #expect(
      terminal.wait(60) { $0.contains("Finding statements…") && $0.contains("Tiny 0") },
      "the list shows with a progress line while matching runs")
    terminal.send("G")
    #expect(terminal.wait { $0.contains("Tiny 19999") && $0.contains("Finding statements…") })
    terminal.send("?")
    #expect(terminal.wait { $0.contains("Help") && $0.contains("Finding statements…") })
    terminal.key("Escape")
    #expect(terminal.wait(600) { $0.contains("20000 articles, 10000 statements") })
    let status = try String(
      contentsOfFile: "/proc/\(try readerPID(terminal))/status", encoding: .utf8)
    let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
    let kibibytes = peak.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
    #expect(kibibytes > 0 && kibibytes < 2 * 1024 * 1024, "peak resident \(kibibytes) KiB")
    terminal.send("Q")
    #expect(terminal.wait { $0.contains("__EXIT=0") })
  }

  @Test(arguments: [SIGKILL, SIGTERM, SIGHUP, SIGINT])
  func anExportKilledMidWriteLeavesTheOldFileAndTheNextRunCleansUp(signal: Int32) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("quotedrift-fault-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let target = folder + "/out.json"
    try Data("old".utf8).write(to: URL(fileURLWithPath: target))
    let errors = folder + "/errors"
    let arguments = ["export", "--format", "json", "-o", target, packageRoot.path + "/Articles"]
    let pid = try #require(
      EndToEndTests.start(
        Self.binary, arguments, output: "/dev/null", errors: errors,
        environment: ["QUOTEDRIFT_DEBUG_STALL_WRITE": "1"]))
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline,
      !((try? String(contentsOfFile: errors, encoding: .utf8)) ?? "").contains("stalled")
    {
      Thread.sleep(forTimeInterval: 0.05)
    }
    let temporary = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      $0.hasPrefix(".out.json.tmp-\(pid)-")
    }
    #expect(temporary.count == 1, "half of the export is in a temporary file")
    kill(pid, signal)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    #expect(status & 0x7F == signal, "killed by the signal")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "old", "no partial file")

    try FileManager.default.removeItem(atPath: errors)
    EndToEndTests.spawn(Self.binary, arguments)
    let json = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: target)))
    #expect((json as? [String: Any])?["statements"] != nil, "the next run writes the file whole")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.json"],
      "and removes the temporary file the killed run left")
  }
}

/// Corpora from `scripts/hostile-corpus.py`, generated once per test run into temporary folders
/// that are removed when the run ends.
enum GeneratedCorpus {
  /// 20,000 tiny articles, each pair of neighbours sharing a statement of its own.
  static var many: String {
    get throws { try manyCorpus.get() + "/many" }
  }

  /// Tests/Fixtures/hostile/text with a FIFO, link loops and a file name full of escapes.
  static var special: String {
    get throws { try specialCorpus.get() }
  }

  private static let manyCorpus = generate("many")
  private static let specialCorpus = generate("special")

  private static func folder(_ mode: String) -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("quotedrift-\(mode)-\(getpid())").path
  }

  private static func generate(_ mode: String) -> Result<String, CocoaError> {
    let folder = folder(mode)
    let script = packageRoot.appendingPathComponent("scripts/hostile-corpus.py").path
    EndToEndTests.spawn("/usr/bin/env", ["python3", script, mode, folder])
    atexit {
      for mode in ["many", "special"] {
        _ = try? FileManager.default.removeItem(atPath: GeneratedCorpus.folder(mode))
      }
    }
    guard FileManager.default.fileExists(atPath: folder) else {
      return .failure(CocoaError(.fileReadUnknown))
    }
    return .success(folder)
  }
}
