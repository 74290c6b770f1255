/// Which words of a stretch of one article stand inside quotation marks: a flag for each word
/// from the first word read to the last, and no answer for a word that was not read.
struct QuotedWords: Sendable {
  /// The article word that ``flags`` starts at.
  private var first = 0
  /// For each word from ``first`` on: 1 quoted, 0 not quoted, -1 not read.
  private var flags: [Int8] = []

  /// Whether `word` is quoted, `nil` when it was not read.
  subscript(word: Int) -> Bool? {
    get {
      let index = word - first
      guard index >= 0, index < flags.count, flags[index] >= 0 else { return nil }
      return flags[index] == 1
    }
    set {
      if flags.isEmpty { first = word }
      if word < first {
        flags.insert(contentsOf: repeatElement(-1, count: first - word), at: 0)
        first = word
      }
      if word - first >= flags.count {
        flags.append(contentsOf: repeatElement(-1, count: word - first - flags.count + 1))
      }
      flags[word - first] = newValue.map { $0 ? 1 : 0 } ?? -1
    }
  }
}
