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
    if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), bigEndian: false) }
    if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), bigEndian: true) }
    guard let label = declaredCharset(in: bytes) else { return utf8(bytes, declared: false) }
    guard let charset = iconvName(forLabel: label) else {
      var decoded = utf8(bytes, declared: false)
      decoded.problem =
        decoded.problem ?? "charset \"\(label)\" is not one browsers read: read as UTF-8"
      return decoded
    }
    if charset == "UTF-8" { return utf8(bytes, declared: true) }
    var decoded = convert(bytes, from: charset)
    if decoded.charset != charset {
      decoded.problem = "charset \"\(label)\" cannot be read here: read as \(decoded.charset)"
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

  /// The iconv name for a charset label, as the WHATWG Encoding Standard reads labels; `nil` for
  /// a label browsers ignore (UTF-7, UTF-32, EBCDIC and the rest), so a page cannot make its
  /// ASCII markup decode as something else.
  static func iconvName(forLabel label: String) -> String? {
    if let name = fixedNames[label] { return name }
    if let number = label.split(separator: "-").last.flatMap({ Int($0) }) {
      if label.hasPrefix("windows-125"), (1250...1258).contains(number) {
        return "WINDOWS-\(number)"
      }
      if label.hasPrefix("iso-8859-") || label.hasPrefix("iso8859-") || label.hasPrefix("iso_8859-")
      {
        switch number {
        case 1: return "WINDOWS-1252"
        case 9: return "WINDOWS-1254"
        case 11: return "WINDOWS-874"
        case 2...16 where number != 12: return "ISO-8859-\(number)"
        default: return nil
        }
      }
    }
    return nil
  }

  /// Labels with a name of their own, lower-cased.
  private static let fixedNames: [String: String] = {
    var names: [String: String] = [:]
    for (name, labels) in [
      // A page that says UTF-16 in ASCII-compatible bytes is not UTF-16 (WHATWG).
      (
        "UTF-8",
        [
          "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
          "utf-16", "utf-16le", "utf-16be", "unicode", "unicodefeff", "unicodefffe", "ucs-2",
          "csunicode", "iso-10646-ucs-2",
        ]
      ),
      (
        "WINDOWS-1252",
        [
          "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp1252", "cp819", "ibm819",
          "iso-ir-100", "csisolatin1", "x-cp1252", "x-user-defined",
        ]
      ),
      (
        "GB18030",
        ["gb2312", "gbk", "x-gbk", "gb18030", "chinese", "csgb2312", "iso-ir-58", "cp936"]
      ),
      ("BIG5-HKSCS", ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
      ("EUC-JP", ["euc-jp", "cseucpkdfmtjapanese", "x-euc-jp"]),
      ("ISO-2022-JP", ["iso-2022-jp", "csiso2022jp"]),
      (
        "CP932",
        [
          "shift_jis", "shift-jis", "sjis", "x-sjis", "windows-31j", "ms_kanji", "csshiftjis",
          "ms932",
        ]
      ),
      (
        "CP949",
        [
          "euc-kr", "ks_c_5601-1987", "windows-949", "cseuckr", "korean", "ksc5601",
          "ks_c_5601-1989",
        ]
      ),
      ("KOI8-R", ["koi8-r", "koi8", "koi", "cskoi8r", "koi8_r"]),
      ("KOI8-U", ["koi8-u", "koi8-ru"]),
      ("CP866", ["ibm866", "866", "cp866", "csibm866"]),
      ("MACINTOSH", ["macintosh", "mac", "x-mac-roman", "csmacintosh"]),
      ("MAC-CYRILLIC", ["x-mac-cyrillic", "x-mac-ukrainian"]),
      ("WINDOWS-874", ["windows-874", "tis-620", "dos-874", "iso-8859-11"]),
      ("WINDOWS-1254", ["latin5", "l5", "iso-8859-9"]),
    ] {
      for label in labels { names[label] = name }
    }
    return names
  }()

  /// UTF-16 after its byte-order mark, decoded by the standard library: a lone surrogate or an
  /// odd last byte becomes U+FFFD without shifting what follows.
  private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Decoded {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
      units.append(bigEndian ? first << 8 | second : second << 8 | first)
      index += 2
    }
    let text = String(decoding: units, as: UTF16.self)
    var invalid = bytes.count % 2 != 0
    if !invalid {
      var iterator = units.makeIterator()
      var decoder = UTF16()
      decoding: while true {
        switch decoder.decode(&iterator) {
        case .scalarValue: continue
        case .emptyInput: break decoding
        case .error:
          invalid = true
          break decoding
        }
      }
    }
    return Decoded(
      text: Array(text.utf8) + (bytes.count % 2 != 0 ? [0xEF, 0xBF, 0xBD] : []),
      charset: bigEndian ? "UTF-16BE" : "UTF-16LE",
      problem: invalid ? "bytes not valid in UTF-16 shown as U+FFFD" : nil)
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
