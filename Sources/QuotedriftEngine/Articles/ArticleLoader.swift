import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Loads articles from files and folders: finds them, reads them, parses front matter, and splits
/// them into words and sentences. Files that cannot be used are reported and skipped.
public enum ArticleLoader {
  /// What loading produced.
  public struct Result: Sendable {
    public var articles: [Article]
    /// Files skipped or repaired, in the order met.
    public var diagnostics: [LoadDiagnostic]
  }

  /// Loads every article under `paths`, telling `progress` of each file read. Throws when a path
  /// does not exist or nothing readable is found.
  public static func load(paths: [String], progress: AnalysisProgress? = nil) throws(LoadError)
    -> Result
  {
    let (files, skipped) = try ArticleFinder.files(in: paths)
    let outcomes = Parallel.map(count: files.count) { index in
      defer { progress?.read(1, of: files.count) }
      return read(path: files[index])
    }
    var articles: [Article] = []
    var diagnostics = skipped
    for outcome in outcomes {
      diagnostics.append(contentsOf: outcome.diagnostics)
      for var article in outcome.articles {
        article.id = "a\(articles.count + 1)"
        articles.append(article)
      }
    }
    guard !articles.isEmpty else { throw .noArticles(paths, skipped: diagnostics) }
    return Result(articles: articles, diagnostics: diagnostics)
  }

  /// One file's articles (none, one, or an archive's many), or why there are none, and what was
  /// repaired.
  public struct Outcome: Sendable {
    public var articles: [Article]
    public var diagnostics: [LoadDiagnostic]

    public init(articles: [Article], diagnostics: [LoadDiagnostic]) {
      self.articles = articles
      self.diagnostics = diagnostics
    }

    /// The first article: a text file, a Markdown file or a web page has at most one.
    public var article: Article? { articles.first }

    static func skipped(_ path: String, _ reason: String, after earlier: [LoadDiagnostic] = [])
      -> Outcome
    {
      Outcome(articles: [], diagnostics: earlier + [LoadDiagnostic(path: path, reason: reason)])
    }
  }

  /// Reads and parses one file.
  static func read(path: String) -> Outcome {
    let bytes: [UInt8]
    do {
      bytes = try readBytes(path)
    } catch {
      return .skipped(path, error.reason)
    }
    return parse(bytes: bytes, path: path)
  }

  /// Parses the bytes of one file read from `path`, as the format its name says (plain text when
  /// the name says none).
  public static func parse(bytes: [UInt8], path: String) -> Outcome {
    let format = ArticleFormat(path: path) ?? .text
    switch format {
    case .html: return HTMLArticleReader.read(bytes: bytes, path: path)
    case .jsonLines, .csv: return ArchiveReader.read(bytes: bytes, path: path, format: format)
    case .text, .markdown: return parseText(bytes: bytes, path: path, format: format)
    }
  }

  /// A text or Markdown file: offsets point into the file as stored.
  static func parseText(bytes: [UInt8], path: String, format: ArticleFormat) -> Outcome {
    if let blank = blankReason(bytes) { return .skipped(path, blank) }
    if looksBinary(bytes) { return .skipped(path, "skipped: binary file") }
    var diagnostics: [LoadDiagnostic] = []
    if !UTF8Scanner.isValid(bytes) {
      diagnostics.append(
        LoadDiagnostic(path: path, reason: "invalid UTF-8 shown as U+FFFD (offsets unchanged)"))
    }
    var bodyStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var frontMatter: FrontMatter?
    let isMarkdown = format == .markdown
    if isMarkdown {
      do {
        frontMatter = try FrontMatter.parse(bytes, from: bodyStart)
      } catch {
        diagnostics.append(LoadDiagnostic(path: path, reason: error.reason))
        bodyStart = error.end
      }
      if let frontMatter { bodyStart = frontMatter.end }
    }
    var metadata = frontMatter?.metadata ?? ArticleMetadata()
    if metadata.title == nil {
      metadata.title = firstLine(of: bytes, from: bodyStart, markdown: isMarkdown)
    }
    guard
      let article = article(
        text: bytes, path: path, format: format, offsets: .file, metadata: metadata,
        bodyStart: bodyStart)
    else { return .skipped(path, "skipped: no words", after: diagnostics) }
    return Outcome(articles: [article], diagnostics: diagnostics)
  }

  /// Splits `text` into words and sentences and makes the article, or `nil` when it has no words.
  /// Without a title in `metadata`, the title is the file's name.
  static func article(
    text: [UInt8], path: String, format: ArticleFormat, offsets: Article.OffsetBase,
    metadata: ArticleMetadata, bodyStart: Int = 0, captions: [Range<Int>] = []
  ) -> Article? {
    let (words, sentences) = text.withUnsafeBufferPointer { buffer in
      let words = Tokenizer.words(in: buffer, from: bodyStart)
      return (words, SentenceSplitter.sentences(in: buffer, words: words))
    }
    guard !words.isEmpty else { return nil }
    return Article(
      path: path, format: format, offsets: offsets, bytes: text, metadata: metadata,
      fallbackTitle: metadata.title == nil ? (path as NSString).lastPathComponent : "",
      bodyStart: bodyStart, words: words,
      sentences: sentences, captions: captions)
  }

  struct ReadFailure: Error {
    var reason: String
  }

  /// Reads a regular file whole, straight into the array that keeps it. Opens without blocking
  /// and checks the file type on the open descriptor, so a file swapped for a FIFO after listing
  /// cannot hang the reader.
  private static func readBytes(_ path: String) throws(ReadFailure) -> [UInt8] {
    func failure(_ code: Int32) -> ReadFailure {
      ReadFailure(reason: "skipped: cannot read (\(String(cString: strerror(code)).lowercased()))")
    }
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(errno) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw failure(errno) }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw ReadFailure(reason: "skipped: not a regular file")
    }
    guard info.st_size <= Tokenizer.maximumBytes else {
      throw ReadFailure(reason: "skipped: larger than 4 GiB")
    }
    // One byte more than the file's size, to see its end in the same pass.
    var code: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size) + 1) { buffer, count in
      while count < buffer.count {
        let read = Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
        if read < 0 && errno == EINTR { continue }
        guard read > 0 else {
          code = read < 0 ? errno : 0
          return
        }
        count += read
      }
    }
    if code != 0 { throw failure(code) }
    guard bytes.count > info.st_size else { return bytes }
    // The file grew since it was listed: read the rest.
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw failure(errno)
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<count])
    }
  }

  /// Why a file holds no text at all (it is empty, or white space only); `nil` when it holds some.
  static func blankReason(_ bytes: [UInt8]) -> String? {
    guard bytes.allSatisfy({ $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) else { return nil }
    return bytes.isEmpty ? "skipped: empty file" : "skipped: only white space"
  }

  /// More than one byte in ten a control character other than white space (NUL included), or
  /// NUL bytes in a run: an image, an archive or UTF-16. A stray NUL in a saved page is text.
  /// Eight bytes at a time are passed over whole when none of them is below 0x20.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      var controls = 0
      var previous: UInt8 = 0xFF
      var index = 0
      while index < buffer.count {
        if index + 8 <= buffer.count {
          let eight = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
          let ones: UInt64 = 0x0101_0101_0101_0101
          if (eight &- ones &* 0x20) & ~eight & (ones &* 0x80) == 0 {
            previous = buffer[index + 7]
            index += 8
            continue
          }
        }
        let byte = buffer[index]
        if byte == 0 && previous == 0 { return true }
        if byte < 0x20 && !(byte >= 0x09 && byte <= 0x0D) { controls += 1 }
        previous = byte
        index += 1
      }
      return controls * 10 > buffer.count
    }
  }

  /// The first non-empty line of the body, trimmed (for Markdown, without heading marks). Lines
  /// end at LF, CR LF or a lone CR.
  static func firstLine(of bytes: [UInt8], from start: Int, markdown: Bool) -> String? {
    var lineStart = start
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != 0x0A && bytes[lineEnd] != 0x0D {
        lineEnd += 1
      }
      var line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
      // Foundation's trimming is slow; a line that starts and ends with a visible ASCII
      // character has nothing to trim.
      if lineEnd == lineStart || !isVisibleASCII(bytes[lineStart])
        || !isVisibleASCII(bytes[lineEnd - 1])
      {
        line = line.trimmingCharacters(in: .whitespacesAndNewlines)
      }
      if markdown { line = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces) }
      if !line.isEmpty { return line.count > 200 ? String(line.prefix(200)) + "…" : line }
      lineStart = lineEnd + 1
    }
    return nil
  }

  private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
