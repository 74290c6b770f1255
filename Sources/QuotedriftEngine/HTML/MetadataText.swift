import CXML2

/// Cleans the strings a page's metadata gives: character references a page escaped twice
/// ("&#8220;", "&amp;") decoded with libxml2's table of HTML entities, white space folded.
enum MetadataText {
  /// `text` decoded and folded; `nil` when nothing is left.
  static func cleaned(_ text: String) -> String? {
    let folded = decodedReferences(text).split(whereSeparator: { $0.isWhitespace })
      .joined(separator: " ")
    return folded.isEmpty ? nil : folded
  }

  /// An author's name without a leading "By " and in the case a person writes it when the page
  /// shouts it ("By MEG KINNARD" gives "Meg Kinnard").
  static func byline(_ text: String) -> String? {
    guard var name = cleaned(text) else { return nil }
    if name.lowercased().hasPrefix("by ") { name = String(name.dropFirst(3)) }
    if name == name.uppercased() && name.contains(where: \.isLetter) { name = name.capitalized }
    return name.isEmpty ? nil : name
  }

  /// The windows-1252 character of byte `byte` (128 to 159), through iconv.
  private static func windows1252(_ byte: UInt8) -> Unicode.Scalar? {
    let decoded = PageCharset.convert([byte], from: "WINDOWS-1252")
    guard decoded.problem == nil else { return nil }
    return String(decoding: decoded.text, as: UTF8.self).unicodeScalars.first
  }

  /// `text` with `&name;`, `&#N;` and `&#xN;` references decoded.
  static func decodedReferences(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var result = ""
    var rest = Substring(text)
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      let tail = rest[rest.index(after: ampersand)...]
      if let semicolon = tail.prefix(12).firstIndex(of: ";"),
        let scalar = scalar(named: tail[..<semicolon])
      {
        result.unicodeScalars.append(scalar)
        rest = tail[tail.index(after: semicolon)...]
      } else {
        result += "&"
        rest = tail
      }
    }
    return result + rest
  }

  private static func scalar(named name: Substring) -> Unicode.Scalar? {
    if name.hasPrefix("#") {
      let hex = name.hasPrefix("#x") || name.hasPrefix("#X")
      let digits = name.dropFirst(hex ? 2 : 1)
      guard !digits.isEmpty, digits.allSatisfy({ hex ? $0.isHexDigit : $0.isASCII && $0.isNumber }),
        let value = UInt32(digits, radix: hex ? 16 : 10), value != 0
      else { return nil }
      // As browsers read them: 128 to 159 are windows-1252's characters, not C1 controls.
      if (0x80...0x9F).contains(value) { return windows1252(UInt8(value)) }
      return Unicode.Scalar(value)
    }
    guard let entity = htmlEntityLookup(String(name)) else { return nil }
    return Unicode.Scalar(entity.pointee.value)
  }
}
