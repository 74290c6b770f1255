import Foundation

/// Reads a date as pages write it (ISO 8601 with or without a time and offset, RFC 2822,
/// "September 15, 2021") and gives it in ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SSZ` in UTC
/// when a time is known.
enum PageDate {
  static func normalised(_ text: String) -> String? {
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
    ] {
      if let date = formatter(pattern).date(from: trimmed) { return format(date) }
    }
    for pattern in ["MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "MMM. d, yyyy", "yyyy/MM/dd"] {
      if let date = formatter(pattern).date(from: trimmed) { return day(date) }
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

  private static func day(_ date: Date) -> String {
    String(format(date).prefix(10))
  }
}
