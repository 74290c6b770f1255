import ArgumentParser
import Foundation
import QuotedriftCache

/// `quotedrift cache`: where the cache of analyses lives, and emptying it.
struct CacheCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cache",
    abstract: "Show where analyses are cached, or clear the cache.",
    discussion: """
      statements, export and the reader keep the statements they find in \
      $XDG_CACHE_HOME/quotedrift (else ~/.cache/quotedrift), keyed by the settings and every \
      article's path, text and metadata: reopening an unchanged folder loads them instead of \
      matching again, and any change finds them anew. statements also keeps the last two \
      listings it wrote whole (in documents/), so listing an unchanged folder again copies them \
      without reading the articles. --no-cache on those commands leaves the cache alone.
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
      let sizes = ["", "-wal"].compactMap { size(of: database + $0) }
      guard !sizes.isEmpty else {
        print("\(folder): empty")
        return
      }
      print("\(database): \(sizes.reduce(0, +) / 1024) KiB")
      let documents = CacheLocation.documents(in: folder)
      let files = (try? FileManager.default.contentsOfDirectory(atPath: documents)) ?? []
      let kept = files.filter { !$0.hasPrefix(".") }.compactMap { size(of: documents + "/" + $0) }
      print("\(documents): \(kept.count) files, \(kept.reduce(0, +) / 1024) KiB")
    }
  }

  /// The size of the file at `path` in bytes; nil when there is none.
  private func size(of path: String) -> Int? {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue
  }
}
