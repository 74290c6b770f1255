import Foundation
import Testing

/// The real binary in tmux, side by side: after `n` once and then only scrolling, each of the
/// four pieces of Butler's statement stands on the same row in every column that shows it.
@Suite(.serialized) struct AlignmentEndToEndTests {
  static var tmuxAvailable: Bool { EndToEndTests.tmuxAvailable }

  /// How each Butler piece opens in 000, 001 and 002 (the first words of its first line).
  static let pieces: [[String: String]] = [
    [
      "000": "“The Chairman of the Joint", "001": "The Chairman of the Joint",
      "002": "the Chairman of the Joint",
    ],
    ["000": "Milley’s calls “with the", "002": "Milley’s calls last year"],
    ["000": "Butler continued, “All", "002": "“All conversations from"],
    ["000": "As part of his", "002": "“As part of his duties"],
  ]

  /// The text of each column on each row of `screen`, for columns of `width`.
  func columnTexts(_ screen: String, width: Int, count: Int) -> [[String]] {
    let gutter = 3
    let usable = width - gutter * (count - 1)
    var starts: [Int] = []
    var widths: [Int] = []
    var x = 0
    for column in 0..<count {
      let columnWidth = usable / count + (column < usable % count ? 1 : 0)
      starts.append(x)
      widths.append(columnWidth)
      x += columnWidth + gutter
    }
    let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    return (0..<count).map { column in
      rows.map { row in
        let start = min(row.count, starts[column])
        let end = min(row.count, starts[column] + widths[column])
        return String(row[start..<end])
      }
    }
  }

  /// Compares `files` in a 120x40 tmux terminal, presses `n`, then scrolls to the end a few
  /// rows at a time; on every screen each piece both 000 and 002 (and 001) show opens on one
  /// row. Returns the pieces seen in every column that has them.
  func scrollAndCheck(_ files: [String]) throws -> Set<Int> {
    let terminal = try EndToEndTests.Terminal(width: 120, height: 40)
    let paths = files.map { prefix in
      try! FileManager.default.contentsOfDirectory(
        atPath: packageRoot.appendingPathComponent("Articles").path
      )
      .first { $0.hasPrefix(prefix + "_") }.map { "Articles/" + $0 }!
    }
    terminal.send(
      "\(EndToEndTests.binary) compare \(paths.joined(separator: " ")); echo __EXIT=$?", enter: true
    )
    #expect(
      terminal.wait {
        $0.contains("n next piece") && !$0.contains("Loading articles")
          && !$0.contains("Finding statements")
      })
    terminal.send("n")
    #expect(terminal.wait { $0.contains("piece 1/4 of s1") })
    var seenEverywhere = Set<Int>()
    var previousStatus = ""
    for _ in 0..<40 {
      let screen = terminal.screen()
      let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
      let status = lines.count > 39 ? String(lines[39]) : ""
      let columns = columnTexts(screen, width: 120, count: files.count)
      for (number, piece) in Self.pieces.enumerated() {
        var rows: [String: Int] = [:]
        for (column, file) in files.enumerated() {
          guard let opening = piece[file] else { continue }
          // Below the column headers, the row whose text opens the piece.
          if let row = columns[column].indices.dropFirst(2).first(where: {
            columns[column][$0].hasPrefix("┃ " + opening)
          }) {
            rows[file] = row
          }
        }
        #expect(Set(rows.values).count <= 1, "piece \(number + 1) on rows \(rows) at \(status)")
        if rows.count == piece.keys.filter(files.contains).count { seenEverywhere.insert(number) }
      }
      if status == previousStatus { break }
      previousStatus = status
      terminal.send("jjjjjjj")
      terminal.wait(5) { screen in
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 39 && String(lines[39]) != status
      }
    }
    terminal.send("Q")
    #expect(terminal.wait { $0.contains("__EXIT=0") })
    return seenEverywhere
  }

  @Test(.enabled(if: tmuxAvailable, "tmux is missing: make deps installs it"))
  func twoColumnsKeepEveryButlerPieceLevelWhileScrolling() throws {
    #expect(try scrollAndCheck(["000", "002"]) == [0, 1, 2, 3], "each piece seen in both columns")
  }

  @Test(.enabled(if: tmuxAvailable, "tmux is missing: make deps installs it"))
  func threeColumnsKeepEveryButlerPieceLevelWhileScrolling() throws {
    #expect(
      try scrollAndCheck(["000", "001", "002"]) == [0, 1, 2, 3], "each piece seen in every column")
  }
}
