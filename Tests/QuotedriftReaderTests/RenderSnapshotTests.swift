import QuotedriftTerminal
import Testing

@testable import QuotedriftReader

/// Whole screens pinned as text with a style overlay, at 80x24, 120x40 and 40x12, on the sample
/// articles and on fixtures with CJK, emoji, combining marks and escape sequences.
@Suite struct RenderSnapshotTests {
  static let sizes = [(80, 24), (120, 40), (40, 12)]

  @Test(arguments: sizes)
  func articlesScreen(width: Int, height: Int) {
    let (_, backend) = session(width: width, height: height)
    expectSnapshot(snapshot(of: backend.screen), named: "articles-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func sideBySideOnTheFirstSharedStatement(width: Int, height: Int) {
    let (reader, backend) = session(width: width, height: height)
    reader.press(.character("c"), .character("]"))
    expectSnapshot(snapshot(of: backend.screen), named: "side-by-side-\(width)x\(height)")
    expectSafeAndWhole(backend.screen)
  }

  @Test(arguments: sizes)
  func statementsScreen(width: Int, height: Int) {
    let (reader, backend) = session(width: width, height: height)
    reader.press(.character("s"))
    expectSnapshot(snapshot(of: backend.screen), named: "statements-\(width)x\(height)")
  }

  @Test(arguments: sizes)
  func collationScreen(width: Int, height: Int) {
    let (reader, backend) = session(width: width, height: height)
    reader.press(.character("s"), .enter)
    expectSnapshot(snapshot(of: backend.screen), named: "collation-\(width)x\(height)")
  }

  @Test func helpScreen() {
    let (reader, backend) = session(width: 80, height: 24)
    reader.press(.character("?"))
    expectSnapshot(snapshot(of: backend.screen), named: "help-80x24")
  }

  @Test func monochromeCollationTellsEveryDriftApart() {
    let (reader, backend) = session(width: 120, height: 40, colors: 0)
    reader.press(.character("s"), .enter)
    expectSnapshot(snapshot(of: backend.screen), named: "collation-mono-120x40")
  }

  @Test(arguments: sizes)
  func unicodeSideBySide(width: Int, height: Int) {
    let (reader, backend) = session(unicodePaths, width: width, height: height)
    reader.press(.character(" "), .down, .character(" "), .character("c"), .character("]"))
    expectSnapshot(snapshot(of: backend.screen), named: "unicode-side-by-side-\(width)x\(height)")
    expectSafeAndWhole(backend.screen)
  }

  @Test(arguments: sizes)
  func escapeSequencesNeverReachTheScreen(width: Int, height: Int) {
    let (reader, backend) = session(hostilePaths, width: width, height: height)
    expectSafeAndWhole(backend.screen)
    reader.press(.character("c"), .character("]"))
    expectSafeAndWhole(backend.screen)
    expectSnapshot(snapshot(of: backend.screen), named: "escapes-side-by-side-\(width)x\(height)")
    // The collation, on the version that carries the escapes.
    reader.press(.character("s"), .enter, .character("j"))
    expectSafeAndWhole(backend.screen)
    #expect(backend.screen.text.contains("␛"))
  }

  @Test func aTinyTerminalSaysSoInsteadOfDrawing() {
    let (_, backend) = session(width: 20, height: 5)
    #expect(backend.screen.text.hasPrefix("Terminal too small"))
    expectSafeAndWhole(backend.screen)
    let (_, one) = session(width: 1, height: 1)
    #expect(one.screen.text == "T")
  }
}
