import QuotedriftEngine
import QuotedriftTerminal

/// The metadata columns of the articles list: a column no article has a value for is never
/// drawn, and on a narrow terminal columns are dropped whole (author first, then outlet, then
/// date) so the title keeps its room.
struct ArticleColumns: Equatable {
  /// A metadata column.
  enum Column: CaseIterable {
    case outlet, author, date

    var label: String {
      switch self {
      case .outlet: "OUTLET"
      case .author: "AUTHOR"
      case .date: "DATE"
      }
    }

    /// The most columns a value takes; longer ones are cut with `…`.
    var widest: Int {
      switch self {
      case .outlet: 24
      case .author: 22
      case .date: 10
      }
    }

    /// Which column fits first when room is short.
    var priority: Int {
      switch self {
      case .date: 0
      case .outlet: 1
      case .author: 2
      }
    }

    /// The value shown for `article`: a date as its day, `—` when missing.
    func value(of article: Article) -> String {
      switch self {
      case .outlet: return article.outlet ?? "—"
      case .author: return article.author ?? "—"
      case .date:
        guard let date = article.date else { return "—" }
        return ISODate.normalised(date).map { String($0.prefix(10)) } ?? date
      }
    }

    func has(_ article: Article) -> Bool {
      switch self {
      case .outlet: article.outlet != nil
      case .author: article.author != nil
      case .date: article.date != nil
      }
    }
  }

  /// Columns before the title (the mark), for the words and shared counts, and the narrowest
  /// title a metadata column may leave.
  static let leading = 4
  static let numbers = 16
  static let narrowestTitle = 24

  /// The columns shown, left to right.
  var shown: [Column]
  /// Columns each shown column takes, the gap after included.
  var widths: [Column: Int]
  var titleWidth: Int

  /// The columns for a list `width` wide of articles whose widest values in each column are
  /// `present` (a column no article has a value for is absent).
  init(width: Int, present: [Column: Int]) {
    let room = width - Self.leading - Self.numbers
    var shown: [Column] = []
    var widths: [Column: Int] = [:]
    var used = 0
    for column in Column.allCases.sorted(by: { $0.priority < $1.priority }) {
      guard let widest = present[column] else { continue }
      let columnWidth = max(column.label.count, min(widest, column.widest)) + 2
      guard room - used - columnWidth >= Self.narrowestTitle else { continue }
      shown.append(column)
      widths[column] = columnWidth
      used += columnWidth
    }
    self.shown = Column.allCases.filter(shown.contains)
    self.widths = widths
    titleWidth = max(8, room - used)
  }

  /// The columns at least one of `articles` has a value for, with the widest value's width.
  static func present(in articles: [Article]) -> [Column: Int] {
    var present: [Column: Int] = [:]
    for column in Column.allCases {
      let widths = articles.filter(column.has).map { DisplayWidth.of(column.value(of: $0)) }
      if let widest = widths.max() { present[column] = widest }
    }
    return present
  }
}
