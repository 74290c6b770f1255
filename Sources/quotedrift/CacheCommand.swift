import ArgumentParser
import Foundation
import QuotedriftCache

/// `quotedrift cache`: where the cache of analyses lives, and emptying it.
struct CacheCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cache",
    abstract: "Show where analyses are cached, or clear the cache.",
    discussion: """
      statements, export and the reader keep what matching found in $XDG_CACHE_HOME/quotedrift \
      (else ~/.cache/quotedrift), keyed by each article's text and the settings: reopening an \
      unchanged folder loads its analysis, and a changed folder matches again only what it must. \
      --no-cache on those commands leaves the cache alone.
      """)

  @Flag(help: "Print the cache folder.")
  var path = false

  @Flag(help: "Remove the cached analyses.")
  var clear = false

  func validate() throws {
    guard !(path && clear) else { throw ValidationError("give --path or --clear, not both") }
  }

  func run() throws {
    let folder = CacheLocation.folder()
    if clear {
      do {
        try AnalysisCache.clear(folder: folder)
      } catch {
        Diagnostics.error(error.description)
        throw ExitCode(2)
      }
    } else if path {
      print(folder)
    } else {
      let database = CacheLocation.database(in: folder)
      let attributes = try? FileManager.default.attributesOfItem(atPath: database)
      let size = (attributes?[.size] as? NSNumber)?.intValue
      print(size.map { "\(database): \($0 / 1024) KiB" } ?? "\(folder): empty")
    }
  }
}
