import QuotedriftEngine

extension Statement {
  /// Whether every article and word the statement names is in `articles`, so a stored statement
  /// that does not belong to them is never shown.
  func fits(_ articles: [Article]) -> Bool {
    func has(_ article: Int, _ words: some Sequence<Int>) -> Bool {
      articles.indices.contains(article)
        && words.allSatisfy { articles[article].words.indices.contains($0) }
    }
    guard versions.indices.contains(referenceIndex) else { return false }
    let reference = reference.article
    return versions.allSatisfy { version in
      has(version.article, version.flagged.flatMap(\.words))
        && has(reference, version.omitted + version.flagged.flatMap(\.referenceWords))
        && version.passages.allSatisfy { passage in
          !passage.words.isEmpty && has(passage.article, passage.words)
            && passage.end <= articles[passage.article].bytes.count
            && has(passage.article, passage.drift.map(\.word))
            && has(reference, passage.drift.compactMap(\.referenceWord))
        }
    }
  }
}
