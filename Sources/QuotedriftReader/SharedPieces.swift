import QuotedriftEngine

/// A piece of a statement as side by side lines it up: the piece (one paragraph's part of one
/// passage) of the first column carrying the statement that a version's piece renders. Pieces
/// of different columns with one key say the same thing.
struct PieceKey: Hashable, Sendable {
  var statement: Int
  /// The first carrying column's piece, counting from 0 through its passages.
  var group: Int
}

/// A piece in one column: its key and the word it starts on.
struct ColumnPiece: Sendable {
  var key: PieceKey
  var firstWord: Int
}

/// Which pieces of the statements the columns share correspond, and the order the table keeps:
/// the pieces every column reads in the same order are aligned (the longest such order, column
/// by column, as a diff does); a shared piece a column reads out of that order is moved there.
struct SharedPieces: Sendable {
  /// The statements two or more columns carry (every one the article carries, for one column),
  /// in statement order.
  var statements: [Int]
  /// For each column, its first piece of each key some other column has too, in reading order.
  var pieces: [[ColumnPiece]]
  /// The aligned keys, in the table's order.
  var aligned: [PieceKey]
  /// For each column, the aligned keys it has.
  var alignedIn: [Set<PieceKey>]
  /// For each column, its shared pieces out of the aligned order.
  var moved: [[ColumnPiece]]

  init(articles: [Int], index: ReaderIndex, drift: inout PairwiseDrift) {
    let carried = articles.map { Set(index.statementsByArticle[$0]) }
    let minimum = min(2, articles.count)
    statements = Set(carried.flatMap { $0 }).filter { statement in
      carried.filter { $0.contains(statement) }.count >= minimum
    }.sorted()
    var pieces: [[ColumnPiece]] = articles.map { _ in [] }
    for statement in statements {
      let carriers = articles.indices.filter { carried[$0].contains(statement) }
      let keyColumn = carriers[0]
      let keyArticle = articles[keyColumn]
      let version = { (article: Int) in
        index.statements[statement].versions.first { $0.article == article }!
      }
      var keyPiece: [Int: Int] = [:]
      var unaligned = 0
      for (group, piece) in version(keyArticle).passages.flatMap(\.pieces).enumerated() {
        for word in piece.words { keyPiece[word] = group }
        pieces[keyColumn].append(
          ColumnPiece(
            key: PieceKey(statement: statement, group: group), firstWord: piece.words.lowerBound))
        unaligned = group + 1
      }
      for column in carriers.dropFirst() {
        let article = articles[column]
        let aligned =
          article == keyArticle ? [] : drift.drift(of: article, against: keyArticle, in: statement)
        for piece in version(article).passages.flatMap(\.pieces) {
          var votes: [Int: Int] = [:]
          for word in aligned where piece.words.contains(word.word) {
            if let reference = word.referenceWord, let group = keyPiece[reference] {
              votes[group, default: 0] += 1
            }
          }
          if article == keyArticle { votes[keyPiece[piece.words.lowerBound] ?? -1] = 1 }
          // The group most of its words come from; a piece aligned with nothing is its own.
          let group: Int
          if let best = votes.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }), best.key >= 0
          {
            group = best.key
          } else {
            group = unaligned
            unaligned += 1
          }
          pieces[column].append(
            ColumnPiece(
              key: PieceKey(statement: statement, group: group), firstWord: piece.words.lowerBound))
        }
      }
    }
    var columnsHaving: [PieceKey: Int] = [:]
    for column in pieces.indices {
      pieces[column].sort { $0.firstWord < $1.firstWord }
      var seen = Set<PieceKey>()
      pieces[column] = pieces[column].filter { seen.insert($0.key).inserted }
      for piece in pieces[column] { columnsHaving[piece.key, default: 0] += 1 }
    }
    pieces = pieces.map { $0.filter { columnsHaving[$0.key]! >= minimum } }
    self.pieces = pieces
    // The table's order, column by column: the longest run of the order so far that the column
    // reads in order is aligned; keys new to the order go in where the column reads them.
    var order: [PieceKey] = []
    var alignedIn = [Set<PieceKey>](repeating: [], count: pieces.count)
    for column in pieces.indices {
      let keys = pieces[column].map(\.key)
      let matched = Self.longestCommonSubsequence(order, keys)
      let known = Set(order)
      var merged: [PieceKey] = []
      var next = 0
      for (position, key) in keys.enumerated() {
        if let orderPosition = matched[position] {
          merged += order[next...orderPosition]
          next = orderPosition + 1
          alignedIn[column].insert(key)
        } else if !known.contains(key) {
          merged.append(key)
          alignedIn[column].insert(key)
        }
      }
      merged += order[next...]
      order = merged
    }
    // A key aligned in one column only lines up with nothing.
    var aligning: [PieceKey: Int] = [:]
    for keys in alignedIn { for key in keys { aligning[key, default: 0] += 1 } }
    aligned = order.filter { aligning[$0, default: 0] >= minimum }
    // A shared piece a column did not align is out of the order there: moved.
    moved = pieces.indices.map { column in
      pieces[column].filter { !alignedIn[column].contains($0.key) }
    }
    let alignedSet = Set(aligned)
    self.alignedIn = alignedIn.map { $0.intersection(alignedSet) }
  }

  /// For each element of `second`, the position in `first` it is matched to by a longest
  /// common subsequence of the two (nil when unmatched).
  static func longestCommonSubsequence(_ first: [PieceKey], _ second: [PieceKey]) -> [Int?] {
    var lengths = [[Int]](
      repeating: [Int](repeating: 0, count: second.count + 1), count: first.count + 1)
    for i in stride(from: first.count - 1, through: 0, by: -1) {
      for j in stride(from: second.count - 1, through: 0, by: -1) {
        lengths[i][j] =
          first[i] == second[j]
          ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
      }
    }
    var matched = [Int?](repeating: nil, count: second.count)
    var i = 0
    var j = 0
    while i < first.count && j < second.count {
      if first[i] == second[j] {
        matched[j] = i
        i += 1
        j += 1
      } else if lengths[i + 1][j] >= lengths[i][j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return matched
  }
}
