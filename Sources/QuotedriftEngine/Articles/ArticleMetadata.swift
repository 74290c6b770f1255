import Foundation

/// What is known about an article besides its text: from front matter, a page's metadata or an
/// archive record's fields.
public struct ArticleMetadata: Sendable, Equatable {
  public var title: String?
  /// The site or publication: a page's site name, else its publisher, else the host of its URL.
  public var outlet: String?
  /// The author or authors, joined with ", ".
  public var author: String?
  /// The publication date in ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SSZ` (in UTC) when a
  /// time is known.
  public var date: String?
  /// The date of the last change, in the same form, kept apart from the publication date.
  public var modified: String?
  /// The canonical URL.
  public var url: String?

  public init(
    title: String? = nil, outlet: String? = nil, author: String? = nil, date: String? = nil,
    modified: String? = nil, url: String? = nil
  ) {
    self.title = title
    self.outlet = outlet
    self.author = author
    self.date = date
    self.modified = modified
    self.url = url
  }

  /// The host of `url`, less `www.`: the outlet when nothing names it.
  static func host(of url: String) -> String? {
    guard let host = URLComponents(string: url)?.host?.lowercased(), !host.isEmpty else {
      return nil
    }
    return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
  }
}
