import Foundation
import Testing

/// The reader in a real terminal on the hostile corpus: every screen draws, the layout holds, and
/// no escape sequence from an article reaches the terminal (the title and the clipboard are
/// untouched).
@Suite(.serialized) struct HostileReaderTests {
  @Test(.enabled(if: EndToEndTests.tmuxAvailable, "tmux is missing: make deps installs it"))
  func everyScreenOfTheHostileCorpusDrawsSafely() throws {
    let corpus = try GeneratedCorpus.special
    let terminal = try EndToEndTests.Terminal(width: 120, height: 40)
    try terminal.tmux("set-option", "-g", "set-clipboard", "on")
    let title = try terminal.tmux("display-message", "-p", "-t", "main", "#{pane_title}")
    terminal.send("\(EndToEndTests.binary) read \(corpus); echo __EXIT=$?", enter: true)
    #expect(terminal.wait { $0.contains("quotedrift  22 articles, 1 statement") })

    /// The screen is whole: the header on the first row, the status bar on the last, nothing
    /// wider than the terminal.
    func expectWhole(_ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
      let lines = terminal.screen().split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.count >= 40, "\(label)", sourceLocation: sourceLocation)
      #expect(lines.allSatisfy { $0.count <= 120 }, "\(label)", sourceLocation: sourceLocation)
      #expect(
        lines.count >= 40 && !lines[39].trimmingCharacters(in: .whitespaces).isEmpty,
        "\(label): the status bar is on the last row", sourceLocation: sourceLocation)
    }
    expectWhole("articles")
    #expect(terminal.screen().contains("ANSI escapes ␛]0;pwned title␇"))
    for row in 0..<21 {
      terminal.key("Enter")
      #expect(terminal.wait { $0.hasPrefix("Reading  a\(row + 1)") })
      expectWhole("article a\(row + 1)")
      terminal.key("G")
      expectWhole("the end of a\(row + 1)")
      terminal.send("q")
      #expect(terminal.wait { $0.hasPrefix("quotedrift  22 articles") })
      terminal.send("j")
    }
    #expect(terminal.screen().contains("load warnings: W to list"))
    terminal.send("W")
    #expect(terminal.wait { $0.hasPrefix("Warnings") && $0.contains("archive.jsonl:2") })
    expectWhole("warnings")
    terminal.send("q")
    terminal.send("s")
    #expect(terminal.wait { $0.contains("Statements") })
    terminal.key("Enter")
    #expect(terminal.wait { $0.hasPrefix("Collation s1") })
    expectWhole("collation")
    terminal.send("G")
    expectWhole("the end of the collation")
    terminal.send("a")
    terminal.send("  c")
    #expect(terminal.wait { $0.hasPrefix("Side by side") })
    terminal.send("]")
    expectWhole("side by side")
    terminal.send("w")
    expectWhole("where else")
    terminal.send("a")
    // The folder search and the quote prompt over articles full of escapes.
    terminal.send("/")
    #expect(terminal.wait { $0.hasPrefix("Search every article") })
    terminal.send("pwned")
    #expect(terminal.wait { $0.contains("Find: pwned") && $0.contains(" hit") })
    expectWhole("folder search")
    terminal.key("Enter")
    terminal.key("Enter")
    #expect(terminal.wait { $0.hasPrefix("Reading  a") })
    expectWhole("an article at a hit")
    terminal.send("a")
    terminal.send("f")
    #expect(terminal.wait { $0.contains("Find a quote") })
    terminal.send("pwned title")
    terminal.key("Enter")
    expectWhole("a quote found")

    #expect(
      try terminal.tmux("display-message", "-p", "-t", "main", "#{pane_title}") == title,
      "no article set the window title")
    #expect(
      try terminal.tmux("list-buffers").isEmpty, "no article wrote to the clipboard (OSC 52)")
    terminal.send("Q")
    #expect(terminal.wait { $0.contains("__EXIT=0") })
    let modes = terminal.terminalModes()
    #expect(!modes.contains("-icanon") && !modes.contains("-echo"), "\(modes)")
  }
}
