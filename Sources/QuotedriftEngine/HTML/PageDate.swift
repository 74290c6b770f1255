import Foundation

/// Reads a date as pages write it (ISO 8601 with or without a time and offset, RFC 2822,
/// "September 15, 2021") and gives it in ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SSZ` in UTC
/// when a time is known.
enum PageDate {
  static func normalised(_ text: String) -> String? {
    guard let date = parsed(text), let year = Int(date.prefix(4)), (1800...2100).contains(year)
    else { return nil }
    return date
  }

  private static func parsed(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard trimmed.count >= 8 else { return nil }
    if let date = isoTimestamp(trimmed) { return format(date) }
    let scalars = Array(trimmed.unicodeScalars)
    if scalars.count >= 10, scalars[4] == "-", scalars[7] == "-",
      trimmed.prefix(10).allSatisfy({ $0.isNumber || $0 == "-" }),
      scalars.count == 10 || !CharacterSet.decimalDigits.contains(scalars[10])
    {
      return String(trimmed.prefix(10))
    }
    for pattern in [
      "EEE, dd MMM yyyy HH:mm:ss zzz", "EEE, dd MMM yyyy HH:mm:ss Z", "dd MMM yyyy HH:mm:ss Z",
      "EEE MMM dd yyyy HH:mm:ss 'GMT'Z",
    ] {
      if let date = formatter(pattern).date(from: trimmed) { return format(date) }
    }
    return dayInText(trimmed)
  }

  /// The first date written out in `text` ("Nov. 20, 2019", "20 November 2019", "2019/11/20",
  /// "/2019/11/20/" in a URL), as `YYYY-MM-DD`.
  static func dayInText(_ text: String) -> String? {
    let months = [
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    let tokens = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .map(String.init)
    func month(_ token: String) -> Int? {
      guard token.count >= 3, let index = months.firstIndex(of: String(token.prefix(3))) else {
        return nil
      }
      return index + 1
    }
    func year(_ token: String) -> Int? {
      guard token.count == 4, let value = Int(token), (1990...2100).contains(value) else {
        return nil
      }
      return value
    }
    func day(_ token: String) -> Int? {
      guard token.count <= 2, let value = Int(token), (1...31).contains(value) else { return nil }
      return value
    }
    func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
      String(format: "%04d-%02d-%02d", year, month, day)
    }
    for index in tokens.indices {
      let rest = Array(tokens[index...].prefix(3))
      guard rest.count == 3 else { break }
      if let y = year(rest[0]), let m = Int(rest[1]), (1...12).contains(m), let d = day(rest[2]) {
        return iso(y, m, d)
      }
      if let m = month(rest[0]), let d = day(rest[1]), let y = year(rest[2]) { return iso(y, m, d) }
      if let d = day(rest[0]), let m = month(rest[1]), let y = year(rest[2]) { return iso(y, m, d) }
    }
    return nil
  }

  private static func isoTimestamp(_ text: String) -> Date? {
    let withFraction = ISO8601DateFormatter()
    withFraction.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    let plain = ISO8601DateFormatter()
    plain.formatOptions = [.withInternetDateTime]
    if let date = plain.date(from: text) ?? withFraction.date(from: text) { return date }
    // "2019-11-18T10:00:00" with no offset, or "2019-11-18 10:00:00": taken as UTC.
    let local = DateFormatter()
    local.locale = Locale(identifier: "en_US_POSIX")
    local.timeZone = TimeZone(identifier: "UTC")
    for pattern in [
      "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss",
      "yyyy-MM-dd'T'HH:mm:ss.SSS",
    ] {
      local.dateFormat = pattern
      if let date = local.date(from: text) { return date }
    }
    return nil
  }

  private static func formatter(_ pattern: String) -> DateFormatter {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = pattern
    return formatter
  }

  private static func format(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }

}
