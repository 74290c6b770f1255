import TerminalSafety

/// Article text made safe for HTML and XML: controls made visible (XML 1.0 forbids most of them),
/// markup characters written as entities.
enum MarkupEscaping {
  /// The entity for a character markup gives a meaning to, or nil.
  static func entity(for character: Character) -> String? {
    switch character {
    case "&": "&amp;"
    case "<": "&lt;"
    case ">": "&gt;"
    case "\"": "&quot;"
    case "'": "&#39;"
    default: nil
    }
  }

  static func entities(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in TerminalSafeText.sanitize(text) {
      if let entity = entity(for: character) { result += entity } else { result.append(character) }
    }
    return result
  }
}
