import CLibFuzzer
import QuotedriftEngine

/// libFuzzer entry point for the article loader: any bytes, read as a `.txt` or a `.md` file
/// (front matter included), give an article or a reason, and every word and sentence of an
/// article lies inside its bytes, in order.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  for path in ["fuzz.txt", "fuzz.md"] {
    let outcome = ArticleLoader.parse(bytes: bytes, path: path)
    guard let article = outcome.article else {
      precondition(!outcome.diagnostics.isEmpty, "no article and no reason")
      continue
    }
    var previousEnd = article.bodyStart
    for word in article.words {
      precondition(word.start >= previousEnd && word.start < word.end && word.end <= size)
      previousEnd = word.end
    }
    for sentence in article.sentences {
      precondition(sentence.start <= sentence.end && sentence.end <= size)
      precondition(sentence.words.upperBound <= article.words.count)
    }
    _ = article.text(0..<size)
  }
  return 0
}

/// The program's entry point (SwiftPM links `main` to `FuzzLoader_main`): libFuzzer's driver.
@_cdecl("FuzzLoader_main")
public func fuzzLoaderMain(
  _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> Int32 {
  quotedrift_fuzz_main(argc, argv)
}
