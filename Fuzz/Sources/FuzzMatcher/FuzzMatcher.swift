import CLibFuzzer
import QuotedriftEngine

/// The stemmer and WordNet, opened once for every input.
let lexicon: Lexicon = try! Lexicon()

/// libFuzzer entry point for matching and collation: the input's first byte says how many
/// articles (two to four) the rest is cut into; every statement found has versions in two or more
/// articles, a reference among them, and passages whose words and bytes lie inside their
/// article.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMatcher(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  guard size > 1 else { return 0 }
  let count = 2 + Int(data[0]) % 3
  let body = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  let piece = (body.count + count - 1) / count
  var articles: [Article] = []
  for index in 0..<count {
    let slice = Array(body[min(body.count, index * piece)..<min(body.count, (index + 1) * piece)])
    guard var article = ArticleLoader.parse(bytes: slice, path: "a\(index).txt").article else {
      continue
    }
    article.id = "a\(articles.count + 1)"
    articles.append(article)
  }
  guard !articles.isEmpty else { return 0 }
  let analysis = Analysis(articles: articles, lexicon: lexicon)
  for statement in analysis.statements {
    precondition(Set(statement.versions.map(\.article)).count >= 2)
    precondition(statement.versions.indices.contains(statement.referenceIndex))
    for version in statement.versions {
      let article = articles[version.article]
      for passage in version.passages {
        precondition(passage.words.upperBound <= article.words.count)
        precondition(passage.start <= passage.end && passage.end <= article.bytes.count)
      }
    }
  }
  _ = StatementsJSON.encode(analysis.statements, of: analysis)
  return 0
}

/// The program's entry point (SwiftPM links `main` to `FuzzMatcher_main`): libFuzzer's driver.
@_cdecl("FuzzMatcher_main")
public func fuzzMatcherMain(
  _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> Int32 {
  // Opened before fuzzing starts, so LeakSanitizer does not count it against the first input.
  _ = lexicon
  return quotedrift_fuzz_main(argc, argv)
}
