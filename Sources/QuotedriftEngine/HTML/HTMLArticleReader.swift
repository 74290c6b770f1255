/// Reads a saved web page (`.html`, `.htm`, `.xhtml`, gzip-compressed or not) as an article: the
/// bytes are decompressed, decoded from the page's charset, parsed with libxml2's HTML parser, and
/// the article body and metadata extracted. The article's offsets point into the extracted text.
enum HTMLArticleReader {
  /// The largest page read, decompressed (the most a gzip file may inflate to): larger ones are
  /// skipped with a warning.
  static let largestPage = Gzip.largestInflated

  static func read(bytes: [UInt8], path: String) -> ArticleLoader.Outcome {
    var diagnostics: [LoadDiagnostic] = []
    var page = bytes
    if Gzip.isCompressed(bytes) {
      do {
        let inflated = try Gzip.inflate(bytes)
        page = inflated.bytes
        if inflated.truncated {
          diagnostics.append(
            LoadDiagnostic(path: path, reason: "gzip data ends early: read what was there"))
        }
      } catch {
        return .skipped(path, "skipped: \(error.reason)")
      }
    }
    guard page.count <= largestPage else {
      return .skipped(
        path, "skipped: page larger than \(largestPage >> 20) MB", after: diagnostics)
    }
    if let blank = ArticleLoader.blankReason(page) {
      return .skipped(path, blank, after: diagnostics)
    }
    if ArticleLoader.looksBinary(page) && !page.starts(with: [0xFF, 0xFE])
      && !page.starts(with: [0xFE, 0xFF])
    {
      return .skipped(path, "skipped: binary file", after: diagnostics)
    }
    let decoded = PageCharset.decode(page)
    if let problem = decoded.problem {
      diagnostics.append(LoadDiagnostic(path: path, reason: problem))
    }
    guard let tree = PageTree(utf8: decoded.text) else {
      return .skipped(path, "skipped: not a web page libxml2 can read", after: diagnostics)
    }
    let metadata = PageMetadata.read(tree)
    let body = ArticleExtractor.extract(from: tree, title: metadata.title)
    guard
      let article = ArticleLoader.article(
        text: Array(body.text.utf8), path: path, format: .html, offsets: .text,
        metadata: metadata, captions: body.captions)
    else {
      return .skipped(
        path, "skipped: no article text found (a home page or an error page?)", after: diagnostics)
    }
    return ArticleLoader.Outcome(articles: [article], diagnostics: diagnostics)
  }
}
