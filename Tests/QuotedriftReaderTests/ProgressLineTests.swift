import Foundation
import Testing

/// The progress line of `quotedrift statements` in a real terminal (tmux): shown while the
/// analysis runs, erased at the end.
@Suite(.serialized) struct ProgressLineTests {
  @Test func statementsShowProgressOnATerminalAndEraseItAtTheEnd() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("quotedrift-progress-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let samples = try FileManager.default.contentsOfDirectory(
      atPath: packageRoot.appendingPathComponent("Articles").path)
    for copy in 0..<8 {
      for name in samples {
        let text = try String(
          contentsOfFile: packageRoot.appendingPathComponent("Articles/\(name)").path,
          encoding: .utf8)
        try (text + "\n\nCopy \(copy).\n").write(
          toFile: "\(folder)/\(copy)-\(name)", atomically: true, encoding: .utf8)
      }
    }
    let terminal = try EndToEndTests.Terminal(width: 100, height: 10)
    let output = folder + "/statements.json"
    terminal.send(
      "\(EndToEndTests.binary) statements --format json --no-cache '\(folder)' > '\(output)'; echo __DONE",
      enter: true)
    let shown = terminal.wait(60) {
      $0.contains("quotedrift: reading files: ")
        || $0.contains("quotedrift: matching sentence pairs: ")
    }
    #expect(shown, "a progress line while it runs")
    #expect(terminal.wait(120) { $0.contains("\n__DONE") || $0.hasPrefix("__DONE") })
    let screen = terminal.screen()
    #expect(!screen.contains("quotedrift: reading") && !screen.contains("quotedrift: matching"))
    let json = try Data(contentsOf: URL(fileURLWithPath: output))
    #expect((try JSONSerialization.jsonObject(with: json) as? [String: Any])?["statements"] != nil)
  }
}
