import CLibFuzzer
import QuotedriftEngine

/// libFuzzer entry point for the tokenizer and sentence splitter: the sentences of any bytes
/// cover every word once, in order, none longer than the limit, and each sentence's byte range
/// holds its words.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSplitter(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let words = Tokenizer.words(in: bytes)
  let sentences = SentenceSplitter.sentences(in: bytes, words: words)
  var nextWord = 0
  var paragraph = 0
  for sentence in sentences {
    precondition(sentence.words.lowerBound == nextWord, "sentences cover every word in order")
    precondition(!sentence.words.isEmpty && sentence.words.count <= SentenceSplitter.maximumWords)
    precondition(sentence.paragraph >= paragraph)
    precondition(sentence.start <= words[sentence.words.lowerBound].start)
    precondition(sentence.end >= words[sentence.words.upperBound - 1].end && sentence.end <= size)
    nextWord = sentence.words.upperBound
    paragraph = sentence.paragraph
  }
  precondition(nextWord == words.count)
  return 0
}

/// The program's entry point (SwiftPM links `main` to `FuzzSplitter_main`): libFuzzer's driver.
@_cdecl("FuzzSplitter_main")
public func fuzzSplitterMain(
  _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> Int32 {
  quotedrift_fuzz_main(argc, argv)
}
