import CLibFuzzer
import QuotedriftEngine

/// libFuzzer entry point for saved web pages: any bytes, read as a `.html` page, give an article
/// or a reason; the article's words, sentences and captions lie inside its extracted text, in
/// order, and the text is valid UTF-8.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let outcome = ArticleLoader.parse(bytes: bytes, path: "fuzz.html")
  guard let article = outcome.article else {
    precondition(!outcome.diagnostics.isEmpty, "no article and no reason")
    return 0
  }
  precondition(article.offsets == .text)
  precondition(String(validating: article.bytes, as: UTF8.self) != nil, "extracted text is UTF-8")
  var previousEnd = article.bodyStart
  for word in article.words {
    precondition(word.start >= previousEnd && word.start < word.end)
    precondition(word.end <= article.bytes.count)
    previousEnd = word.end
  }
  for sentence in article.sentences {
    precondition(sentence.start <= sentence.end && sentence.end <= article.bytes.count)
  }
  var captionEnd = 0
  for caption in article.captions {
    precondition(caption.lowerBound >= captionEnd && caption.upperBound <= article.bytes.count)
    captionEnd = caption.upperBound
  }
  return 0
}

/// The program's entry point (SwiftPM links `main` to `FuzzHTML_main`): libFuzzer's driver.
@_cdecl("FuzzHTML_main")
public func fuzzHTMLMain(
  _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> Int32 {
  quotedrift_fuzz_main(argc, argv)
}
