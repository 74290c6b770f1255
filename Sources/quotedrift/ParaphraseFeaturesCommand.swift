import ArgumentParser
import Foundation
import QuotedriftEngine

/// `quotedrift paraphrase-features A B`: the features the paraphrase model reads of two
/// articles' whole texts, as JSON. Hidden: `eval/train_paraphrase.py` fits the model on them.
struct ParaphraseFeaturesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "paraphrase-features",
    abstract: "Print the paraphrase model's features of two articles (for eval/).",
    shouldDisplay: false)

  @Argument(help: "Two article files.")
  var paths: [String]

  func validate() throws {
    guard paths.count == 2 else { throw ValidationError("give exactly two article files") }
  }

  func run() throws {
    let input = try InputOptions.parse(paths)
    let articles = try input.load()
    guard articles.count == 2 else {
      Diagnostics.error(
        "\(paths.joined(separator: ", ")): two articles needed, \(articles.count) read")
      throw ExitCode(2)
    }
    let lexicon = try input.lexicon()
    let corpus = Corpus(articles: articles, lexicon: lexicon)
    let features = ParaphraseFeatures.ofWholeArticles(corpus: corpus, wordNet: lexicon.wordNet)
    var object: [String: Any] = [:]
    for (name, value) in zip(ParaphraseFeatures.names, features.values) { object[name] = value }
    object["probability"] = ParaphraseModel.probability(features)
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    try StandardStreams.output(Array(data) + [0x0A])
  }
}
