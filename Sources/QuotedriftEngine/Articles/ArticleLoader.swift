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
    /// What to remember of this load, when a snapshot was given: every file read cleanly and
    /// not changed within ``FileStatus/racyWindow`` of now.
    public var snapshot: LoadSnapshot?
    /// Whether ``snapshot`` differs from the one given (a file was parsed, or one is gone).
    public var snapshotChanged = false
    /// How many files were unpacked from the snapshot given.
    public var filesRemembered = 0
    /// When a snapshot was given: each article's ``Article/fingerprint``, in order (a remembered
    /// file's as the snapshot keeps it).
    public var fingerprints: [ContentHash]?
  }

  /// Loads every article under `paths`, telling `progress` of each file read. Throws when a path
  /// does not exist or nothing readable is found. With `snapshot` (an empty one the first time),
  /// a file whose status is the one it remembers is unpacked from it instead of parsed, and the
  /// result holds the snapshot of this load. Changes are judged recent against `now`
  /// (nanoseconds since 1970).
  public static func load(
    paths: [String], progress: AnalysisProgress? = nil, remembering snapshot: LoadSnapshot? = nil,
    now: Int64 = FileStatus.now()
  ) throws(LoadError) -> Result {
    let (files, skipped) = try ArticleFinder.files(in: paths)
    let outcomes = Parallel.map(count: files.count) { index in
      defer { progress?.read(1, of: files.count) }
      return read(
        path: files[index], remembered: snapshot?.entries[files[index]],
        keeping: snapshot != nil, now: now)
    }
    var articles: [Article] = []
    var diagnostics = skipped
    var kept: [String: LoadSnapshot.Entry] = [:]
    var fingerprints: [ContentHash] = []
    var remembered = 0
    for (file, (outcome, entry, fromSnapshot)) in zip(files, outcomes) {
      diagnostics.append(contentsOf: outcome.diagnostics)
      for var article in outcome.articles {
        article.id = "a\(articles.count + 1)"
        articles.append(article)
      }
      if let entry {
        kept[file] = entry
        fingerprints += entry.fingerprints
      } else if snapshot != nil {
        fingerprints += outcome.articles.map(\.fingerprint)
      }
      if fromSnapshot { remembered += 1 }
    }
    guard !articles.isEmpty else { throw .noArticles(paths, skipped: diagnostics) }
    var result = Result(articles: articles, diagnostics: diagnostics)
    if let snapshot {
      result.snapshot = LoadSnapshot(entries: kept)
      result.snapshotChanged = remembered != kept.count || kept.count != snapshot.entries.count
      result.filesRemembered = remembered
      result.fingerprints = fingerprints
    }
    return result
  }

  /// The fingerprints of the articles ``load(paths:progress:remembering:now:)`` would load
  /// from `paths` with `snapshot`, in order, and what the walk skipped, found from the files'
  /// status alone, without reading one: nil unless the snapshot remembers every file there is
  /// (and no other), each with the status it has now, none changed within
  /// ``FileStatus/racyWindow`` of `now`. Throws as loading does when a path does not exist.
  public static func fingerprints(
    of paths: [String], remembering snapshot: LoadSnapshot, now: Int64 = FileStatus.now()
  ) throws(LoadError) -> (fingerprints: [ContentHash], skipped: [LoadDiagnostic])? {
    let (files, skipped) = try ArticleFinder.files(in: paths)
    guard files.count == snapshot.entries.count else { return nil }
    let entries = Parallel.mapChunks(count: files.count) { chunk -> [LoadSnapshot.Entry]? in
      var entries: [LoadSnapshot.Entry] = []
      for file in files[chunk] {
        var info = stat()
        guard let entry = snapshot.entries[file], stat(file, &info) == 0,
          FileStatus(info) == entry.status, !entry.status.isRacy(at: now)
        else { return nil }
        entries.append(entry)
      }
      return entries
    }
    guard entries.allSatisfy({ $0 != nil }) else { return nil }
    let fingerprints = entries.flatMap { $0!.flatMap(\.fingerprints) }
    guard !fingerprints.isEmpty else { return nil }
    return (fingerprints, skipped)
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
    read(path: path, remembered: nil, keeping: false, now: FileStatus.now()).outcome
  }

  /// Reads one file: unpacked from `remembered` when its status is the one remembered, else
  /// parsed; with `keeping`, also what to remember of it (nil when it had diagnostics or
  /// changed within ``FileStatus/racyWindow`` of `now`), and whether it came from `remembered`.
  static func read(
    path: String, remembered: LoadSnapshot.Entry?, keeping: Bool, now: Int64
  ) -> (outcome: Outcome, kept: LoadSnapshot.Entry?, fromSnapshot: Bool) {
    let file: OpenFile
    do {
      file = try OpenFile(path)
    } catch {
      return (.skipped(path, error.reason), nil, false)
    }
    defer { file.close() }
    let pointsIntoFile = (ArticleFormat(path: path) ?? .text).offsetsPointIntoFile
    var bytes: [UInt8]?
    if let remembered, remembered.status == file.status, !file.status.isRacy(at: now) {
      if pointsIntoFile { bytes = try? file.readAll() }
      if !pointsIntoFile || bytes?.count == file.status.size,
        let articles = remembered.unpackedArticles(fileBytes: bytes)
      {
        return (Outcome(articles: articles, diagnostics: []), remembered, true)
      }
    }
    do {
      if bytes == nil { bytes = try file.readAll() }
    } catch {
      return (.skipped(path, error.reason), nil, false)
    }
    let outcome = parse(bytes: bytes!, path: path)
    guard keeping, outcome.diagnostics.isEmpty, !outcome.articles.isEmpty,
      !file.status.isRacy(at: now)
    else { return (outcome, nil, false) }
    return (
      outcome,
      LoadSnapshot.Entry(
        status: file.status, articles: ArticleArchive.pack(outcome.articles),
        fingerprints: outcome.articles.map(\.fingerprint)),
      false
    )
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

  /// A regular file open for reading, and its status. Opens without blocking and checks the
  /// file type on the open descriptor, so a file swapped for a FIFO after listing cannot hang
  /// the reader.
  struct OpenFile {
    let descriptor: Int32
    let status: FileStatus

    init(_ path: String) throws(ReadFailure) {
      descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
      guard descriptor >= 0 else { throw Self.failure(errno) }
      var info = stat()
      guard fstat(descriptor, &info) == 0 else {
        let code = errno
        Glibc.close(descriptor)
        throw Self.failure(code)
      }
      guard info.st_mode & S_IFMT == S_IFREG else {
        Glibc.close(descriptor)
        throw ReadFailure(reason: "skipped: not a regular file")
      }
      guard info.st_size <= Tokenizer.maximumBytes else {
        Glibc.close(descriptor)
        throw ReadFailure(reason: "skipped: larger than 4 GiB")
      }
      status = FileStatus(info)
    }

    func close() { Glibc.close(descriptor) }

    static func failure(_ code: Int32) -> ReadFailure {
      ReadFailure(reason: "skipped: cannot read (\(String(cString: strerror(code)).lowercased()))")
    }

    /// The file whole, read from its start straight into the array that keeps it.
    func readAll() throws(ReadFailure) -> [UInt8] {
      // One byte more than the file's size, to see its end in the same pass.
      var code: Int32 = 0
      var bytes = [UInt8](unsafeUninitializedCapacity: status.size + 1) { buffer, count in
        while count < buffer.count {
          let read = pread(
            descriptor, buffer.baseAddress! + count, buffer.count - count, off_t(count))
          if read < 0 && errno == EINTR { continue }
          guard read > 0 else {
            code = read < 0 ? errno : 0
            return
          }
          count += read
        }
      }
      if code != 0 { throw Self.failure(code) }
      guard bytes.count > status.size else { return bytes }
      // The file grew since it was listed: read the rest.
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      while true {
        let count = chunk.withUnsafeMutableBytes {
          pread(descriptor, $0.baseAddress, $0.count, off_t(bytes.count))
        }
        if count < 0 {
          if errno == EINTR { continue }
          throw Self.failure(errno)
        }
        if count == 0 { return bytes }
        bytes.append(contentsOf: chunk[0..<count])
      }
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
        if index + 8 <= buffer.count,
          !EightBytes.hasByte(below: 0x20, in: EightBytes.load(buffer, at: index))
        {
          previous = buffer[index + 7]
          index += 8
          continue
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
