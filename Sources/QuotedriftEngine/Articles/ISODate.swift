/// Dates as metadata writes them, normalised to ISO 8601: `YYYY-MM-DD`, or
/// `YYYY-MM-DDTHH:MM:SSZ` in UTC when a time with its zone is known.
///
/// Reads ISO 8601 / RFC 3339 (`2021-09-15`, `2021-09-15T10:00:00-04:00`, fractions of a second,
/// a space for the `T`), RFC 2822 (`Wed, 15 Sep 2021 10:00:00 GMT`, `+0000`, US zone names), and
/// written dates (`September 15, 2021`, `Sep. 15, 2021`, `15 September 2021`, a weekday first).
/// A time without a zone gives the day alone: which instant it means is not known.
public enum ISODate {
  /// `text` normalised, or `nil` when it is not a date read here.
  public static func normalised(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard trimmed.utf8.count <= 64 else { return nil }
    var scanner = DateScanner(Array(trimmed.utf8))
    return scanner.isoForm()
      ?? {
        scanner = DateScanner(Array(trimmed.utf8))
        return scanner.writtenForm()
      }()
  }

  /// Seconds since 1970-01-01T00:00:00Z as a UTC timestamp, or `nil` outside years 1000–9999.
  public static func normalised(secondsSince1970 seconds: Int) -> String? {
    let (days, second) = (seconds.quotient(by: 86_400), seconds.remainder(by: 86_400))
    let (year, month, day) = civil(fromDays: days)
    guard (1000...9999).contains(year) else { return nil }
    return format(
      DateTime(
        year: year, month: month, day: day, hour: second / 3600, minute: second / 60 % 60,
        second: second % 60, offsetMinutes: 0))
  }

  /// A date, and a time when known.
  struct DateTime {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int?
    var minute = 0
    var second = 0
    /// The zone's offset from UTC; `nil` when the text gives none.
    var offsetMinutes: Int?

    var isValid: Bool {
      (1000...9999).contains(year) && (1...12).contains(month)
        && (1...ISODate.days(inMonth: month, of: year)).contains(day)
        && (hour.map { (0...23).contains($0) } ?? true) && (0...59).contains(minute)
        && (0...60).contains(second)
    }
  }

  /// The ISO form of a valid date and time, converted to UTC when a time and zone are known.
  static func format(_ value: DateTime) -> String? {
    guard value.isValid else { return nil }
    guard let hour = value.hour, let offset = value.offsetMinutes else {
      return "\(digits(value.year, 4))-\(digits(value.month, 2))-\(digits(value.day, 2))"
    }
    let minutes =
      days(fromYear: value.year, month: value.month, day: value.day) * 1440 + hour * 60
      + value.minute - offset
    let (year, month, day) = civil(fromDays: minutes.quotient(by: 1440))
    let minuteOfDay = minutes.remainder(by: 1440)
    return "\(digits(year, 4))-\(digits(month, 2))-\(digits(day, 2))T"
      + "\(digits(minuteOfDay / 60, 2)):\(digits(minuteOfDay % 60, 2)):\(digits(min(value.second, 59), 2))Z"
  }

  static func days(inMonth month: Int, of year: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1970-01-01 of a date in the proleptic Gregorian calendar (Howard Hinnant's
  /// `days_from_civil`).
  static func days(fromYear year: Int, month: Int, day: Int) -> Int {
    let year = month <= 2 ? year - 1 : year
    let era = year.quotient(by: 400)
    let yearOfEra = year - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date `days` after 1970-01-01 (Hinnant's `civil_from_days`).
  static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = days + 719_468
    let era = shifted.quotient(by: 146_097)
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  private static func digits(_ value: Int, _ count: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, count - text.count)) + text
  }
}

extension Int {
  /// Division rounding towards negative infinity.
  fileprivate func quotient(by divisor: Int) -> Int {
    self >= 0 ? self / divisor : -((-self + divisor - 1) / divisor)
  }

  /// The remainder of ``quotient(by:)``, from 0 to `divisor - 1`.
  fileprivate func remainder(by divisor: Int) -> Int { self - quotient(by: divisor) * divisor }
}
