/// What loading found in each file, by path, with the file's status at the time: loading again
/// with it unpacks a file whose status is unchanged instead of parsing and splitting it anew
/// (see ``ArticleLoader/load(paths:progress:remembering:now:)``). A cache keeps it between runs.
public struct LoadSnapshot: Sendable {
  /// One file: its status when read, and its articles packed by ``ArticleArchive``.
  public struct Entry: Sendable {
    public var status: FileStatus
    public var articles: [UInt8]

    public init(status: FileStatus, articles: [UInt8]) {
      self.status = status
      self.articles = articles
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
      entries[path] = Entry(status: status, articles: Array(bytes[articles]))
      return true
    }
    guard read != nil, reader.isAtEnd else { return nil }
    return LoadSnapshot(entries: entries)
  }
}
