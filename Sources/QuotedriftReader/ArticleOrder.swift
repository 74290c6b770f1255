import QuotedriftEngine

/// The order the articles list shows: as loaded, by date (earliest first, undated last), or by
/// outlet (alphabetically, then by date; none last). A key cycles through them.
public enum ArticleOrder: String, Sendable, CaseIterable {
  case loaded = "in load order"
  case date = "by date"
  case outlet = "by outlet"

  /// The order after this one.
  public var next: ArticleOrder {
    let all = Self.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }

  /// The article's date as the list shows it, in ISO 8601 when it reads as a date
  /// ("September 14, 2021" sorts as 2021-09-14), else as written.
  static func sortableDate(_ article: Article) -> String? {
    article.date.map { ISODate.normalised($0) ?? $0 }
  }

  /// Article indices in this order: row `r` of the list shows article `rows[r]`. Ties keep load
  /// order.
  public func rows(of articles: [Article]) -> [Int] {
    let indices = Array(articles.indices)
    switch self {
    case .loaded:
      return indices
    case .date:
      let keys = articles.map(Self.sortableDate)
      return indices.sorted { Self.precedes(keys[$0], keys[$1]) ?? ($0 < $1) }
    case .outlet:
      let outlets = articles.map { $0.outlet?.lowercased() }
      let dates = articles.map(Self.sortableDate)
      return indices.sorted {
        Self.precedes(outlets[$0], outlets[$1]) ?? Self.precedes(dates[$0], dates[$1])
          ?? ($0 < $1)
      }
    }
  }

  /// Whether `first` comes before `second`, missing values last; `nil` when they tie.
  private static func precedes(_ first: String?, _ second: String?) -> Bool? {
    switch (first, second) {
    case (nil, nil): nil
    case (nil, _): false
    case (_, nil): true
    case (let first?, let second?): first == second ? nil : first < second
    }
  }
}
