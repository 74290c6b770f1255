import Foundation

/// A text file whose lines are sorted by their first field, searched by bisection without
/// splitting it into lines: WordNet's `index.*` and `*.exc` files have this shape.
///
/// The first look-ups bisect the bytes (each step finds the line around its midpoint), which
/// costs nothing up front: a run that looks up a few words opens quickly. After
/// ``lookupsBeforeTable`` look-ups the offsets of every line are found once, and later look-ups
/// bisect those, a few times faster each.
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
          if let starts = table.starts(for: bytes) {
            Self.bisect(starts, bytes, keyBytes)
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

  /// Bisection over the line offsets `starts`: where the line with `key` starts.
  private static func bisect(
    _ starts: [Int], _ bytes: UnsafeBufferPointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    var low = 0
    var high = starts.count
    while low < high {
      let middle = (low + high) / 2
      let order = compare(bytes, from: starts[middle], with: key)
      if order == 0 { return starts[middle] }
      if order < 0 { low = middle + 1 } else { high = middle }
    }
    return nil
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
      if order == 0 { return lineStart }
      if order < 0 { low = lineEnd + 1 } else { high = lineStart }
    }
    return nil
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
  private static func compare(
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

/// The line offsets of one file, found once it has been looked up often enough, shared by the
/// threads that look words up.
private final class LineTable: @unchecked Sendable {
  private let lock = NSLock()
  private var lookups = 0
  private var starts: [Int]?

  /// The offsets of the entry lines of `bytes` (license lines, which start with a space, left
  /// out), or `nil` while too few look-ups have been made to be worth finding them.
  func starts(for bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
    lock.lock()
    defer { lock.unlock() }
    if let starts { return starts }
    lookups += 1
    guard lookups > SortedLineFile.lookupsBeforeTable else { return nil }
    var found: [Int] = []
    var start = 0
    while start < bytes.count {
      if bytes[start] != 0x20 && bytes[start] != 0x0A { found.append(start) }
      let rest = UnsafeRawPointer(bytes.baseAddress! + start)
      guard let newline = memchr(rest, 0x0A, bytes.count - start) else { break }
      start += rest.distance(to: UnsafeRawPointer(newline)) + 1
    }
    starts = found
    return found
  }
}
