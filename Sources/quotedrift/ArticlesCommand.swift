import ArgumentParser
import QuotedriftEngine

/// `quotedrift articles`: what was read, one article a row.
struct ArticlesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "articles",
    abstract: "List the articles read, with their metadata.",
    discussion: """
      text: a row per article (id, path, title, outlet, author, date, url, words) in aligned \
      columns; with --with-text, each followed by its text, indented. json: {"articles": \
      [...]} with format, offsets and modified too; with --with-text, each article's text as \
      matching sees it (the bytes its offsets point into, from bodyStart on). A record N of an \
      archive has the path FILE#N.
      """)

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text or json.")
  var format: StatementsFormat = .text

  @Flag(help: "Add each article's text, as matching sees it.")
  var withText = false

  func run() throws {
    let articles = try input.load()
    switch format {
    case .json: try StandardStreams.output(ArticlesJSON.encode(articles, text: withText))
    case .text: try StandardStreams.output(ArticleTable.render(articles, text: withText))
    }
  }
}
