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
    if name.hasPrefix("#x") || name.hasPrefix("#X") {
      return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
    }
    if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
    guard let entity = htmlEntityLookup(String(name)) else { return nil }
    return Unicode.Scalar(entity.pointee.value)
  }
}
