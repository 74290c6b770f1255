/// What a trained model reads of two stretches of text to judge whether they say the same thing
/// as wholes: the overlap of their stem n-grams (n = 1…4, the lower and the higher of the two
/// directions' precisions, as MT metrics such as BLEU read them), the Dice coefficient of their
/// content stems and how many content stems only one holds, their lengths, whether their numbers
/// differ, and the longest common subsequence of their stems; then, as METEOR and TERp read them
/// with WordNet, the shares of each side's content words with an equal, inflected or synonymous
/// partner, how many pair only as synonyms, the names and numbers only one side has, whether
/// their negations differ, the word edit distance, and each side's content words with no
/// partner. These are the whole-sentence features of the published non-neural paraphrase
/// systems (Madnani et al. 2012 read MT metrics).
public struct ParaphraseFeatures: Sendable, Equatable {
  /// The names of ``values``, in order: the columns `eval/train_paraphrase.py` fits.
  public static let names = [
    "unigram_low", "unigram_high", "bigram_low", "bigram_high", "trigram_low", "trigram_high",
    "fourgram_low", "fourgram_high", "content_dice", "unshared_content", "length_ratio",
    "length_difference", "numbers_differ", "common_subsequence",
    "related_low", "related_high", "synonym_only", "unshared_names", "numbers_unshared",
    "negations_differ", "edit_distance", "unshared_low", "unshared_high",
  ]

  public let values: [Double]

  /// The features of words `first` of article `a` and words `second` of article `b`.
  /// `similarity` is borrowed, not copied (see ``SentencePairMatch``'s initialiser).
  public init(
    _ first: Range<Int>, of a: Int, _ second: Range<Int>, of b: Int, corpus: Corpus,
    similarity: borrowing WordSimilarity
  ) {
    // The corpus's arrays, taken once: no shared struct is copied in the loops below.
    let stemOf = corpus.vocabulary.stems
    let isFunctionWord = corpus.vocabulary.isFunctionWord
    let isNumberLike = corpus.vocabulary.isNumberLike
    let isNegation = corpus.vocabulary.isNegation
    let termsA = corpus.terms[a]
    let termsB = corpus.terms[b]
    let x = first.map { stemOf[Int(termsA[$0])] }
    let y = second.map { stemOf[Int(termsB[$0])] }
    let wordsA = first.filter { !isFunctionWord[Int(termsA[$0])] }
    let wordsB = second.filter { !isFunctionWord[Int(termsB[$0])] }
    var values: [Double] = []
    for n in 1...4 {
      let (p, q) = Self.ngramPrecisions(x, y, n: n)
      values += [min(p, q), max(p, q)]
    }
    // Sets of stems as sorted arrays without repeats: cheaper than hashed sets at this size.
    func stems(
      _ words: some Sequence<Int>, _ terms: [Int32], where keep: (Int) -> Bool = { _ in true }
    )
      -> [Int32]
    {
      var result: [Int32] = []
      for word in words where keep(Int(terms[word])) {
        result.append(stemOf[Int(terms[word])])
      }
      result.sortAndRemoveRepeats()
      return result
    }
    let contentA = stems(wordsA, termsA)
    let contentB = stems(wordsB, termsB)
    let shared = contentA.commonCount(withSorted: contentB)
    values.append(2 * Double(shared) / Double(max(1, contentA.count + contentB.count)))
    values.append(Double(contentA.count + contentB.count - 2 * shared))
    values.append(Double(min(x.count, y.count)) / Double(max(1, max(x.count, y.count))))
    values.append(Double(abs(x.count - y.count)))
    let numbersA = stems(first, termsA) { isNumberLike[$0] }
    let numbersB = stems(second, termsB) { isNumberLike[$0] }
    values.append(numbersA == numbersB ? 0 : 1)
    let sequenceY = BitParallelSequences(y)
    values.append(
      Double(sequenceY.commonSubsequence(with: x)) / Double(max(1, min(x.count, y.count))))
    // Each content word's best grade against the other side's, every pair graded once (grading
    // is symmetric).
    let columnsB = similarity.gradeColumns(wordsB.lazy.map { termsB[$0] })
    var gradesA = [WordGrade](repeating: .unrelated, count: wordsA.count)
    var gradesB = [WordGrade](repeating: .unrelated, count: wordsB.count)
    for (row, word) in wordsA.enumerated() {
      let key = similarity.gradeKey(termsA[word])
      for column in 0..<columnsB.count {
        let grade = similarity.grade(key, columnsB, column)
        if grade > gradesA[row] { gradesA[row] = grade }
        if grade > gradesB[column] { gradesB[column] = grade }
      }
    }
    let relatedA = Double(gradesA.count { $0 != .unrelated }) / Double(max(1, wordsA.count))
    let relatedB = Double(gradesB.count { $0 != .unrelated }) / Double(max(1, wordsB.count))
    values += [min(relatedA, relatedB), max(relatedA, relatedB)]
    values.append(Double(gradesA.count { $0 == .synonym } + gradesB.count { $0 == .synonym }))
    func unsharedNames(
      _ words: [Int], _ grades: [WordGrade], _ articleWords: [Word], _ range: Range<Int>
    ) -> Int {
      zip(words, grades).count { word, grade in
        grade == .unrelated && word != range.lowerBound && articleWords[word].isCapitalized
      }
    }
    values.append(
      Double(
        unsharedNames(wordsA, gradesA, corpus.articles[a].words, first)
          + unsharedNames(wordsB, gradesB, corpus.articles[b].words, second)))
    values.append(
      Double(numbersA.count + numbersB.count - 2 * numbersA.commonCount(withSorted: numbersB)))
    let negationsA = first.count { isNegation[Int(termsA[$0])] }
    let negationsB = second.count { isNegation[Int(termsB[$0])] }
    values.append(negationsA == negationsB ? 0 : 1)
    values.append(
      Double(sequenceY.editDistance(from: x)) / Double(max(1, max(x.count, y.count))))
    let unsharedA = Double(gradesA.count { $0 == .unrelated })
    let unsharedB = Double(gradesB.count { $0 == .unrelated })
    values += [min(unsharedA, unsharedB), max(unsharedA, unsharedB)]
    self.values = values
  }

  /// The features of two whole articles, the first and second of `corpus`, with WordNet
  /// synonyms from `wordNet`.
  public static func ofWholeArticles(corpus: Corpus, wordNet: WordNet?) -> ParaphraseFeatures {
    var similarity = WordSimilarity(vocabulary: corpus.vocabulary, wordNet: wordNet)
    similarity.prepare(corpus.terms.joined())
    return ParaphraseFeatures(
      0..<corpus.articles[0].words.count, of: 0, 0..<corpus.articles[1].words.count, of: 1,
      corpus: corpus, similarity: similarity)
  }

  /// The share of `x`'s n-grams found in `y` and of `y`'s found in `x` (counted with their
  /// multiplicity).
  static func ngramPrecisions(_ x: [Int32], _ y: [Int32], n: Int) -> (Double, Double) {
    guard x.count >= n, y.count >= n else { return (0, 0) }
    func grams(_ words: [Int32]) -> [UInt64] {
      (0...(words.count - n)).map { start in
        var hash: UInt64 = 14_695_981_039_346_656_037
        for word in words[start..<(start + n)] {
          hash = (hash ^ UInt64(UInt32(bitPattern: word))) &* 1_099_511_628_211
        }
        return hash
      }.sorted()
    }
    let a = grams(x)
    let b = grams(y)
    let matches = a.commonCount(withSorted: b)
    return (Double(matches) / Double(a.count), Double(matches) / Double(b.count))
  }
}
