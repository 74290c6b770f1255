import Foundation

/// A text file whose lines are sorted by their first field, searched by bisection over the
/// offsets of its entry lines (found in one pass when it is opened): WordNet's `index.*` and
/// `*.exc` files have this shape.
struct SortedLineFile: Sendable {
  private let data: Data
  /// Where each entry line starts, in file order; license lines (which start with a space and
  /// sort before every entry) left out.
  private let lineStarts: [Int]

  /// Maps the file at `path` into memory, finding its lines when it is to be searched
  /// (`searchable`); `nil` when it cannot be read.
  init?(path: String, searchable: Bool = true) {
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    else { return nil }
    self.data = data
    guard searchable else {
      lineStarts = []
      return
    }
    lineStarts = data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      var starts: [Int] = []
      var start = 0
      while start < bytes.count {
        if bytes[start] != 0x20 && bytes[start] != 0x0A { starts.append(start) }
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        start = end + 1
      }
      return starts
    }
  }

  /// The fields of the line whose first field is `key` (its bytes), as ranges of the file's
  /// bytes; `nil` when no line has that key.
  func fields(forKey key: [UInt8]) -> [Range<Int>]? {
    key.withUnsafeBufferPointer { keyBytes in
      data.withUnsafeBytes { raw -> [Range<Int>]? in
        let bytes = raw.bindMemory(to: UInt8.self)
        var low = 0
        var high = lineStarts.count
        while low < high {
          let middle = (low + high) / 2
          let order = compare(bytes, from: lineStarts[middle], with: keyBytes)
          if order == 0 {
            var fields: [Range<Int>] = []
            var cursor = lineStarts[middle]
            while cursor < bytes.count && bytes[cursor] != 0x0A {
              let start = cursor
              while cursor < bytes.count && bytes[cursor] != 0x20 && bytes[cursor] != 0x0A {
                cursor += 1
              }
              if cursor > start { fields.append(start..<cursor) }
              if cursor < bytes.count && bytes[cursor] == 0x20 { cursor += 1 }
            }
            return fields
          }
          if order < 0 { low = middle + 1 } else { high = middle }
        }
        return nil
      }
    }
  }

  /// Calls `body` with the file's bytes.
  func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    data.withUnsafeBytes { body($0.bindMemory(to: UInt8.self)) }
  }

  /// Compares the first field of the line at `start` with `key` byte by byte.
  private func compare(
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
