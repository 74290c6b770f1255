/// What loading found in each file, by path, with the file's status at the time: loading again
/// with it unpacks a file whose status is unchanged instead of parsing and splitting it anew
/// (see ``ArticleLoader/load(paths:progress:remembering:now:)``). A cache keeps it between runs.
public struct LoadSnapshot: Sendable {
  /// One file: its status when read, and its articles packed by ``ArticleArchive``: `range` of
  /// `storage`, which the entries of an unpacked snapshot share (no copy for each file).
  public struct Entry: Sendable {
    public var status: FileStatus
    private let storage: [UInt8]
    private let range: Range<Int>

    public init(status: FileStatus, articles: [UInt8]) {
      self.init(status: status, storage: articles, range: articles.indices)
    }

    init(status: FileStatus, storage: [UInt8], range: Range<Int>) {
      self.status = status
      self.storage = storage
      self.range = range
    }

    /// The packed articles.
    public var articles: ArraySlice<UInt8> { storage[range] }

    /// The articles, unpacked with `fileBytes` as ``ArticleArchive/unpack(_:in:fileBytes:)``
    /// does.
    func unpackedArticles(fileBytes: [UInt8]?) -> [Article]? {
      ArticleArchive.unpack(storage, in: range, fileBytes: fileBytes)
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
        let articles = reader.bytesRange()
      else { return nil }
      let status = FileStatus(
        device: UInt64(truncatingIfNeeded: device), inode: UInt64(truncatingIfNeeded: inode),
        size: size, modified: Int64(modified), changed: Int64(changed))
      entries[path] = Entry(status: status, storage: bytes, range: articles)
      return true
    }
    guard read != nil, reader.isAtEnd else { return nil }
    return LoadSnapshot(entries: entries)
  }
}
