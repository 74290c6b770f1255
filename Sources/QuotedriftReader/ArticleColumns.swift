import QuotedriftEngine

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

    /// Columns taken, the gap after included.
    var width: Int {
      switch self {
      case .outlet: 14
      case .author: 18
      case .date: 11
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
  var titleWidth: Int

  /// The columns for a list `width` wide of articles that have values in `present`.
  init(width: Int, present: Set<Column>) {
    let room = width - Self.leading - Self.numbers
    var shown: [Column] = []
    var used = 0
    for column in Column.allCases.sorted(by: { $0.priority < $1.priority })
    where present.contains(column) && room - used - column.width >= Self.narrowestTitle {
      shown.append(column)
      used += column.width
    }
    self.shown = Column.allCases.filter(shown.contains)
    titleWidth = max(8, room - used)
  }

  /// The columns at least one of `articles` has a value for.
  static func present(in articles: [Article]) -> Set<Column> {
    Set(Column.allCases.filter { column in articles.contains(where: column.has) })
  }
}
