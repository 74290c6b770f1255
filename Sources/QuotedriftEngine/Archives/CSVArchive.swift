import Foundation

/// Comma-separated values (RFC 4180) with a header row naming the fields: quoted fields may hold
/// commas, line breaks and doubled quotes; rows end at CR LF, LF or a lone CR; a byte-order mark
/// is skipped. Blank rows are skipped; every other row after the header is a record, numbered
/// from 1.
enum CSVArchive {
  /// One row as read: its fields and the line it starts on.
  struct Row {
    var line: Int
    var fields: [String]
    /// The row ends inside a quoted field that the file never closes.
    var unclosedQuote = false
  }

  /// The header's field names, the records of `bytes`, and a problem for each row that is not a
  /// record; `nil` when the file has no header row.
  static func records(in bytes: [UInt8]) -> (
    header: [String], records: [ArchiveRecord], problems: [ArchiveProblem]
  )? {
    let rows = self.rows(in: bytes)
    guard let header = rows.first, !header.unclosedQuote else { return nil }
    let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
    var records: [ArchiveRecord] = []
    var problems: [ArchiveProblem] = []
    for (index, row) in rows.dropFirst().enumerated() {
      if row.unclosedQuote {
        problems.append(
          ArchiveProblem(
            line: row.line, reason: "a quoted field is not closed before the end of the file"))
      } else if row.fields.count != names.count {
        problems.append(
          ArchiveProblem(
            line: row.line,
            reason:
              "\(counted(row.fields.count, "field")), the header has \(names.count)"
          ))
      } else {
        records.append(
          ArchiveRecord(
            number: index + 1, line: row.line,
            fields: Dictionary(zip(names, row.fields), uniquingKeysWith: { first, _ in first })))
      }
    }
    return (names, records, problems)
  }

  /// Every row of `bytes` but blank ones, invalid UTF-8 read as U+FFFD.
  static func rows(in bytes: [UInt8]) -> [Row] {
    bytes.withUnsafeBufferPointer { buffer in
      var rows: [Row] = []
      var scanner = Scanner(buffer: buffer)
      if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.position = 3 }
      while scanner.position < buffer.count {
        let row = scanner.row()
        if !(row.fields.count == 1 && row.fields[0].isEmpty && !row.unclosedQuote) {
          rows.append(row)
        }
      }
      return rows
    }
  }

  /// Reads rows from the bytes, counting lines.
  private struct Scanner {
    let buffer: UnsafeBufferPointer<UInt8>
    var position = 0
    var line = 1

    init(buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

    /// The row at `position`, leaving `position` past its line end.
    mutating func row() -> Row {
      var row = Row(line: line, fields: [])
      while true {
        var field: [UInt8] = []
        if position < buffer.count && buffer[position] == 0x22 {
          position += 1
          guard quoted(into: &field) else {
            row.fields.append(String(decoding: field, as: UTF8.self))
            row.unclosedQuote = true
            return row
          }
        }
        let start = position
        while position < buffer.count, !Self.endsField(buffer[position]) { position += 1 }
        field.append(contentsOf: buffer[start..<position])
        row.fields.append(String(decoding: field, as: UTF8.self))
        guard position < buffer.count else { return row }
        let byte = buffer[position]
        position += 1
        if byte == 0x2C { continue }
        if byte == 0x0D && position < buffer.count && buffer[position] == 0x0A { position += 1 }
        line += 1
        return row
      }
    }

    /// Reads a quoted field's content after its opening quote into `field`, leaving `position`
    /// past the closing quote; false when the file ends first. Text after the closing quote up to
    /// the next comma or line end is kept, as most readers do.
    private mutating func quoted(into field: inout [UInt8]) -> Bool {
      var segmentStart = position
      while position < buffer.count {
        let byte = buffer[position]
        if byte == 0x22 {
          field.append(contentsOf: buffer[segmentStart..<position])
          position += 1
          guard position < buffer.count, buffer[position] == 0x22 else { return true }
          field.append(0x22)
          position += 1
          segmentStart = position
          continue
        }
        if byte == 0x0A
          || (byte == 0x0D && (position + 1 == buffer.count || buffer[position + 1] != 0x0A))
        {
          line += 1
        }
        position += 1
      }
      field.append(contentsOf: buffer[segmentStart..<position])
      return false
    }

    private static func endsField(_ byte: UInt8) -> Bool {
      byte == 0x2C || byte == 0x0A || byte == 0x0D
    }
  }
}
