import Foundation

/// Reads a date as pages write it: what ``ISODate`` reads, else the first date written out in
/// running text or a URL ("01:38:07 PM IST Nov 20, 2019", "/2019/11/18/"), as a day. Years
/// outside 1800–2100 are placeholders ("0001-01-01"), not dates.
enum PageDate {
  static func normalised(_ text: String) -> String? {
    guard let date = ISODate.normalised(text) ?? dayInText(text), let year = Int(date.prefix(4)),
      (1800...2100).contains(year)
    else { return nil }
    return date
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
}
