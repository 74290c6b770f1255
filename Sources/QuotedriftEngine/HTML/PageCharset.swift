#if canImport(Glibc)
  import Glibc
#endif

/// Decodes a saved page to UTF-8 in the charset it is in: a byte-order mark first, then what the
/// page declares (`<meta charset>`, `<meta http-equiv="Content-Type">`, an XML declaration),
/// else UTF-8 when the bytes are valid UTF-8 and windows-1252 when not. Legacy charsets go
/// through iconv, with the WHATWG Encoding Standard's reading of the labels (`iso-8859-1` and
/// `us-ascii` are windows-1252, `gb2312` is GB18030, `euc-kr` is CP949, `shift_jis` is CP932).
/// Bytes that are not valid in the charset become U+FFFD.
enum PageCharset {
  /// A page decoded to UTF-8.
  struct Decoded: Equatable {
    /// Valid UTF-8, without a byte-order mark.
    var text: [UInt8]
    /// The charset the bytes were read in, as iconv names it.
    var charset: String
    /// What was repaired or assumed, for a warning; `nil` when the page read cleanly.
    var problem: String?
  }

  /// How far into the page a charset declaration is looked for.
  static let declarationWindow = 16_384

  static func decode(_ bytes: [UInt8]) -> Decoded {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return utf8(Array(bytes.dropFirst(3)), declared: true)
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return convert(Array(bytes.dropFirst(2)), from: "UTF-16LE")
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return convert(Array(bytes.dropFirst(2)), from: "UTF-16BE")
    }
    guard let label = declaredCharset(in: bytes) else { return utf8(bytes, declared: false) }
    let charset = iconvName(forLabel: label)
    if charset == "UTF-8" { return utf8(bytes, declared: true) }
    var decoded = convert(bytes, from: charset)
    if decoded.charset != charset {
      decoded.problem = "unknown charset \"\(label)\", read as \(decoded.charset)"
    }
    return decoded
  }

  /// The charset label the page declares in its first ``declarationWindow`` bytes, lowercased.
  static func declaredCharset(in bytes: [UInt8]) -> String? {
    let window = bytes.prefix(declarationWindow).map { byte -> UInt8 in
      byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : (byte < 0x80 ? byte : 0x20)
    }
    let text = String(decoding: window, as: UTF8.self)
    if text.hasPrefix("<?xml"), let end = text.firstIndex(of: ">"),
      let label = value(after: "encoding", in: text[..<end])
    {
      return label
    }
    var searchStart = text.startIndex
    while let meta = text.range(of: "<meta", range: searchStart..<text.endIndex) {
      let tagEnd = text[meta.upperBound...].firstIndex(of: ">") ?? text.endIndex
      let tag = text[meta.upperBound..<tagEnd]
      if let label = value(after: "charset", in: tag) { return label }
      searchStart = tagEnd
    }
    return nil
  }

  /// The value of `name=value` in `text` (quoted or not), if any.
  private static func value(after name: String, in text: Substring) -> String? {
    guard let key = text.range(of: name) else { return nil }
    var rest = text[key.upperBound...].drop(while: { $0 == " " })
    guard rest.first == "=" else { return nil }
    rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
    let label = rest.prefix(while: { $0.isLetter || $0.isNumber || "-_:.".contains($0) })
    return label.isEmpty ? nil : String(label)
  }

  /// The iconv name for a charset label.
  static func iconvName(forLabel label: String) -> String {
    switch label {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be":
      // A page that says UTF-16 in ASCII-compatible bytes is not UTF-16 (WHATWG).
      return "UTF-8"
    case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso_8859-1",
      "cp1252", "x-user-defined", "windows-1252":
      return "WINDOWS-1252"
    case "gb2312", "gbk", "x-gbk", "gb18030", "chinese": return "GB18030"
    case "euc-kr", "ks_c_5601-1987", "windows-949": return "CP949"
    case "shift_jis", "shift-jis", "sjis", "x-sjis", "windows-31j", "ms_kanji": return "CP932"
    case "iso-8859-9", "latin5": return "WINDOWS-1254"
    case "iso-8859-11", "tis-620": return "WINDOWS-874"
    default: return label.uppercased()
    }
  }

  /// Bytes that should be UTF-8. Invalid sequences become U+FFFD; when no non-ASCII byte is
  /// valid UTF-8 the page was saved in windows-1252 whatever it says, and is read as such.
  private static func utf8(_ bytes: [UInt8], declared: Bool) -> Decoded {
    if UTF8Scanner.isValid(bytes) { return Decoded(text: bytes, charset: "UTF-8") }
    var validMultibyte = 0
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      while let step = UTF8Scanner.decode(buffer, at: offset) {
        if step.length > 1 && !step.isReplacement { validMultibyte += 1 }
        offset += step.length
      }
    }
    if validMultibyte == 0 {
      var decoded = convert(bytes, from: "WINDOWS-1252")
      if declared { decoded.problem = "declares UTF-8 but is not: read as windows-1252" }
      return decoded
    }
    return Decoded(
      text: Array(String(decoding: bytes, as: UTF8.self).utf8), charset: "UTF-8",
      problem: "invalid UTF-8 shown as U+FFFD")
  }

  /// Converts `bytes` from `charset` to UTF-8 with iconv; an unknown charset is read as UTF-8.
  static func convert(_ bytes: [UInt8], from charset: String) -> Decoded {
    let converter = iconv_open("UTF-8", charset)
    guard converter != iconv_t(bitPattern: -1) else {
      var decoded = utf8(bytes, declared: false)
      decoded.problem = decoded.problem ?? "unknown charset \(charset), read as UTF-8"
      return decoded
    }
    defer { iconv_close(converter) }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 2)
    var replaced = 0
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var input = bytes
    input.withUnsafeMutableBufferPointer { source in
      var inPointer: UnsafeMutablePointer<CChar>? = source.baseAddress.map {
        UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
      }
      var inLeft = source.count
      while inLeft > 0 {
        let (result, code, written) = chunk.withUnsafeMutableBufferPointer { target in
          var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
            target.baseAddress!
          ).assumingMemoryBound(to: CChar.self)
          var outLeft = target.count
          let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
          return (result, errno, target.count - outLeft)
        }
        output.append(contentsOf: chunk[0..<written])
        guard result == -1 else { continue }
        switch code {
        case E2BIG: continue
        case EILSEQ:
          output.append(contentsOf: [0xEF, 0xBF, 0xBD])
          replaced += 1
          inPointer = inPointer.map { $0 + 1 }
          inLeft -= 1
        default:
          // EINVAL: an incomplete sequence at the end.
          output.append(contentsOf: [0xEF, 0xBF, 0xBD])
          replaced += 1
          inLeft = 0
        }
      }
    }
    return Decoded(
      text: output, charset: charset,
      problem: replaced > 0 ? "bytes not valid in \(charset) shown as U+FFFD" : nil)
  }
}
