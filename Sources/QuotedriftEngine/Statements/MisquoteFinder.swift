/// Finds where a version's quotation marks hold words other than the reference's: a quoted word
/// that is not the reference's word (case and punctuation aside), a word inserted or moved inside
/// the quote, or reference words left out between two quoted words with no ellipsis ("…",
/// "...", "[…]") to mark the cut. Words in square brackets are the reporter's insertions and
/// never count.
struct MisquoteFinder {
  let corpus: Corpus

  /// Drift kinds that change what a quote says.
  static let changing: Set<DriftKind> = [.inflection, .synonym, .reworded, .added, .moved]

  /// The misquote flag of a version, `nil` when its quotes hold the reference's words.
  func misquote(
    drift: [[WordDrift]], omitted: [Int], article articleIndex: Int, quoted: QuotedWords,
    reference: Collator.Reference
  ) -> FlaggedWords? {
    let article = corpus.articles[articleIndex]
    var words: [Int] = []
    for word in drift.joined() where quoted[word.word] == true {
      if Self.changing.contains(word.kind) && !isBracketed(word.word, in: articleIndex) {
        words.append(word.word)
      }
    }
    let omittedPositions = Set(omitted.compactMap(reference.position(of:)))
    var cut: [Int] = []
    for passage in drift {
      let aligned = passage.filter { $0.kind != .moved && $0.referenceWord != nil }
      for (first, second) in zip(aligned, aligned.dropFirst()) {
        guard let from = reference.position(of: first.referenceWord!),
          let to = reference.position(of: second.referenceWord!),
          to > from + 1, quoted[first.word] == true, quoted[second.word] == true
        else { continue }
        let left = ((from + 1)..<to).filter { omittedPositions.contains($0) }
        guard !left.isEmpty else { continue }
        let between = article.text(article.words[first.word].end..<article.words[second.word].start)
        if !between.contains("…") && !between.contains("...") {
          cut += left.map { reference.words[$0] }
        }
      }
    }
    guard !words.isEmpty || !cut.isEmpty else { return nil }
    return FlaggedWords(flag: .misquote, words: words, referenceWords: cut)
  }

  /// The word stands inside square brackets: the last bracket before it in its sentence opens.
  private func isBracketed(_ word: Int, in articleIndex: Int) -> Bool {
    let article = corpus.articles[articleIndex]
    let sentence = article.sentences[Int(corpus.sentenceOfWord[articleIndex][word])]
    var offset = article.words[word].start - 1
    while offset >= sentence.start {
      switch article.bytes[offset] {
      case UInt8(ascii: "["): return true
      case UInt8(ascii: "]"): return false
      default: offset -= 1
      }
    }
    return false
  }
}
