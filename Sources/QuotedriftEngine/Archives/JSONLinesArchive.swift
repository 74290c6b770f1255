import Foundation

/// JSON Lines (`.jsonl`, `.ndjson`): one JSON object a line, parsed with `JSONSerialization`.
/// Blank lines are skipped; every other line is a record, numbered from 1.
enum JSONLinesArchive {
  /// The records of `bytes`, and a problem for each line that is not a JSON object.
  static func records(in bytes: [UInt8]) -> (records: [ArchiveRecord], problems: [ArchiveProblem]) {
    var records: [ArchiveRecord] = []
    var problems: [ArchiveProblem] = []
    var number = 0
    var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var line = 1
    while lineStart < bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
      defer {
        lineStart = lineEnd + 1
        line += 1
      }
      let content = bytes[lineStart..<lineEnd]
      guard content.contains(where: { !Self.isJSONWhiteSpace($0) }) else { continue }
      number += 1
      switch object(in: content) {
      case .success(let fields):
        records.append(ArchiveRecord(number: number, line: line, fields: fields))
      case .failure(let problem):
        problems.append(ArchiveProblem(line: line, reason: problem.reason))
      }
    }
    return (records, problems)
  }

  /// Why a line is not a record.
  struct NotARecord: Error {
    var reason: String
  }

  /// The JSON object on one line; invalid UTF-8 is read as U+FFFD.
  private static func object(in line: ArraySlice<UInt8>) -> Result<[String: Any], NotARecord> {
    let data =
      UTF8Scanner.isValid(Array(line))
      ? Data(line) : Data(String(decoding: line, as: UTF8.self).utf8)
    let value: Any
    do {
      value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    } catch {
      let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
      return .failure(NotARecord(reason: "not valid JSON" + (detail.map { " (\($0))" } ?? "")))
    }
    guard let fields = value as? [String: Any] else {
      let kind =
        switch value {
        case is [Any]: "an array"
        case is String: "a string"
        case is NSNull: "null"
        default: "a number or boolean"
        }
      return .failure(NotARecord(reason: "not a JSON object (\(kind))"))
    }
    return .success(fields)
  }

  private static func isJSONWhiteSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
  }
}
