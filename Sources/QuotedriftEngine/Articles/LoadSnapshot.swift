/// What loading found in each file, by path, with the file's status at the time: loading again
/// with it unpacks a file whose status is unchanged instead of parsing and splitting it anew
/// (see ``ArticleLoader/load(paths:progress:remembering:now:)``). A cache keeps it between runs.
public struct LoadSnapshot: Sendable {
  /// One file: its status when read, its articles packed by ``ArticleArchive`` (`range` of
  /// `storage`, which the entries of an unpacked snapshot share: no copy for each file), and
  /// their fingerprints (``Article/fingerprint``), one for each article in order.
  public struct Entry: Sendable {
    public var status: FileStatus
    public var fingerprints: [ContentHash]
    private let storage: [UInt8]
    private let range: Range<Int>

    public init(status: FileStatus, articles: [UInt8], fingerprints: [ContentHash]) {
      self.init(
        status: status, storage: articles, range: articles.indices, fingerprints: fingerprints)
    }

    init(status: FileStatus, storage: [UInt8], range: Range<Int>, fingerprints: [ContentHash]) {
      self.status = status
      self.storage = storage
      self.range = range
      self.fingerprints = fingerprints
    }

    /// The packed articles.
    public var articles: ArraySlice<UInt8> { storage[range] }

    /// The articles, unpacked with `fileBytes` as ``ArticleArchive/unpack(_:in:fileBytes:)``
    /// does; nil when they do not unpack or are not as many as the fingerprints.
    func unpackedArticles(fileBytes: [UInt8]?) -> [Article]? {
      guard let articles = ArticleArchive.unpack(storage, in: range, fileBytes: fileBytes),
        articles.count == fingerprints.count
      else { return nil }
      return articles
    }
  }

  public var entries: [String: Entry]

  public init(entries: [String: Entry] = [:]) { self.entries = entries }

  /// The snapshot as bytes.
  public func pack() -> [UInt8] {
    var writer = PackedWriter()
    writer.list(entries) { writer, file in
      let (path, entry) = file
      writer.string(path)
      writer.integer(Int(truncatingIfNeeded: entry.status.device))
      writer.integer(Int(truncatingIfNeeded: entry.status.inode))
      writer.integer(entry.status.size)
      writer.integer(Int(entry.status.modified))
      writer.integer(Int(entry.status.changed))
      writer.bytes(entry.articles)
      writer.bytes(entry.fingerprints.flatMap(\.bytes))
    }
    return writer.bytes
  }

  /// The snapshot `bytes` hold; nil when they are not what ``pack()`` wrote. The articles of
  /// each file are checked when they are unpacked.
  public static func unpack(_ bytes: [UInt8]) -> LoadSnapshot? {
    var reader = PackedReader(bytes)
    var entries: [String: Entry] = [:]
    let read = reader.list { reader -> Bool? in
      guard let path = reader.string(), let device = reader.integer(),
        let inode = reader.integer(), let size = reader.integer(),
        let modified = reader.integer(), let changed = reader.integer(),
        let articles = reader.bytesRange(), let hashes = reader.bytesRange(),
        hashes.count % 16 == 0
      else { return nil }
      let fingerprints = stride(from: hashes.lowerBound, to: hashes.upperBound, by: 16).map {
        ContentHash(bytes: bytes[$0..<($0 + 16)])!
      }
      let status = FileStatus(
        device: UInt64(truncatingIfNeeded: device), inode: UInt64(truncatingIfNeeded: inode),
        size: size, modified: Int64(modified), changed: Int64(changed))
      entries[path] = Entry(
        status: status, storage: bytes, range: articles, fingerprints: fingerprints)
      return true
    }
    guard read != nil, reader.isAtEnd else { return nil }
    return LoadSnapshot(entries: entries)
  }
}
