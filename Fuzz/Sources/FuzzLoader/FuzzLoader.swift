import CLibFuzzer
import QuotedriftEngine

/// libFuzzer entry point for the article loader: any bytes, read as a `.txt` or a `.md` file
/// (front matter included) or as an archive (`.jsonl`, `.csv`), give articles or a reason, and
/// every word and sentence of an article lies inside its text, in order.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  for path in ["fuzz.txt", "fuzz.md", "fuzz.jsonl", "fuzz.csv"] {
    let outcome = ArticleLoader.parse(bytes: bytes, path: path)
    precondition(!outcome.articles.isEmpty || !outcome.diagnostics.isEmpty, "no reason")
    for article in outcome.articles {
      let count = article.bytes.count
      var previousEnd = article.bodyStart
      for word in article.words {
        precondition(word.start >= previousEnd && word.start < word.end && word.end <= count)
        previousEnd = word.end
      }
      for sentence in article.sentences {
        precondition(sentence.start <= sentence.end && sentence.end <= count)
        precondition(sentence.words.upperBound <= article.words.count)
      }
      _ = article.text(0..<count)
    }
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
