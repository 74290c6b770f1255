import Foundation

/// A text file whose lines are sorted by their first field, searched by bisection without
/// splitting it into lines: WordNet's `index.*` and `*.exc` files have this shape.
struct SortedLineFile: Sendable {
  private let data: Data

  /// Maps the file at `path` into memory; `nil` when it cannot be read.
  init?(path: String) {
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    else { return nil }
    self.data = data
  }

  /// The fields of the line whose first field is `key`, or `nil`.
  func fields(forKey key: String) -> [Substring]? {
    let keyBytes = Array(key.utf8)
    return data.withUnsafeBytes { raw -> [Substring]? in
      let bytes = raw.bindMemory(to: UInt8.self)
      var low = 0
      var high = bytes.count
      while low < high {
        let middle = (low + high) / 2
        var lineStart = middle
        while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var lineEnd = middle
        while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
        // License lines start with spaces and sort before every entry.
        let order: Int
        if lineStart < bytes.count && bytes[lineStart] == 0x20 {
          order = -1
        } else {
          order = compare(bytes, from: lineStart, to: lineEnd, with: keyBytes)
        }
        if order == 0 {
          let line = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self)
          return line.split(separator: " ")
        }
        if order < 0 { low = lineEnd + 1 } else { high = lineStart }
      }
      return nil
    }
  }

  /// Calls `body` with the file's bytes.
  func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    data.withUnsafeBytes { body($0.bindMemory(to: UInt8.self)) }
  }

  /// Compares the first field of a line with `key` byte by byte.
  private func compare(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, with key: [UInt8]
  ) -> Int {
    var index = 0
    while true {
      let position = start + index
      let lineByte: Int = position < end && bytes[position] != 0x20 ? Int(bytes[position]) : -1
      let keyByte: Int = index < key.count ? Int(key[index]) : -1
      if lineByte != keyByte { return lineByte < keyByte ? -1 : 1 }
      if lineByte == -1 { return 0 }
      index += 1
    }
  }
}
