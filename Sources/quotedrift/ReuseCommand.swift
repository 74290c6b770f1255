import ArgumentParser
import Foundation
import QuotedriftEngine

/// `quotedrift reuse`: the stretches each article copies, rewords or summarises from another.
struct ReuseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reuse",
    abstract: "List the stretches one article reuses from another: copied, reworded or summarised.",
    discussion: """
      Text-reuse alignment as the best PAN 2014 system does it (Sanchez-Perez et al.): sentences \
      similar as bags of stems seed, seeds close on both sides join into regions, regions that \
      are not similar as wholes split, and a pair holding long identical runs is reported run by \
      run. Where `statements` shows who said what in which words, `reuse` shows which parts of \
      an article come from another.
      text: each pair of articles with the share of each that its regions cover, then each \
      region's kind (verbatim, paraphrase, summary), similarity, byte offsets and opening words.
      json: the articles, and every region with both sides' article, path, start, end and text \
      (UTF-8 byte offsets, as in `statements`).
      """)

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text or json.")
  var format: StatementsFormat = .text

  func run() throws {
    let configuration = try input.configuration()
    let articles = try input.load()
    let lexicon = try input.lexicon()
    let corpus = Corpus(articles: articles, lexicon: lexicon)
    let regions = ReuseFinder.regions(in: corpus, matching: input.settings(configuration))
    switch format {
    case .json: try StandardStreams.output(ReuseJSON.encode(regions, of: corpus))
    case .text: try StandardStreams.output(ReuseListing().render(regions, of: corpus))
    }
  }
}
