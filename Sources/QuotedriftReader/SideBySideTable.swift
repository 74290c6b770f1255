import Foundation
import QuotedriftEngine
import QuotedriftTerminal

/// Side by side as one table of rows, the way a side-by-side diff lays out: each column's text
/// flows in order, every aligned piece starts on the same row in every column that has it, and
/// filler rows pad the column that reaches it sooner. Rows past a column's end are empty.
struct SideBySideTable: Sendable {
  /// One column: its text, and the line each of its rows shows (nil for a filler row).
  struct Column: Sendable {
    var text: ColumnText
    var rowLines: [Int?]
    /// The row each line is on.
    var lineRows: [Int]
    /// The rows its aligned pieces start on, and its moved pieces.
    var alignedRows: [Int: PieceKey]
    var movedRows: [Int: PieceKey]
    /// The row its highlighted words (a search hit) start on.
    var highlightRow: Int?
  }

  /// An aligned piece: where it starts, and its number among its statement's shared pieces.
  struct Piece: Sendable, Equatable {
    var key: PieceKey
    var row: Int
    var number: Int
    var count: Int
  }

  var columns: [Column]
  /// Aligned pieces in row order (for one column, every piece of its statements).
  var pieces: [Piece]
  /// Each shared piece's number within its statement (1 for its first), by reference order.
  var numbers: [PieceKey: Int]
  /// The statements the columns share.
  var statements: [Int]
  var rowCount: Int

  /// The table of `articles` (indices) in columns of text width `widths`, each column's
  /// `highlights` (search hits) marked.
  init(
    articles: [Int], widths: [Int], highlights: [Range<Int>?], of all: [Article],
    index: ReaderIndex?, theme: Theme
  ) {
    guard let index else {
      columns = articles.indices.map { column in
        let text = ColumnText(
          article: all[articles[column]], words: [:], breaks: [],
          tracked: Set(highlights[column].map { [$0.lowerBound] } ?? []),
          highlight: highlights[column], width: widths[column], theme: theme)
        let rows = Array(text.lines.indices)
        return Column(
          text: text, rowLines: rows, lineRows: rows, alignedRows: [:], movedRows: [:],
          highlightRow: highlights[column].flatMap { text.wordLines[$0.lowerBound] })
      }
      pieces = []
      numbers = [:]
      statements = []
      rowCount = columns.map(\.rowLines.count).max() ?? 0
      return
    }
    var pairwise = PairwiseDrift(index: index)
    let shared = SharedPieces(articles: articles, index: index, drift: &pairwise)
    let drift = pairwise.words(articles: articles, shared: shared.statements)
    let aligning = articles.count > 1
    var texts: [ColumnText] = []
    var alignedPieces: [[ColumnPiece]] = []
    for column in articles.indices {
      let aligned = shared.pieces[column].filter { shared.alignedIn[column].contains($0.key) }
      alignedPieces.append(aligned)
      texts.append(
        ColumnText(
          article: all[articles[column]], words: drift[column],
          breaks: aligning ? aligned.map(\.firstWord) : [],
          tracked: Set(
            shared.pieces[column].map(\.firstWord)
              + (highlights[column].map { [$0.lowerBound] } ?? [])),
          highlight: highlights[column], width: widths[column], theme: theme)
      )
    }
    // Rows: each column's text before its first aligned piece, then the aligned pieces in the
    // table's order, each on the row of the column that reaches it last.
    var rowLines = texts.map { Array($0.segmentLines(0)).map(Optional.some) }
    if aligning {
      var nextSegment = [Int](repeating: 1, count: articles.count)
      for key in shared.aligned {
        let holders = articles.indices.filter { shared.alignedIn[$0].contains(key) }
        let row = holders.map { rowLines[$0].count }.max() ?? 0
        for column in holders {
          rowLines[column] += [Int?](repeating: nil, count: row - rowLines[column].count)
          rowLines[column] += texts[column].segmentLines(nextSegment[column]).map(Optional.some)
          nextSegment[column] += 1
        }
      }
    }
    var columns: [Column] = []
    for column in articles.indices {
      var lineRows = [Int](repeating: 0, count: texts[column].lines.count)
      for (row, line) in rowLines[column].enumerated() { if let line { lineRows[line] = row } }
      func row(of piece: ColumnPiece) -> Int? {
        texts[column].wordLines[piece.firstWord].map { lineRows[$0] }
      }
      var alignedRows: [Int: PieceKey] = [:]
      for piece in alignedPieces[column] {
        if let row = row(of: piece) { alignedRows[row] = piece.key }
      }
      var movedRows: [Int: PieceKey] = [:]
      for piece in shared.moved[column] {
        if let row = row(of: piece) { movedRows[row] = piece.key }
      }
      columns.append(
        Column(
          text: texts[column], rowLines: rowLines[column], lineRows: lineRows,
          alignedRows: alignedRows, movedRows: movedRows,
          highlightRow: highlights[column].flatMap { texts[column].wordLines[$0.lowerBound] }
            .map { lineRows[$0] }))
    }
    var numbers: [PieceKey: Int] = [:]
    var counts: [Int: Int] = [:]
    let keys = Set(shared.pieces.joined().map(\.key)).sorted {
      ($0.statement, $0.group) < ($1.statement, $1.group)
    }
    for key in keys {
      counts[key.statement, default: 0] += 1
      numbers[key] = counts[key.statement]!
    }
    var pieces: [Piece] = []
    for key in shared.aligned {
      guard
        let row = columns.lazy.compactMap({ column in
          column.alignedRows.first { $0.value == key }?.key
        }).first
      else { continue }
      pieces.append(Piece(key: key, row: row, number: numbers[key]!, count: counts[key.statement]!))
    }
    pieces.sort {
      ($0.row, $0.key.statement, $0.key.group) < ($1.row, $1.key.statement, $1.key.group)
    }
    self.columns = columns
    self.pieces = pieces
    self.numbers = numbers
    statements = shared.statements
    rowCount = columns.map(\.rowLines.count).max() ?? 0
  }

  /// The statement the line at `row` of `column` shows, if any.
  func statement(atRow row: Int, column: Int) -> Int? {
    let column = columns[column]
    guard row >= 0, row < column.rowLines.count, let line = column.rowLines[row] else { return nil }
    return column.text.lineStatements[line]
  }
}

/// Tables already laid out, by columns, widths, scheme and what is loaded: laying out is the
/// costly part of a frame, and the same table is drawn frame after frame.
final class SideBySideCache: @unchecked Sendable {
  struct Key: Hashable {
    var articles: [Int]
    var widths: [Int]
    var highlights: [Range<Int>?]
    var scheme: String
    var articleCount: Int
    var indexed: Bool
  }

  private var tables: [Key: SideBySideTable] = [:]
  private let lock = NSLock()

  /// The table of `articles` in columns of text width `widths`, computed on first use.
  func table(
    articles: [Int], widths: [Int], highlights: [Range<Int>?], _ context: ScreenContext
  ) -> SideBySideTable {
    let key = Key(
      articles: articles, widths: widths, highlights: highlights,
      scheme: context.theme.scheme.rawValue,
      articleCount: context.articles.count, indexed: context.index != nil)
    lock.lock()
    if let table = tables[key] {
      lock.unlock()
      return table
    }
    lock.unlock()
    let table = SideBySideTable(
      articles: articles, widths: widths, highlights: highlights, of: context.articles,
      index: context.index, theme: context.theme)
    lock.lock()
    if tables.count > 16 { tables.removeAll() }
    tables[key] = table
    lock.unlock()
    return table
  }
}
