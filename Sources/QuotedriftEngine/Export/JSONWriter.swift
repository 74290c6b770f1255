/// Writes JSON straight into bytes, keys in the order given: the statements document holds a
/// record per word, and Foundation's encoder was most of the run time on large corpora. Bytes
/// go through a pointer into ``ByteStorage``, room reserved once a field.
struct JSONWriter {
  private var storage: ByteStorage
  private var indent = 0
  /// Bit `d` is set when the container open at depth `d` has a member already (so the next
  /// one needs a comma); the documents written here nest a few levels deep.
  private var hasMembers: UInt64 = 0
  /// Depth from which members go on one line (a word record), or nil.
  private var inlineFrom: Int?

  init(reservingCapacity capacity: Int = 1 << 16) { storage = ByteStorage(capacity: capacity) }

  /// A writer for one element of an array that another writer holds open at `depth`: its output
  /// is spliced in with ``appendElement(_:)``.
  static func element(atDepth depth: Int) -> JSONWriter {
    var writer = JSONWriter(reservingCapacity: 1 << 14)
    writer.indent = depth
    return writer
  }

  /// The bytes written so far.
  var bytes: [UInt8] { storage.array }

  /// How many bytes are written so far.
  var byteCount: Int { storage.count }

  /// The depth of the innermost open array or object.
  var depth: Int { indent }

  /// Splices in an element written by a writer from ``element(atDepth:)`` at this depth.
  mutating func appendElement(_ element: JSONWriter) {
    makeUnique()
    if markMember() { storage.append(0x2C) }
    storage.append(UnsafeBufferPointer(start: element.storage.base, count: element.storage.count))
  }

  /// Hands the bytes written so far to `output` and goes on empty, so that a large document goes
  /// out in pieces instead of being held whole.
  mutating func flush(to output: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    makeUnique()
    try output(UnsafeRawBufferPointer(start: storage.base, count: storage.count))
    storage.count = 0
  }

  /// Ends the document: the line break after its closing bracket.
  mutating func endDocument() {
    makeUnique()
    storage.append(0x0A)
  }

  /// Opens an object; an `inline` one keeps its members on one line.
  mutating func beginObject(key: StaticString? = nil, inline: Bool = false) {
    open(key: key, bracket: 0x7B)
    if inline && inlineFrom == nil { inlineFrom = indent }
  }

  mutating func endObject() { close(bracket: 0x7D) }
  mutating func beginArray(key: StaticString? = nil) { open(key: key, bracket: 0x5B) }
  mutating func endArray() { close(bracket: 0x5D) }

  mutating func field(_ key: StaticString, _ value: String?) {
    startValue(key: key)
    if let value { appendString(value) } else { appendLiteral("null") }
  }

  mutating func field(_ key: StaticString, _ value: Int) {
    startValue(key: key)
    appendInteger(value)
  }

  mutating func field(_ key: StaticString, _ value: Double) {
    startValue(key: key)
    var text = value == value.rounded() ? String(Int(value)) : String(value)
    text.withUTF8 { storage.append($0) }
  }

  /// A string given as UTF-8 bytes; invalid sequences are written as U+FFFD.
  mutating func field(_ key: StaticString, utf8 text: ArraySlice<UInt8>) {
    text.withUnsafeBufferPointer { field(key, utf8: $0) }
  }

  /// A string given as UTF-8 bytes; invalid sequences are written as U+FFFD.
  mutating func field(_ key: StaticString, utf8 text: UnsafeBufferPointer<UInt8>) {
    startValue(key: key)
    appendText(utf8: text)
  }

  /// A pair of numbers written on one line, or null.
  mutating func field(_ key: StaticString, pair: (Int, Int)?) {
    startValue(key: key)
    if let pair { appendPair(pair) } else { appendLiteral("null") }
  }

  /// A word record on one line, as ``beginObject(key:inline:)`` with these fields would write
  /// it: `{"start": …, "end": …, "text": …, "drift": …, "ref": [start, end] or null}`. The
  /// statements document has one for every word of every passage, so it is written in one go.
  mutating func wordRecord(
    start: Int, end: Int, text: UnsafeBufferPointer<UInt8>, drift: String, ref: (Int, Int)?
  ) {
    startValue(key: nil)
    appendLiteral("{\"start\": ")
    appendInteger(start)
    appendLiteral(", \"end\": ")
    appendInteger(end)
    appendLiteral(", \"text\": ")
    appendText(utf8: text)
    appendLiteral(", \"drift\": ")
    appendString(drift)
    appendLiteral(", \"ref\": ")
    if let ref { appendPair(ref) } else { appendLiteral("null") }
    storage.append(0x7D)
  }

  mutating func value(_ string: String) {
    startValue(key: nil)
    appendString(string)
  }

  mutating func value(pair: (Int, Int)) {
    startValue(key: nil)
    appendPair(pair)
  }

  /// Gives the writer a storage of its own when a copy of it shares the one it has.
  private mutating func makeUnique() {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
  }

  /// Marks the innermost container as having a member; true when it had one already.
  private mutating func markMember() -> Bool {
    let bit: UInt64 = 1 << UInt64(indent)
    defer { hasMembers |= bit }
    return hasMembers & bit != 0
  }

  private mutating func open(key: StaticString?, bracket: UInt8) {
    startValue(key: key)
    storage.append(bracket)
    indent += 1
    precondition(indent < 64, "JSON nested deeper than the writer keeps track of")
    hasMembers &= ~(1 << UInt64(indent))
  }

  private mutating func close(bracket: UInt8) {
    makeUnique()
    let hadMembers = hasMembers & (1 << UInt64(indent)) != 0
    let wasInline = inlineFrom == indent
    if wasInline { inlineFrom = nil }
    indent -= 1
    if hadMembers && !wasInline && inlineFrom == nil { newline() }
    storage.append(bracket)
  }

  private mutating func startValue(key: StaticString?) {
    makeUnique()
    if markMember() {
      storage.append(0x2C)
      if inlineFrom != nil { storage.append(0x20) }
    }
    if indent > 0 && inlineFrom == nil { newline() }
    if let key {
      key.withUTF8Buffer { name in
        storage.reserve(name.count + 4)
        let end = storage.end
        end[0] = 0x22
        (end + 1).update(from: name.baseAddress!, count: name.count)
        end[name.count + 1] = 0x22
        end[name.count + 2] = 0x3A
        end[name.count + 3] = 0x20
        storage.count += name.count + 4
      }
    }
  }

  private func newline() {
    let spaces = indent * 2
    storage.reserve(spaces + 1)
    let end = storage.end
    end[0] = 0x0A
    (end + 1).initialize(repeating: 0x20, count: spaces)
    storage.count += spaces + 1
  }

  private func appendLiteral(_ literal: StaticString) {
    literal.withUTF8Buffer { storage.append($0) }
  }

  /// Writes `value` in decimal, straight into the bytes.
  private func appendInteger(_ value: Int) {
    storage.reserve(21)
    let end = storage.end
    var length = 0
    if value < 0 {
      end[0] = 0x2D
      length = 1
    }
    var magnitude = value.magnitude
    var digits = 0
    var probe = magnitude
    repeat {
      digits += 1
      probe /= 10
    } while probe > 0
    length += digits
    var position = length
    repeat {
      position -= 1
      end[position] = 0x30 + UInt8(magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
    storage.count += length
  }

  /// Writes `[first, second]`.
  private func appendPair(_ pair: (Int, Int)) {
    storage.append(0x5B)
    appendInteger(pair.0)
    storage.reserve(2)
    storage.end[0] = 0x2C
    storage.end[1] = 0x20
    storage.count += 2
    appendInteger(pair.1)
    storage.append(0x5D)
  }

  /// Writes UTF-8 bytes as a JSON string, invalid sequences as U+FFFD (ASCII goes as it is).
  private func appendText(utf8 text: UnsafeBufferPointer<UInt8>) {
    if text.allSatisfy({ $0 < 0x80 }) {
      appendString(utf8: text)
    } else {
      appendString(String(decoding: text, as: UTF8.self))
    }
  }

  private func appendString(_ text: String) {
    var text = text
    text.withUTF8 { appendString(utf8: $0) }
  }

  /// Writes a JSON string. Besides what JSON requires, C1 controls and the characters that
  /// reorder text (bidirectional marks, embeddings, overrides and isolates) and the line and
  /// paragraph separators are written as `\u` escapes: the decoded text is unchanged, and JSON
  /// printed on a terminal cannot reorder or hide what is shown. Runs of bytes that need no
  /// escape are copied whole.
  private func appendString(utf8 text: UnsafeBufferPointer<UInt8>) {
    storage.reserve(text.count + 2)
    storage.append(0x22)
    var index = 0
    var plainStart = 0
    while index < text.count {
      if index + 8 <= text.count,
        Self.isPlainASCII(EightBytes.load(text, at: index))
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
        storage.append(UnsafeBufferPointer(rebasing: text[plainStart..<index]))
        appendEscape(scalar)
        index += length
        plainStart = index
        continue
      }
      guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F else {
        index += 1
        continue
      }
      storage.append(UnsafeBufferPointer(rebasing: text[plainStart..<index]))
      switch byte {
      case 0x22: appendLiteral("\\\"")
      case 0x5C: appendLiteral("\\\\")
      case 0x0A: appendLiteral("\\n")
      case 0x0D: appendLiteral("\\r")
      case 0x09: appendLiteral("\\t")
      default: appendEscape(UInt32(byte))
      }
      index += 1
      plainStart = index
    }
    storage.append(UnsafeBufferPointer(rebasing: text[plainStart..<index]))
    storage.append(0x22)
  }

  /// True when none of the eight bytes of `eight` needs a look: all are ASCII, none a control,
  /// a quotation mark or a backslash.
  @inline(__always)
  private static func isPlainASCII(_ eight: UInt64) -> Bool {
    !EightBytes.hasNonASCII(eight) && !EightBytes.hasByte(below: 0x20, in: eight)
      && !EightBytes.has(0x22, in: eight) && !EightBytes.has(0x5C, in: eight)
      && !EightBytes.has(0x7F, in: eight)
  }

  private func appendEscape(_ scalar: UInt32) {
    let hex = Array(String(scalar, radix: 16).utf8)
    appendLiteral("\\u")
    for _ in hex.count..<4 { storage.append(0x30) }
    hex.withUnsafeBufferPointer { storage.append($0) }
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
