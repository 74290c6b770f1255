/// Makes article text safe to write to a terminal: no control character or escape sequence from
/// an article may reach it.
///
/// Line breaks and tabs become spaces (listings lay text out themselves). Other C0 controls and
/// DEL become their visible Control Pictures (ESC shows as "␛", so an escape sequence shows as
/// "␛[31m" and does nothing); C1 controls, bidirectional embeddings, overrides and isolates, and
/// other format characters that could reorder or hide text become U+FFFD.
public enum TerminalSafeText {
  /// `text` with every unsafe scalar replaced.
  public static func sanitize(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      result.append(contentsOf: replacement(for: scalar))
    }
    return String(result)
  }

  /// What `scalar` becomes on a terminal: itself when safe.
  public static func replacement(for scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    switch scalar.value {
    case 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return [" "]
    case 0x00..<0x20: return [Unicode.Scalar(0x2400 + scalar.value)!]
    case 0x7F: return ["\u{2421}"]
    case 0x80..<0xA0: return ["\u{FFFD}"]
    case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return ["\u{FFFD}"]
    case 0x2028, 0x2029, 0x85: return [" "]
    default: return [scalar]
    }
  }

  /// True when `scalar` passes unchanged.
  public static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
    replacement(for: scalar) == [scalar]
  }
}
