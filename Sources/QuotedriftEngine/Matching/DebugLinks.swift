public func debugLinks(_ articles: [Article]) -> [String] {
  let corpus = Corpus(articles: articles, stemmer: SnowballStemmer()!)
  var sim = WordSimilarity(vocabulary: corpus.vocabulary, wordNet: WordNet())
  let links = PassageMatcher(corpus: corpus, settings: MatchingSettings()).links(similarity: &sim)
  return links.map { l in
    let a = articles[l.firstArticle], b = articles[l.secondArticle]
    return "\(a.id)~\(b.id) \(l.score)\n   \(a.text(a.words[l.firstWords.lowerBound].start..<a.words[l.firstWords.upperBound-1].end))\n   \(b.text(b.words[l.secondWords.lowerBound].start..<b.words[l.secondWords.upperBound-1].end))"
  }
}
