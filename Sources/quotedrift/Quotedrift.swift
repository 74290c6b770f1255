import ArgumentParser
import QuotedriftEngine

/// The `quotedrift` command.
@main
struct Quotedrift: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quotedrift",
    abstract: "See how one statement drifts as news outlets copy, trim and reword it.",
    discussion: """
      Point it at a folder of articles (.txt, .md with YAML front matter, saved web pages, or \
      archives of many articles as .jsonl or .csv). It finds the \
      passages in different articles that carry the same statement, verbatim, trimmed or \
      reworded, and marks word by word how each version drifted from the reference.
      """,
    version: QuotedriftVersion.current,
    subcommands: [
      ReadCommand.self, CompareCommand.self, StatementsCommand.self, FindCommand.self,
      ArticlesCommand.self, ExportCommand.self, ReuseCommand.self, ConfigCommand.self,
      CacheCommand.self, ParaphraseFeaturesCommand.self,
    ],
    defaultSubcommand: ReadCommand.self)
}
