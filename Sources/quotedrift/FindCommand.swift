import ArgumentParser
import Foundation
import QuotedriftEngine

/// `quotedrift find "TEXT" [PATH...]`: every version of a given text in the articles.
struct FindCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "find",
    abstract: "List every version of a text (a quote pasted in) in the articles, with its drift.",
    discussion: """
      The text is read as an article of its own and matched against every article as \
      `statements` matches any two; the versions found are collated against it (the text is \
      the reference), in the forms of `statements`: text (each \
      version with its article, outlet and date, the speaker it credits, whether it quotes, \
      kept, exact, flags and its drift marked) or json (the same document as `statements \
      --format json`, with the articles that carry a version and the text itself, as article \
      "given" with the path "(given text)"). TEXT - reads the text from standard input. Exit \
      status 1 when no article carries the text.
      """)

  @Argument(
    help: ArgumentHelp("The text to find; - reads it from standard input.", valueName: "text"))
  var text: String

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text or json.")
  var format: StatementsFormat = .text

  @Option(
    help: "Colour in text output: auto (on a terminal, unless NO_COLOR is set), always, never.")
  var color: ColorChoice?

  func run() throws {
    let given: Article
    do {
      given = try QuoteFinder.article(of: text == "-" ? Self.standardInput() : text)
    } catch {
      Diagnostics.error(error.description)
      throw ExitCode(2)
    }
    let configuration = try input.configuration()
    let color = self.color ?? configuration.color
    let articles = try input.load()
    let finder = QuoteFinder(
      articles: articles, lexicon: try input.lexicon(), settings: input.settings(configuration))
    let finding = finder.find(given)
    let statements = finding.analysis.statements
    switch format {
    case .json:
      try StatementsJSON.write(statements, of: finding.analysis, allArticles: false) {
        try StandardStreams.output($0)
      }
    case .text:
      let carrying = finding.versionsBestFirst.count
      let summary =
        "\(counted(articles.count, "article")), "
        + (carrying == 0 ? "none carries the text" : "\(carrying) carry the text")
      let listing = StatementListing(colored: color.isEnabled(forDescriptor: STDOUT_FILENO))
      try StandardStreams.output(listing.render(statements, of: finding.analysis, summary: summary))
    }
    if statements.isEmpty { throw ExitCode(1) }
  }

  /// Everything on standard input, invalid UTF-8 read as U+FFFD.
  private static func standardInput() -> String {
    String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
  }
}
