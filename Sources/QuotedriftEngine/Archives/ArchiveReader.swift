/// Reads an archive (JSON Lines or CSV) into one article a record. Each article's path is
/// `FILE#N` for record N, its offsets point into the record's text, and each record that cannot
/// be used is skipped with a warning naming the file and line; the rest still load.
enum ArchiveReader {
  /// The articles of the archive `bytes` read from `path`.
  static func read(bytes: [UInt8], path: String, format: ArticleFormat) -> ArticleLoader.Outcome {
    if let blank = ArticleLoader.blankReason(bytes) { return .skipped(path, blank) }
    if ArticleLoader.looksBinary(bytes) { return .skipped(path, "skipped: binary file") }
    var diagnostics: [LoadDiagnostic] = []
    let parsed: (records: [ArchiveRecord], problems: [ArchiveProblem])
    if format == .csv {
      guard let csv = CSVArchive.records(in: bytes) else {
        return .skipped(path, "skipped: no header row")
      }
      guard ArchiveRecord.namesText(csv.header) else {
        return .skipped(path, "skipped: no text column (\(Self.textNames))")
      }
      parsed = (csv.records, csv.problems)
    } else {
      parsed = JSONLinesArchive.records(in: bytes)
    }
    // One warning a file, for JSON Lines as for CSV.
    if !UTF8Scanner.isValid(bytes) {
      diagnostics.append(LoadDiagnostic(path: path, reason: "invalid UTF-8 shown as U+FFFD"))
    }
    let records = parsed.records.map {
      (number: $0.number, line: $0.line, text: $0.text, metadata: $0.metadata)
    }
    let made = Parallel.mapChunks(count: records.count) { chunk in
      chunk.map { index -> Result<Article, ArchiveProblem> in
        let record = records[index]
        guard let text = record.text else {
          return .failure(ArchiveProblem(line: record.line, reason: "no text (\(Self.textNames))"))
        }
        guard
          let article = ArticleLoader.article(
            text: Array(text.utf8), path: "\(path)#\(record.number)", format: format,
            offsets: .text, metadata: record.metadata)
        else { return .failure(ArchiveProblem(line: record.line, reason: "no words in the text")) }
        return .success(article)
      }
    }.joined()
    var articles: [Article] = []
    var problems = parsed.problems
    for result in made {
      switch result {
      case .success(let article): articles.append(article)
      case .failure(let problem): problems.append(problem)
      }
    }
    if records.isEmpty && problems.isEmpty { return .skipped(path, "skipped: no records") }
    problems.sort { $0.line < $1.line }
    diagnostics += problems.map {
      LoadDiagnostic(path: path, line: $0.line, reason: "skipped record: \($0.reason)")
    }
    return ArticleLoader.Outcome(articles: articles, diagnostics: diagnostics)
  }

  /// The names a record's text is read from, as a message lists them.
  static let textNames = ArchiveRecord.Names.text.joined(separator: ", ")
}

/// Why a record of an archive, starting on `line`, is not an article.
struct ArchiveProblem: Error, Sendable {
  var line: Int
  var reason: String
}
