import ArgumentParser
import Foundation
import QuotedriftEngine

/// `quotedrift statements`: lists every statement two or more articles carry.
struct StatementsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "statements",
    abstract: "List every statement that two or more articles carry, with its drift.",
    discussion: """
      text: each statement with every version: its article, outlet and date, the speaker it \
      credits, whether it quotes, kept (the share of the reference it carries), exact (the share \
      of its own words that are the reference's verbatim), meaning flags (number, negation, \
      modal, attribution, misquote) with a ⚑ after the words that raised them, and its drift \
      marked: in colour on a terminal, else [=variant] [^inflection] [~synonym|reference] \
      [*reworded|reference] [+added] [>moved] [@attribution] [-omitted].
      json: the machine interface described in the README; offsets are UTF-8 byte offsets into \
      the files as stored.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var cache: CacheOptions

  @Option(help: "Output format: text or json.")
  var format: StatementsFormat = .text

  @Option(
    help: "Colour in text output: auto (on a terminal, unless NO_COLOR is set), always, never.")
  var color: ColorChoice?

  func run() throws {
    let configuration = try input.configuration()
    let colored = (self.color ?? configuration.color).isEnabled(forDescriptor: STDOUT_FILENO)
    let kind = format == .json ? "statements json" : "statements text, colored \(colored)"
    try input.writeDocument(kind, configuration, cache: cache) { analysis, output in
      switch format {
      case .json:
        try StatementsJSON.write(analysis.statements, of: analysis, to: output)
      case .text:
        var listing = StatementListing(colored: colored).render(analysis.statements, of: analysis)
        try listing.withUTF8 { try output(UnsafeRawBufferPointer($0)) }
      }
    }
  }
}

/// Output formats of `statements`.
enum StatementsFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
