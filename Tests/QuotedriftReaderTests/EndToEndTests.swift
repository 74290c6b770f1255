import Foundation
import Testing

/// The real binary in a real terminal: tmux runs it, keys are sent with `send-keys`, the screen
/// is read with `capture-pane` (with colours), and the terminal is checked after every way out.
@Suite(.serialized) struct EndToEndTests {
  static let binary = packageRoot.appendingPathComponent(".build/debug/quotedrift").path
  static let first = "Articles/000_072c7aa62f21f068.txt"
  static let second = "Articles/001_8edeff3be66b5690.txt"

  /// A tmux server of its own, with one interactive shell in the project folder.
  final class Terminal {
    let socket = "quotedrift-test-\(UUID().uuidString.prefix(8))"

    init(width: Int, height: Int) throws {
      try tmux(
        "-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)",
        "env TERM=xterm-256color PS1='$ ' bash --norc --noprofile -i")
      try tmux("set-option", "-g", "status", "off")
      send("cd '\(packageRoot.path)'", enter: true)
    }

    deinit { _ = try? tmux("kill-server") }

    /// Runs a tmux command. Its output is read only when asked for: the server that
    /// `new-session` starts would hold a pipe open for ever.
    @discardableResult
    func tmux(_ arguments: String..., output wantsOutput: Bool = false) throws -> String {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["tmux", "-L", socket] + arguments
      process.standardError = FileHandle.nullDevice
      guard wantsOutput else {
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return ""
      }
      let output = Pipe()
      process.standardOutput = output
      try process.run()
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return String(decoding: data, as: UTF8.self)
    }

    func send(_ keys: String, enter: Bool = false) {
      _ = try? tmux("send-keys", "-t", "main", "-l", keys)
      if enter { key("Enter") }
    }

    func key(_ name: String) { _ = try? tmux("send-keys", "-t", "main", name) }

    func screen(colors: Bool = false) -> String {
      (try? tmux("capture-pane", "-p", "-t", "main", colors ? "-e" : "-J", output: true)) ?? ""
    }

    /// Waits up to `seconds` for the screen to satisfy `condition`.
    @discardableResult
    func wait(_ seconds: Double = 15, until condition: (String) -> Bool) -> Bool {
      let deadline = Date().addingTimeInterval(seconds)
      while Date() < deadline {
        if condition(screen()) { return true }
        Thread.sleep(forTimeInterval: 0.1)
      }
      return false
    }

    /// The terminal's modes, as `stty -a` reports them, after the reader has gone.
    func terminalModes() -> String {
      send("clear; stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo|isig)$' | tr '\\n' ' '; echo __MODES", enter: true)
      wait(5) { $0.contains("__MODES\n") || $0.split(separator: "\n").contains { $0.hasSuffix("__MODES") && !$0.contains("echo __MODES") } }
      return screen()
    }
  }

  static var tmuxAvailable: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
  }

  /// The row where both columns show the start of a passage of the same statement, tinted.
  func alignedTintedRow(_ terminal: Terminal, width: Int) -> Int? {
    let plain = terminal.screen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let colored = terminal.screen(colors: true).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (row, line) in plain.enumerated() where row < colored.count {
      let characters = Array(line)
      let half = width / 2
      guard characters.count > half else { continue }
      let left = String(characters[..<half])
      let right = String(characters[half...])
      if left.contains("The Chairman of the Joint") && right.contains("The Chairman of the Joint")
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
    terminal.send("\(Self.binary) compare \(Self.first) \(Self.second); echo __EXIT=$?", enter: true)
    #expect(terminal.wait { $0.contains("Side by side  a1 · a2") && !$0.contains("Finding statements") })
    terminal.send("n")
    #expect(terminal.wait { $0.contains("shared passage 1/1: Col. Dave Butler") })
    #expect(alignedTintedRow(terminal, width: 120) != nil, "the Butler statement, highlighted in both columns on one row")

    try terminal.tmux("resize-window", "-t", "main", "-x", "100", "-y", "30")
    #expect(terminal.wait { screen in
      let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
      return lines.count >= 30 && lines[29].contains("Side by side") && lines.allSatisfy { $0.count <= 100 }
    })
    #expect(alignedTintedRow(terminal, width: 100) != nil, "still aligned after the resize")

    terminal.key("C-z")
    #expect(terminal.wait { $0.contains("Stopped") })
    terminal.send("fg", enter: true)
    #expect(terminal.wait { $0.contains("Side by side  a1 · a2") && $0.contains("shared passage") || $0.contains("sync on") })
    #expect(terminal.screen().contains("The Chairman of the Joint"), "a full redraw after fg")

    terminal.send("q")
    #expect(terminal.wait { $0.contains("__EXIT=0") })
    let modes = terminal.terminalModes()
    #expect(modes.contains("icanon echo isig") || (modes.contains(" icanon") && !modes.contains("-icanon") && !modes.contains("-echo")))
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
    let kill = Process()
    kill.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    kill.arguments = ["pkill", "-\(signal)", "-f", "\(Self.binary) read Articles"]
    try kill.run()
    kill.waitUntilExit()
    #expect(terminal.wait { $0.contains("__EXIT=\(status)") })
    #expect(!terminal.screen().contains("5 articles, 4 statements"), "the alternate screen is left")
    let modes = terminal.terminalModes()
    #expect(!modes.contains("-icanon") && !modes.contains("-echo"), "\(modes)")
  }
}
