import Foundation
import Testing

/// The progress line of `quotedrift statements` in a real terminal (tmux): shown while the
/// analysis runs, erased before a warning and at the end.
@Suite(.serialized) struct ProgressLineTests {
  @Test func statementsShowProgressOnATerminalAndEraseItAtTheEnd() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("quotedrift-progress-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let samples = try FileManager.default.contentsOfDirectory(
      atPath: packageRoot.appendingPathComponent("Articles").path)
    for copy in 0..<4 {
      for name in samples {
        let text = try String(
          contentsOfFile: packageRoot.appendingPathComponent("Articles/\(name)").path,
          encoding: .utf8)
        try (text + "\n\nCopy \(copy).\n").write(
          toFile: "\(folder)/\(copy)-\(name)", atomically: true, encoding: .utf8)
      }
    }
    try Data().write(to: URL(fileURLWithPath: folder + "/empty.txt"))
    let terminal = try EndToEndTests.Terminal(width: 100, height: 10)
    let output = folder + ".json"
    defer { try? FileManager.default.removeItem(atPath: output) }
    terminal.send(
      "\(EndToEndTests.binary) statements --format json --no-cache '\(folder)' > '\(output)'; echo __DO''NE",
      enter: true)
    let shown = terminal.wait(60) {
      $0.contains("quotedrift: reading files: ")
        || $0.contains("quotedrift: matching sentence pairs: ")
    }
    #expect(shown, "a progress line while it runs")
    // The command line reads __DO''NE, so only the echo's output is a line of its own.
    #expect(terminal.wait(120) { $0.split(separator: "\n").contains("__DONE") })
    let screen = terminal.screen()
    #expect(
      !screen.contains("quotedrift: reading") && !screen.contains("quotedrift: matching"),
      "the line is erased: \(screen)")
    #expect(
      screen.split(separator: "\n").contains { $0.hasPrefix("quotedrift: warning: ") },
      "a warning starts a line of its own: \(screen)")
    let json = try Data(contentsOf: URL(fileURLWithPath: output))
    #expect((try JSONSerialization.jsonObject(with: json) as? [String: Any])?["statements"] != nil)
  }
}
