/// Writes JSON straight into bytes, keys in the order given: the statements document holds a
/// record per word, and Foundation's encoder was most of the run time on large corpora.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  private var indent = 0
  private var needsComma: [Bool] = [false]
  /// Depth from which members go on one line (a word record), or nil.
  private var inlineFrom: Int?

  init(reservingCapacity capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

  /// A writer for one element of an array that another writer holds open at `depth`: its output
  /// is spliced in with ``appendElement(_:)``.
  static func element(atDepth depth: Int) -> JSONWriter {
    var writer = JSONWriter(reservingCapacity: 1 << 14)
    writer.indent = depth
    writer.needsComma = Array(repeating: false, count: depth + 1)
    return writer
  }

  /// The depth of the innermost open array or object.
  var depth: Int { indent }

  /// Splices in an element written by a writer from ``element(atDepth:)`` at this depth.
  mutating func appendElement(_ element: JSONWriter) {
    if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
    needsComma[needsComma.count - 1] = true
    bytes.append(contentsOf: element.bytes)
  }

  /// Hands the bytes written so far to `output` and goes on empty, so that a large document goes
  /// out in pieces instead of being held whole.
  mutating func flush(to output: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    try bytes.withUnsafeBytes { try output($0) }
    bytes.removeAll(keepingCapacity: true)
  }

  /// Ends the document: the line break after its closing bracket.
  mutating func endDocument() { bytes.append(0x0A) }

  /// Opens an object; an `inline` one keeps its members on one line.
  mutating func beginObject(key: String? = nil, inline: Bool = false) {
    open(key: key, bracket: 0x7B)
    if inline && inlineFrom == nil { inlineFrom = indent }
  }

  mutating func endObject() { close(bracket: 0x7D) }
  mutating func beginArray(key: String? = nil) { open(key: key, bracket: 0x5B) }
  mutating func endArray() { close(bracket: 0x5D) }

  mutating func field(_ key: String, _ value: String?) {
    startValue(key: key)
    if let value { appendString(value) } else { append("null") }
  }

  mutating func field(_ key: String, _ value: Int) {
    startValue(key: key)
    appendInteger(value)
  }

  mutating func field(_ key: String, _ value: Double) {
    startValue(key: key)
    append(value == value.rounded() ? String(Int(value)) : String(value))
  }

  /// A string given as UTF-8 bytes; invalid sequences are written as U+FFFD.
  mutating func field(_ key: String, utf8 text: ArraySlice<UInt8>) {
    text.withUnsafeBufferPointer { field(key, utf8: $0) }
  }

  /// A string given as UTF-8 bytes; invalid sequences are written as U+FFFD.
  mutating func field(_ key: String, utf8 text: UnsafeBufferPointer<UInt8>) {
    startValue(key: key)
    if text.allSatisfy({ $0 < 0x80 }) {
      appendString(utf8: text)
    } else {
      appendString(String(decoding: text, as: UTF8.self))
    }
  }

  /// A pair of numbers written on one line, or null.
  mutating func field(_ key: String, pair: (Int, Int)?) {
    startValue(key: key)
    if let pair { appendPair(pair) } else { append("null") }
  }

  mutating func value(_ string: String) {
    startValue(key: nil)
    appendString(string)
  }

  mutating func value(pair: (Int, Int)) {
    startValue(key: nil)
    appendPair(pair)
  }

  private mutating func open(key: String?, bracket: UInt8) {
    startValue(key: key)
    bytes.append(bracket)
    indent += 1
    needsComma.append(false)
  }

  private mutating func close(bracket: UInt8) {
    let hadMembers = needsComma.removeLast()
    let wasInline = inlineFrom == indent
    if wasInline { inlineFrom = nil }
    indent -= 1
    if hadMembers && !wasInline && inlineFrom == nil { newline() }
    bytes.append(bracket)
  }

  private mutating func startValue(key: String?) {
    if needsComma[needsComma.count - 1] {
      bytes.append(0x2C)
      if inlineFrom != nil { bytes.append(0x20) }
    }
    needsComma[needsComma.count - 1] = true
    if indent > 0 && inlineFrom == nil { newline() }
    if let key {
      appendString(key)
      bytes.append(0x3A)
      bytes.append(0x20)
    }
  }

  private mutating func newline() {
    bytes.append(0x0A)
    var spaces = indent * 2
    while spaces > 0 {
      let run = min(spaces, Self.spaces.count)
      bytes.append(contentsOf: Self.spaces[..<run])
      spaces -= run
    }
  }

  private static let spaces = [UInt8](repeating: 0x20, count: 32)

  private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

  /// Writes `value` in decimal, straight into the bytes.
  private mutating func appendInteger(_ value: Int) {
    if value < 0 { bytes.append(0x2D) }
    var magnitude = value.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    withUnsafeMutableBytes(of: &digits) { raw in
      let buffer = raw.bindMemory(to: UInt8.self)
      var position = buffer.count
      repeat {
        position -= 1
        buffer[position] = 0x30 + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[position...]))
    }
  }

  /// Writes `[first, second]`.
  private mutating func appendPair(_ pair: (Int, Int)) {
    bytes.append(0x5B)
    appendInteger(pair.0)
    bytes.append(0x2C)
    bytes.append(0x20)
    appendInteger(pair.1)
    bytes.append(0x5D)
  }

  private mutating func appendString(_ text: String) {
    var text = text
    text.withUTF8 { appendString(utf8: $0) }
  }

  /// Writes a JSON string. Besides what JSON requires, C1 controls and the characters that
  /// reorder text (bidirectional marks, embeddings, overrides and isolates) and the line and
  /// paragraph separators are written as `\u` escapes: the decoded text is unchanged, and JSON
  /// printed on a terminal cannot reorder or hide what is shown. Runs of bytes that need no
  /// escape are copied whole.
  private mutating func appendString(utf8 text: UnsafeBufferPointer<UInt8>) {
    bytes.append(0x22)
    var index = 0
    var plainStart = 0
    while index < text.count {
      if index + 8 <= text.count,
        Self.isPlainASCII(
          UnsafeRawPointer(text.baseAddress! + index).loadUnaligned(as: UInt64.self))
      {
        index += 8
        continue
      }
      let byte = text[index]
      if byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x7F && byte != 0xC2
        && byte != 0xD8 && byte != 0xE2
      {
        index += 1
        continue
      }
      if let (scalar, length) = Self.invisibleScalar(in: text, at: index) {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[plainStart..<index]))
        appendEscape(scalar)
        index += length
        plainStart = index
        continue
      }
      guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F else {
        index += 1
        continue
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[plainStart..<index]))
      switch byte {
      case 0x22: append("\\\"")
      case 0x5C: append("\\\\")
      case 0x0A: append("\\n")
      case 0x0D: append("\\r")
      case 0x09: append("\\t")
      default: appendEscape(UInt32(byte))
      }
      index += 1
      plainStart = index
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[plainStart..<index]))
    bytes.append(0x22)
  }

  /// True when none of the eight bytes of `eight` needs a look: all are ASCII, none a control,
  /// a quotation mark or a backslash.
  @inline(__always)
  private static func isPlainASCII(_ eight: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = ones &* 0x80
    func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & high != 0 }
    let below0x20 = (eight &- ones &* 0x20) & ~eight & high != 0
    return eight & high == 0 && !below0x20 && !hasZeroByte(eight ^ (ones &* 0x22))
      && !hasZeroByte(eight ^ (ones &* 0x5C)) && !hasZeroByte(eight ^ (ones &* 0x7F))
  }

  private mutating func appendEscape(_ scalar: UInt32) {
    let hex = String(scalar, radix: 16)
    append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
  }

  /// The C1 control, bidirectional control or separator encoded at `index`, and its length.
  private static func invisibleScalar(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    UInt32, Int
  )? {
    guard text[index] >= 0xC2, index + 1 < text.count else { return nil }
    let second = UInt32(text[index + 1])
    switch text[index] {
    case 0xC2 where (0x80...0x9F).contains(second): return (second, 2)
    case 0xD8 where second == 0x9C: return (0x061C, 2)
    case 0xE2 where index + 2 < text.count:
      let scalar = 0x2000 + ((second & 0x3F) << 6) + (UInt32(text[index + 2]) & 0x3F)
      guard second & 0xC0 == 0x80, text[index + 2] & 0xC0 == 0x80,
        (0x200E...0x200F).contains(scalar) || (0x2028...0x202E).contains(scalar)
          || (0x2066...0x2069).contains(scalar)
      else { return nil }
      return (scalar, 3)
    default: return nil
    }
  }
}
