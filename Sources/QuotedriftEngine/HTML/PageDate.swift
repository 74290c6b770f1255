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

  /// The first valid date written out in `text` ("Nov. 20, 2019", "20 November 2019",
  /// "2019/11/20", "/2019/11/20/" in a URL), as `YYYY-MM-DD`. Month names are whole or cut
  /// ("Sept", "Nov"), never another word that starts like one ("mayor", "market").
  static func dayInText(_ text: String) -> String? {
    let tokens = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .map(String.init)
    func year(_ token: String) -> Int? {
      guard token.count == 4, let value = Int(token), (1800...2100).contains(value) else {
        return nil
      }
      return value
    }
    func number(_ token: String) -> Int? { token.count <= 2 ? Int(token) : nil }
    func month(_ token: String) -> Int? {
      token.first?.isLetter == true ? DateScanner.month(named: token) : nil
    }
    func day(_ year: Int, _ month: Int, _ day: Int) -> String? {
      ISODate.format(ISODate.DateTime(year: year, month: month, day: day))
    }
    for index in tokens.indices {
      let rest = Array(tokens[index...].prefix(3))
      guard rest.count == 3 else { break }
      if let y = year(rest[0]), let m = number(rest[1]), let d = number(rest[2]),
        let found = day(y, m, d)
      {
        return found
      }
      if let m = month(rest[0]), let d = number(rest[1]), let y = year(rest[2]),
        let found = day(y, m, d)
      {
        return found
      }
      if let d = number(rest[0]), let m = month(rest[1]), let y = year(rest[2]),
        let found = day(y, m, d)
      {
        return found
      }
    }
    return nil
  }
}
