import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real binary in a real terminal: tmux runs it, keys are sent with `send-keys`, the screen
/// is read with `capture-pane` (with colours), and the terminal is checked after every way out.
@Suite(.serialized) struct EndToEndTests {
  static let binary = builtBinary
  static let first = "Articles/000_072c7aa62f21f068.txt"
  static let second = "Articles/001_8edeff3be66b5690.txt"

  /// A tmux server of its own, with one interactive shell in the project folder and a cache
  /// folder of its own (empty: every run matches, as a first run does, and the user's cache is
  /// left alone).
  final class Terminal {
    let socket = "quotedrift-test-\(UUID().uuidString.prefix(8))"
    let cache = FileManager.default.temporaryDirectory
      .appendingPathComponent("quotedrift-e2e-cache-\(UUID().uuidString)").path

    init(width: Int, height: Int) throws {
      try tmux(
        "-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)",
        "env -u NO_COLOR TERM=xterm-256color XDG_CACHE_HOME='\(cache)' PS1='$ ' bash --norc --noprofile -i"
      )
      try tmux("set-option", "-g", "status", "off")
      send("cd '\(packageRoot.path)'", enter: true)
    }

    deinit {
      _ = try? tmux("kill-server")
      try? FileManager.default.removeItem(atPath: cache)
    }

    /// Runs a tmux command and returns what it printed.
    @discardableResult
    func tmux(_ arguments: String...) throws -> String {
      EndToEndTests.spawn("/usr/bin/tmux", ["-L", socket] + arguments)
    }

    func send(_ keys: String, enter: Bool = false) {
      _ = try? tmux("send-keys", "-t", "main", "-l", keys)
      if enter { key("Enter") }
    }

    func key(_ name: String) { _ = try? tmux("send-keys", "-t", "main", name) }

    func screen(colors: Bool = false) -> String {
      (try? colors
        ? tmux("capture-pane", "-p", "-e", "-t", "main") : tmux("capture-pane", "-p", "-t", "main"))
        ?? ""
    }

    /// Waits up to `seconds` for the screen to satisfy `condition`.
    @discardableResult
    func wait(_ seconds: Double = 10, until condition: (String) -> Bool) -> Bool {
      let deadline = Date().addingTimeInterval(seconds)
      while Date() < deadline {
        if condition(screen()) { return true }
        Thread.sleep(forTimeInterval: 0.1)
      }
      return false
    }

    /// The terminal's modes, as `stty -a` reports them, after the reader has gone.
    func terminalModes() -> String {
      send(
        "clear; stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo|isig)$' | tr '\\n' ' '; echo __MODES",
        enter: true)
      // The line the command prints, not the command line itself (which also ends in
      // "__MODES" and shows first: a loaded machine answered after the screen was read).
      wait(15) {
        $0.split(separator: "\n").contains {
          $0.hasSuffix("__MODES") && !$0.contains("echo __MODES")
        }
      }
      return screen()
    }
  }

  /// Runs a program and returns what it printed. Spawned and reaped directly: the tmux server
  /// that `new-session` starts outlives its client, which Foundation's `Process` does not expect.
  @discardableResult
  static func spawn(_ executable: String, _ arguments: [String]) -> String {
    let outputPath = FileManager.default.temporaryDirectory
      .appendingPathComponent("quotedrift-e2e-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: outputPath) }
    guard let pid = start(executable, arguments, output: outputPath) else { return "" }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
  }

  /// Starts a program with standard output to `output` (and standard error to `errors`, else
  /// nowhere), and returns its process id. The program starts with no signal blocked or ignored.
  static func start(
    _ executable: String, _ arguments: [String], output: String, errors: String = "/dev/null",
    environment: [String: String] = [:]
  ) -> pid_t? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for variable in envp { free(variable) } }
    // The test runner may block or ignore signals; the program under test must not inherit that.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    guard posix_spawn(&pid, executable, &actions, &attributes, argv, envp) == 0 else {
      return nil
    }
    return pid
  }

  static var tmuxAvailable: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
  }

  /// The row where both columns show the start of a passage of the same statement, tinted.
  func alignedTintedRow(_ terminal: Terminal, width: Int) -> Int? {
    let plain = terminal.screen().split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    let colored = terminal.screen(colors: true).split(
      separator: "\n", omittingEmptySubsequences: false
    ).map(String.init)
    for (row, line) in plain.enumerated() where row < colored.count {
      let characters = Array(line)
      let half = width / 2
      guard characters.count > half else { continue }
      let left = String(characters[..<half])
      let right = String(characters[half...])
      if left.contains("The Chairman") && right.contains("The Chairman")
        && colored[row].components(separatedBy: "[48;5;").count >= 3
      {
        return row
      }
    }
    return nil
  }

  @Test(.enabled(if: tmuxAvailable, "tmux is missing: make deps installs it"))
  func compareJumpResizeSuspendAndQuit() throws {
    let terminal = try Terminal(width: 120, height: 40)
    terminal.send("\(Self.binary) compare \(Self.first) \(Self.second)", enter: true)
    #expect(
      terminal.wait {
        // The titles show once the articles are read. A frame can be caught half drawn, so
        // `n` may still come before the statements: the reader takes the step when they arrive.
        $0.contains("Side by side  a1 · a2") && $0.contains("next piece")
          && $0.contains("a1 Milley’s alleged calls")
      })
    terminal.send("n")
    #expect(terminal.wait { $0.contains("piece 1/") && $0.contains(": Col. Dave Butler") })
    #expect(
      terminal.wait { _ in alignedTintedRow(terminal, width: 120) != nil },
      "the Butler statement, highlighted in both columns on one row")

    try terminal.tmux("resize-window", "-t", "main", "-x", "100", "-y", "30")
    #expect(
      terminal.wait { screen in
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count >= 30 && lines[29].contains("Side by side")
          && lines.allSatisfy { $0.count <= 100 }
      })
    #expect(
      terminal.wait { _ in alignedTintedRow(terminal, width: 100) != nil },
      "still aligned after the resize")

    terminal.key("C-z")
    #expect(
      terminal.wait { $0.contains("Stopped") && !$0.contains("next piece") }, "the shell is back")
    terminal.send("fg", enter: true)
    #expect(terminal.wait { $0.contains("Side by side  a1 · a2") && $0.contains("next piece") })
    #expect(terminal.screen().contains("The Chairman of the Joint"), "a full redraw after fg")

    let exportFolder = "/tmp/quotedrift-e2e-export-\(UUID().uuidString.prefix(8))"
    defer { try? FileManager.default.removeItem(atPath: exportFolder) }
    terminal.send("e")
    #expect(terminal.wait { $0.contains(" Export ") && $0.contains("Enter write") })
    for _ in 0..<60 { terminal.key("BSpace") }
    terminal.send("\(exportFolder)/butler.html")
    terminal.key("Enter")
    #expect(
      terminal.wait { $0.contains("wrote \(exportFolder)/butler.html") },
      "e writes the file and reports its path")
    #expect(FileManager.default.fileExists(atPath: "\(exportFolder)/butler.html"))

    terminal.send("q")
    #expect(terminal.wait { $0.contains("quotedrift  2 articles") }, "q goes back to the articles")
    terminal.send("q")
    terminal.send("echo __EXIT=$?", enter: true)
    #expect(terminal.wait { $0.contains("__EXIT=0") })
    let modes = terminal.terminalModes()
    #expect(
      modes.contains("icanon echo isig")
        || (modes.contains(" icanon") && !modes.contains("-icanon") && !modes.contains("-echo")),
      "the terminal's modes after quitting: \(modes)")
  }

  /// Three outlets' saved pages: the list shows each page's outlet and date, the 404 page is a
  /// load warning, and the statement's collation takes the earliest page as its reference.
  @Test(.enabled(if: tmuxAvailable, "tmux is missing: make deps installs it"))
  func webPagesShowOutletAndDateAndTheEarliestIsTheReference() throws {
    let terminal = try Terminal(width: 120, height: 40)
    terminal.send("\(Self.binary) Tests/Fixtures/web-pages; echo __EXIT=$?", enter: true)
    #expect(
      terminal.wait {
        $0.contains("3 articles, 1 statement") && $0.contains("1 load warning")
      })
    let list = terminal.screen()
    for fact in [
      "Metro Wire", "2024-03-04", "The Harbor Gazette", "2024-03-05", "eastside-daily.example",
      "2024-03-06", "Boil-water advisory stays in place for eastern…",
    ] {
      #expect(list.contains(fact), "the articles list shows \(fact)")
    }
    terminal.send("W")
    #expect(terminal.wait { $0.hasPrefix("Warnings") && $0.contains("not-found.html") })
    terminal.send("q")
    terminal.send("s")
    #expect(terminal.wait { $0.contains("Maria Delgado") })
    terminal.key("Enter")
    #expect(
      terminal.wait {
        $0.contains(
          "Metro Wire — Boil-water advisory stays in place for eastern districts  reference")
          && $0.contains("reference: earliest dated · 2024-03-04")
      })
    let collation = terminal.screen()
    #expect(collation.contains("Metro Wire") && collation.contains("The Harbor Gazette"))
    terminal.send("Q")
    #expect(terminal.wait { $0.contains("__EXIT=0") })
  }

  @Test(.enabled(if: tmuxAvailable, "tmux is missing: make deps installs it"))
  func escAnswersAtOnce() throws {
    let terminal = try Terminal(width: 100, height: 30)
    terminal.send("\(Self.binary) Articles; echo __EXIT=$?", enter: true)
    #expect(terminal.wait { $0.contains("5 articles, 4 statements") })
    terminal.key("Enter")
    #expect(terminal.wait { $0.contains("Reading  a1") })
    let start = Date()
    terminal.key("Escape")
    #expect(terminal.wait(2) { $0.contains("quotedrift  5 articles") })
    #expect(Date().timeIntervalSince(start) < 1.5)
    terminal.send("Q")
    #expect(terminal.wait { $0.contains("__EXIT=0") })
  }

  @Test(
    .enabled(if: tmuxAvailable, "tmux is missing: make deps installs it"),
    arguments: [("TERM", 143), ("HUP", 129), ("SEGV", 139)])
  func signalsLeaveACleanTerminal(signal: String, status: Int) throws {
    let terminal = try Terminal(width: 100, height: 30)
    terminal.send("\(Self.binary) read Articles; echo __EXIT=$?", enter: true)
    #expect(terminal.wait { $0.contains("5 articles, 4 statements") })
    // The reader is the child of this terminal's shell: signal it alone, not another test's.
    let shell = try terminal.tmux("display-message", "-p", "-t", "main", "#{pane_pid}")
      .trimmingCharacters(in: .whitespacesAndNewlines)
    Self.spawn("/usr/bin/pkill", ["-\(signal)", "-P", shell])
    #expect(terminal.wait { $0.contains("__EXIT=\(status)") })
    #expect(!terminal.screen().contains("5 articles, 4 statements"), "the alternate screen is left")
    let modes = terminal.terminalModes()
    #expect(!modes.contains("-icanon") && !modes.contains("-echo"), "\(modes)")
  }
}
