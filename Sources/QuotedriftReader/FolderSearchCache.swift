import Foundation
import QuotedriftEngine

/// The folder's text prepared for searching, made on the first search and kept until other
/// articles are loaded.
final class FolderSearchCache: @unchecked Sendable {
  private var prepared: FolderSearch?
  private let lock = NSLock()

  /// The search over `articles`, prepared on first use.
  func search(_ articles: [Article]) -> FolderSearch {
    lock.lock()
    defer { lock.unlock() }
    if let prepared, prepared.articles.count == articles.count { return prepared }
    let search = FolderSearch(articles: articles)
    prepared = search
    return search
  }
}
