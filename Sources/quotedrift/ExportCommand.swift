import ArgumentParser
import Foundation
import QuotedriftEngine

/// `quotedrift export`: writes highlighted comparisons to a file or standard output.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Export statements with their drift highlighted: HTML, Markdown, TEI, JSON, ANSI or text.",
    discussion: """
      html: one self-contained page (inline CSS, no scripts) that opens offline and prints well. \
      tei: TEI P5 parallel segmentation, articles as witnesses. md: renders on GitHub and common viewers (changed words bold, omitted words struck). \
      json: the statements interface, restricted to what is exported. ansi: the coloured \
      listing, for pagers (less -R). text: the listing with drift marked in brackets. A file \
      given with -o is written whole or not at all. With --compare A B …, only those articles are \
      read and the HTML shows them side by side with shared passages tinted.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var cache: CacheOptions

  @Option(help: "Format: html, md, tei, json, ansi or text.")
  var format: ExportFormat = .md

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Option(
    name: .customLong("statement"), help: "Export only this statement (s1, s2 …); repeatable.")
  var statements: [String] = []

  @Option(
    parsing: .upToNextOption,
    help:
      "Compare these article files: their shared statements, and in HTML the articles side by side."
  )
  var compare: [String] = []

  func validate() throws {
    guard compare.isEmpty || compare.count >= 2 else {
      throw ValidationError("--compare needs two or more article files")
    }
    guard compare.isEmpty || input.paths.isEmpty else {
      throw ValidationError("give the articles either with --compare or as paths, not both")
    }
  }

  func run() throws {
    var input = self.input
    if !compare.isEmpty { input.paths = compare }
    let analysis = try input.analyze(try input.configuration(), cache: cache)
    let known = Set(analysis.statements.map(\.id))
    for id in statements where !known.contains(id) {
      Diagnostics.error(
        "no statement \(id) (there are \(analysis.statements.count): s1 … s\(analysis.statements.count))"
      )
      throw ExitCode(2)
    }
    let chosen =
      statements.isEmpty
      ? analysis.statements : analysis.statements.filter { statements.contains($0.id) }
    let sideBySide = compare.isEmpty ? [] : Array(analysis.articles.indices)
    let bytes = format.render(
      chosen, of: analysis, allArticles: statements.isEmpty, sideBySide: sideBySide)
    guard let output else {
      try StandardStreams.output(bytes)
      return
    }
    do {
      try AtomicFileWriter.write(bytes, to: output)
    } catch {
      Diagnostics.error(error.description)
      throw ExitCode(2)
    }
    StandardStreams.error("quotedrift: wrote \(output)\n")
  }
}

extension ExportFormat: ExpressibleByArgument {}
