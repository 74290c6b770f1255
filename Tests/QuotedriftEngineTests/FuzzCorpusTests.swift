import Foundation
import Testing

@testable import QuotedriftEngine

/// The inputs the fuzzers keep (Fuzz/Corpus, seeds and what `make fuzz` found worth keeping),
/// replayed on every test run, so an input that once broke the loader, the web-page reader, the
/// splitter or the matcher stays a regression test.
@Suite struct FuzzCorpusTests {
  /// The bytes of every input kept for `target`.
  static func inputs(_ target: String) -> [(name: String, bytes: [UInt8])] {
    let folder = packageRoot.appendingPathComponent("Fuzz/Corpus/\(target)").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.sorted().compactMap { name in
      FileManager.default.contents(atPath: folder + "/" + name).map { (name, Array($0)) }
    }
  }

  @Test func loaderAndSplitterInputsLoadWithEveryWordInOneSentence() {
    let inputs = Self.inputs("FuzzLoader") + Self.inputs("FuzzSplitter")
    #expect(inputs.count >= 10)
    for (name, bytes) in inputs {
      for path in ["fuzz.txt", "fuzz.md", "fuzz.jsonl", "fuzz.csv"] {
        let outcome = ArticleLoader.parse(bytes: bytes, path: path)
        #expect(
          !outcome.articles.isEmpty || !outcome.diagnostics.isEmpty,
          "\(name): no article and no reason")
        for article in outcome.articles {
          let covered = article.sentences.map(\.words.count).reduce(0, +)
          #expect(covered == article.words.count, "\(name)")
          #expect(article.words.allSatisfy { $0.end <= article.bytes.count }, "\(name)")
        }
      }
    }
  }

  @Test func webPageInputsGiveAnArticleInsideItsTextOrAReason() {
    let inputs = Self.inputs("FuzzHTML")
    #expect(inputs.count >= 10)
    for (name, bytes) in inputs {
      let outcome = ArticleLoader.parse(bytes: bytes, path: "fuzz.html")
      guard let article = outcome.article else {
        #expect(!outcome.diagnostics.isEmpty, "\(name): no article and no reason")
        continue
      }
      #expect(article.offsets == .text)
      #expect(article.words.allSatisfy { $0.end <= article.bytes.count }, "\(name)")
      #expect(article.captions.allSatisfy { $0.upperBound <= article.bytes.count }, "\(name)")
    }
  }

  @Test func matcherInputsGiveStatementsOfTwoOrMoreArticles() {
    let inputs = Self.inputs("FuzzMatcher")
    #expect(inputs.count >= 4)
    for (name, bytes) in inputs where bytes.count > 1 {
      // Cut as the fuzzer cuts: the first byte says how many articles (two to four).
      let count = 2 + Int(bytes[0]) % 3
      let body = Array(bytes.dropFirst())
      let piece = (body.count + count - 1) / count
      let articles = (0..<count).compactMap { index in
        let slice = body[min(body.count, index * piece)..<min(body.count, (index + 1) * piece)]
        return ArticleLoader.parse(bytes: Array(slice), path: "a\(index).txt").article
      }
      guard !articles.isEmpty else { continue }
      let analysis = Analysis(articles: articles, lexicon: sharedLexicon)
      for statement in analysis.statements {
        #expect(Set(statement.versions.map(\.article)).count >= 2, "\(name)")
      }
    }
  }
}
