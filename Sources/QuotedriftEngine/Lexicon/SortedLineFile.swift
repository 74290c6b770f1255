import Foundation

/// A text file whose lines are sorted by their first field, searched by bisection without
/// splitting it into lines: WordNet's `index.*` and `*.exc` files have this shape.
///
/// The first look-ups bisect the bytes (each step finds the line around its midpoint), which
/// costs nothing up front: a run that looks up a few words opens quickly. After
/// ``lookupsBeforeTable`` look-ups every line is placed once in a hash table by its first field,
/// and later look-ups find their line in one or two probes instead of a bisection's seventeen.
/// A key on two lines (`adj.exc` lists "offer" twice) finds the first of them either way.
struct SortedLineFile: Sendable {
  private let data: Data
  private let table = LineTable()

  /// Look-ups after which a file's line offsets are worth finding: about what finding them costs.
  static let lookupsBeforeTable = 2_048

  /// Maps the file at `path` into memory; `nil` when it cannot be read.
  init?(path: String) {
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    else { return nil }
    self.data = data
  }

  /// The fields of the line whose first field is `key` (its bytes), as ranges of the file's
  /// bytes; `nil` when no line has that key.
  func fields(forKey key: [UInt8]) -> [Range<Int>]? {
    key.withUnsafeBufferPointer { keyBytes in
      data.withUnsafeBytes { raw -> [Range<Int>]? in
        let bytes = raw.bindMemory(to: UInt8.self)
        let lineStart =
          if let table = table.keys(for: bytes) {
            table.lineStart(of: keyBytes, in: bytes)
          } else {
            Self.bisect(bytes, keyBytes)
          }
        return lineStart.map { Self.fields(ofLineAt: $0, in: bytes) }
      }
    }
  }

  /// Calls `body` with the file's bytes.
  func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    data.withUnsafeBytes { body($0.bindMemory(to: UInt8.self)) }
  }

  /// Bisection over the bytes: each step reads the line around its midpoint.
  private static func bisect(_ bytes: UnsafeBufferPointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>)
    -> Int?
  {
    var low = 0
    var high = bytes.count
    while low < high {
      let middle = (low + high) / 2
      var lineStart = middle
      while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
      var lineEnd = middle
      while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      // License lines start with spaces and sort before every entry.
      let order =
        lineStart < bytes.count && bytes[lineStart] == 0x20
        ? -1 : compare(bytes, from: lineStart, with: key)
      if order < 0 { low = lineEnd + 1 } else { high = lineStart }
    }
    // `low` is the start of the first line not before `key`.
    return low < bytes.count && compare(bytes, from: low, with: key) == 0 ? low : nil
  }

  /// The fields of the line at `start`, as byte ranges.
  private static func fields(ofLineAt start: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> [Range<Int>]
  {
    var fields: [Range<Int>] = []
    var cursor = start
    while cursor < bytes.count && bytes[cursor] != 0x0A {
      let fieldStart = cursor
      while cursor < bytes.count && bytes[cursor] != 0x20 && bytes[cursor] != 0x0A { cursor += 1 }
      if cursor > fieldStart { fields.append(fieldStart..<cursor) }
      if cursor < bytes.count && bytes[cursor] == 0x20 { cursor += 1 }
    }
    return fields
  }

  /// Compares the first field of the line at `start` with `key` byte by byte.
  fileprivate static func compare(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, with key: UnsafeBufferPointer<UInt8>
  ) -> Int {
    var index = 0
    while true {
      let position = start + index
      let lineByte: Int =
        position < bytes.count && bytes[position] != 0x20 && bytes[position] != 0x0A
        ? Int(bytes[position]) : -1
      let keyByte: Int = index < key.count ? Int(key[index]) : -1
      if lineByte != keyByte { return lineByte < keyByte ? -1 : 1 }
      if lineByte == -1 { return 0 }
      index += 1
    }
  }
}

/// The hash table of one file's lines, built once it has been looked up often enough, shared by
/// the threads that look words up.
private final class LineTable: @unchecked Sendable {
  private let lock = NSLock()
  private var lookups = 0
  private var table: KeyTable?

  /// The table of `bytes`, or `nil` while too few look-ups have been made to be worth building.
  func keys(for bytes: UnsafeBufferPointer<UInt8>) -> KeyTable? {
    lock.lock()
    defer { lock.unlock() }
    if let table { return table }
    lookups += 1
    guard lookups > SortedLineFile.lookupsBeforeTable else { return nil }
    let built = KeyTable(lines: bytes)
    table = built
    return built
  }
}

/// Open addressing over the entry lines of a file (license lines, which start with a space, left
/// out): each slot holds a line's start plus one, placed by the hash of its first field; zero is
/// empty.
private struct KeyTable {
  private let slots: [Int32]
  private let mask: Int

  init(lines bytes: UnsafeBufferPointer<UInt8>) {
    var starts: [Int] = []
    var start = 0
    while start < bytes.count {
      if bytes[start] != 0x20 && bytes[start] != 0x0A { starts.append(start) }
      let rest = UnsafeRawPointer(bytes.baseAddress! + start)
      guard let newline = memchr(rest, 0x0A, bytes.count - start) else { break }
      start += rest.distance(to: UnsafeRawPointer(newline)) + 1
    }
    var capacity = 16
    while capacity < 2 * starts.count { capacity *= 2 }
    var slots = [Int32](repeating: 0, count: capacity)
    let mask = capacity - 1
    for start in starts {
      var end = start
      while end < bytes.count && bytes[end] != 0x20 && bytes[end] != 0x0A { end += 1 }
      let key = UnsafeBufferPointer(rebasing: bytes[start..<end])
      var slot = Self.hash(key) & mask
      // A key met again (on a later line) keeps its first line.
      while slots[slot] != 0
        && SortedLineFile.compare(bytes, from: Int(slots[slot]) - 1, with: key) != 0
      {
        slot = (slot + 1) & mask
      }
      if slots[slot] == 0 { slots[slot] = Int32(start + 1) }
    }
    self.slots = slots
    self.mask = mask
  }

  /// Where the line whose first field is `key` starts in `bytes`.
  func lineStart(of key: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var slot = Self.hash(key) & mask
    while slots[slot] != 0 {
      let start = Int(slots[slot]) - 1
      if SortedLineFile.compare(bytes, from: start, with: key) == 0 { return start }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// FNV-1a of `key`'s bytes.
  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    var hash: UInt64 = 14_695_981_039_346_656_037
    for byte in key { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }
}
