import CLibFuzzer
import QuotedriftEngine
import QuotedriftReader
import QuotedriftTerminal

/// The stemmer and WordNet, opened once for every input.
let lexicon: Lexicon = try! Lexicon()

/// Keys the input's last bytes press, one byte each (not `e`: an export would write a file).
let keys: [Key] = [
  .character("j"), .character("k"), .character("G"), .character("g"), .enter, .escape,
  .character("c"), .character(" "), .character("]"), .character("["), .character("n"),
  .character("N"), .character("s"), .character("a"), .character("?"), .tab, .backTab,
  .character("r"), .character("z"), .character("<"), .character(">"), .pageDown, .pageUp,
  .control("d"), .control("u"), .character("/"), .backspace, .right, .left,
]

/// libFuzzer entry point for the screen renderer: two articles cut from the input are loaded and
/// matched, then the input's last bytes press keys and resize the screen (down to 1x1); after
/// every step each cell is safe for a terminal and no wide character is split.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let half = bytes.count / 2
  var articles: [Article] = []
  for (index, slice) in [bytes[..<half], bytes[half...]].enumerated() {
    guard var article = ArticleLoader.parse(bytes: Array(slice), path: "a\(index).txt").article
    else { continue }
    article.id = "a\(articles.count + 1)"
    articles.append(article)
  }
  let backend = TestBackend(width: 80, height: 24)
  let session = ReaderSession(
    backend: backend, state: ReaderState(width: 80, height: 24, theme: Theme(colorCount: 256)),
    mouse: true)
  session.draw()
  check(backend.screen)
  guard !articles.isEmpty else { return 0 }
  session.apply(.articlesLoaded(articles, warnings: []))
  session.apply(
    .analysisFinished(ReaderIndex(analysis: Analysis(articles: articles, lexicon: lexicon))))
  for byte in bytes.suffix(48) {
    if byte >= 0xF0 {
      let width = Int(byte & 0x0F) * 13 + 1
      let height = Int(byte >> 2 & 0x03) * 17 + 1
      backend.resize(width: width, height: height)
      session.handle(.resize(width: width, height: height))
    } else if byte >= 0xE0 {
      session.handle(.mouse(.click(x: Int(byte & 0x0F) * 5, y: Int(byte & 0x07) * 3)))
    } else {
      session.handle(.key(keys[Int(byte) % keys.count]))
    }
    session.draw()
    check(backend.screen)
  }
  return 0
}

/// Every cell is terminal-safe and every wide character whole.
func check(_ screen: ScreenBuffer) {
  for row in 0..<screen.height {
    for column in 0..<screen.width {
      let cell = screen[column, row]
      for scalar in cell.symbol.unicodeScalars {
        precondition(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value))
        precondition(!(0x202A...0x202E).contains(scalar.value))
        precondition(!(0x2066...0x2069).contains(scalar.value))
      }
      if cell.width == 2 {
        precondition(column + 1 < screen.width && screen[column + 1, row].isContinuation)
      }
      if cell.isContinuation { precondition(column > 0 && screen[column - 1, row].width == 2) }
    }
  }
}

/// The program's entry point (SwiftPM links `main` to `FuzzRender_main`): libFuzzer's driver.
@_cdecl("FuzzRender_main")
public func fuzzRenderMain(
  _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> Int32 {
  // Opened before fuzzing starts, so LeakSanitizer does not count it against the first input.
  _ = lexicon
  return quotedrift_fuzz_main(argc, argv)
}
