/// Reads the date forms ``ISODate`` accepts from ASCII bytes: ISO 8601 / RFC 3339, and RFC 2822
/// and written dates by their tokens.
struct DateScanner {
  private let bytes: [UInt8]
  private var index = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  // MARK: ISO 8601 and RFC 3339

  /// `YYYY-MM-DD` (or with `/`), then optionally `T` (or a space) and `HH:MM[:SS[.fff]]` and a
  /// zone (`Z`, `±HH:MM`, `±HHMM`, `±HH`, ` UTC`, ` GMT`).
  mutating func isoForm() -> String? {
    guard let year = number(digits: 4), let separator = take(["-", "/"]),
      let month = number(digits: 2), take([separator]) != nil, let day = number(digits: 2)
    else { return nil }
    var value = ISODate.DateTime(year: year, month: month, day: day)
    if index < bytes.count {
      guard take(["T", "t", " "]) != nil, let hour = number(digits: 2), take([":"]) != nil,
        let minute = number(digits: 2)
      else { return nil }
      value.hour = hour
      value.minute = minute
      if take([":"]) != nil {
        guard let second = number(digits: 2) else { return nil }
        value.second = second
        if take([".", ","]) != nil {
          guard skipDigits() > 0 else { return nil }
        }
      }
      guard let offset = isoZone() else { return nil }
      value.offsetMinutes = offset
    }
    return ISODate.format(value)
  }

  /// The zone after an ISO time in minutes from UTC: `.some(nil)` when there is none, `nil` when
  /// it cannot be read.
  private mutating func isoZone() -> Int?? {
    if index == bytes.count { return .some(nil) }
    if take(["Z", "z"]) != nil { return index == bytes.count ? 0 : nil }
    if let sign = take(["+", "-"]) {
      guard let hours = number(digits: 2) else { return nil }
      _ = take([":"])
      let minutes = index == bytes.count ? 0 : number(digits: 2)
      guard let minutes, index == bytes.count, hours <= 23, minutes <= 59 else { return nil }
      return (hours * 60 + minutes) * (sign == "-" ? -1 : 1)
    }
    _ = take([" "])
    let rest = String(decoding: bytes[index...], as: UTF8.self).uppercased()
    return rest == "UTC" || rest == "GMT" ? 0 : nil
  }

  private mutating func take(_ characters: [Character]) -> Character? {
    guard index < bytes.count else { return nil }
    let character = Character(Unicode.Scalar(bytes[index]))
    guard characters.contains(character) else { return nil }
    index += 1
    return character
  }

  private mutating func number(digits count: Int) -> Int? {
    guard index + count <= bytes.count else { return nil }
    var value = 0
    for byte in bytes[index..<index + count] {
      guard byte >= 0x30 && byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    index += count
    return value
  }

  private mutating func skipDigits() -> Int {
    let start = index
    while index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
    return index - start
  }

  // MARK: RFC 2822 and written dates

  /// One token of a written date.
  private enum Token: Equatable {
    case word(String)
    case number(Int, digits: Int)
    case colon, plus, minus
  }

  /// `[weekday,] 15 Sep 2021 [10:00[:00]] [GMT|+0000]`, `[weekday,] September 15, 2021 [at]
  /// [10:00 [AM]] [EDT]`, ordinals (`15th`) and a trailing comment in parentheses allowed.
  func writtenForm() -> String? {
    guard let tokens = tokens() else { return nil }
    var position = 0
    func peek() -> Token? { position < tokens.count ? tokens[position] : nil }
    func word() -> String? {
      if case .word(let text) = peek() { return text }
      return nil
    }
    func number(maxDigits: Int) -> Int? {
      if case .number(let value, let digits) = peek(), digits <= maxDigits {
        position += 1
        return value
      }
      return nil
    }
    func ordinalSuffix() {
      if let text = word(), ["st", "nd", "rd", "th"].contains(text) { position += 1 }
    }
    if let text = word(), Self.weekdays.contains(where: { $0.hasPrefix(text) && text.count >= 3 }) {
      position += 1
    }
    var day: Int
    var month: Int
    if let text = word(), let named = Self.month(named: text) {
      position += 1
      month = named
      guard let value = number(maxDigits: 2) else { return nil }
      day = value
      ordinalSuffix()
    } else {
      guard let value = number(maxDigits: 2) else { return nil }
      day = value
      ordinalSuffix()
      if word() == "of" { position += 1 }
      guard let text = word(), let named = Self.month(named: text) else { return nil }
      position += 1
      month = named
    }
    guard case .number(let year, 4) = peek() else { return nil }
    position += 1
    var value = ISODate.DateTime(year: year, month: month, day: day)
    if word() == "at" { position += 1 }
    if case .number(let hour, let digits) = peek(), digits <= 2, position + 2 < tokens.count,
      tokens[position + 1] == .colon
    {
      position += 2
      guard let minute = number(maxDigits: 2) else { return nil }
      value.hour = hour
      value.minute = minute
      if peek() == .colon {
        position += 1
        guard let second = number(maxDigits: 2) else { return nil }
        value.second = second
      }
      if let meridiem = word(), meridiem == "am" || meridiem == "pm" {
        position += 1
        guard (1...12).contains(hour) else { return nil }
        value.hour = hour % 12 + (meridiem == "pm" ? 12 : 0)
      }
      if let zone = word(), let offset = Self.zones[zone] {
        position += 1
        value.offsetMinutes = offset
      } else if peek() == .plus || peek() == .minus {
        let sign = peek() == .minus ? -1 : 1
        position += 1
        guard case .number(let hhmm, 4) = peek(), hhmm / 100 <= 23, hhmm % 100 <= 59 else {
          return nil
        }
        position += 1
        value.offsetMinutes = sign * (hhmm / 100 * 60 + hhmm % 100)
      }
    }
    guard position == tokens.count else { return nil }
    return ISODate.format(value)
  }

  /// The tokens of the text: letter runs lowercased, digit runs, `:`, `+` and `-`; spaces,
  /// commas and full stops separate; from `(` on is a comment. `nil` for any other character.
  private func tokens() -> [Token]? {
    var tokens: [Token] = []
    var position = 0
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case 0x20, 0x2C, 0x2E, 0x09: position += 1
      case 0x28: return tokens
      case 0x3A:
        tokens.append(.colon)
        position += 1
      case 0x2B:
        tokens.append(.plus)
        position += 1
      case 0x2D:
        tokens.append(.minus)
        position += 1
      case 0x30...0x39:
        var value = 0
        let start = position
        while position < bytes.count && bytes[position] >= 0x30 && bytes[position] <= 0x39 {
          if position - start < 9 { value = value * 10 + Int(bytes[position] - 0x30) }
          position += 1
        }
        tokens.append(.number(value, digits: position - start))
      case 0x41...0x5A, 0x61...0x7A:
        let start = position
        while position < bytes.count && (bytes[position] | 0x20) >= 0x61
          && (bytes[position] | 0x20) <= 0x7A
        {
          position += 1
        }
        tokens.append(.word(String(decoding: bytes[start..<position], as: UTF8.self).lowercased()))
      default: return nil
      }
    }
    return tokens
  }

  private static let weekdays = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  private static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  /// The month a name or its abbreviation (three letters or more, "sept" too) stands for.
  static func month(named text: String) -> Int? {
    guard text.count >= 3 else { return nil }
    return months.firstIndex { $0.hasPrefix(text) }.map { $0 + 1 }
  }

  /// Zone names of RFC 2822 and the US zones news sites print, as minutes from UTC.
  private static let zones: [String: Int] = [
    "gmt": 0, "ut": 0, "utc": 0, "z": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
    "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "bst": 60, "cet": 60, "cest": 120,
  ]
}
