import QuotedriftEngine
import QuotedriftTerminal
import TerminalSafety

/// `f`: a prompt, drawn over the screen, for a quote to paste or type; Enter finds every version
/// of it in the folder (``QuoteFinder``: the text read as an article of its own) and opens their
/// collation, the pasted text the reference. Esc closes it.
struct QuotePrompt: ReaderScreen {
  var kind: ScreenKind { .quotePrompt }
  var search = SearchState()
  var coversScreen: Bool { false }
  var text = ""

  static let bindings: [KeyBinding] = [
    KeyBinding("find_quote_run", [.enter], .searchSubmit, "find every version of the text"),
    KeyBinding("find_quote_cancel", [.escape], .searchCancel, "close the prompt"),
    KeyBinding("find_quote_erase", [.backspace], .searchBackspace, "erase the last character"),
  ]

  /// Every character typed or pasted goes into the text.
  func textInput(for key: Key) -> ReaderAction? {
    if case .character(let character) = key { return .searchInput(character) }
    return nil
  }

  mutating func update(_ action: ReaderAction, _ context: inout ScreenContext) -> ScreenOutcome {
    switch action {
    case .searchInput(let character):
      text.append(character)
    case .searchBackspace:
      if !text.isEmpty { text.removeLast() }
    case .searchCancel:
      return .back
    case .searchSubmit:
      guard let index = context.index else { return .stay }
      do throws(QuoteFinder.Failure) {
        let finding = try QuoteFinder(analysis: index.analysis).find(text)
        guard let statement = finding.statement else {
          context.message = "no article carries this text"
          return .stay
        }
        let others = statement.versions.count - 1
        return .open(
          CollationScreen(
            statement: statement, analysis: finding.analysis,
            title:
              "Versions of “\(TerminalSafeText.sanitize(text))”  (\(counted(others, "article")))"
          ))
      } catch {
        context.message = error.description
      }
    default:
      break
    }
    return .stay
  }

  func render(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
    let geometry = context.geometry
    let theme = context.theme
    let width = min(geometry.width - 2, 72)
    let box = Rect(
      x: (geometry.width - width) / 2, y: max(1, geometry.height / 2 - 3), width: width, height: 5)
    buffer.fill(box, style: theme.statusBar)
    buffer.put(
      " Find a quote: every version of it in the folder", x: box.x, y: box.y,
      style: theme.statusKey, limit: box.width)
    let field = box.width - 2
    let shown = String(TerminalSafeText.sanitize(text).suffix(max(1, field - 1)))
    buffer.put(shown + "▏", x: box.x + 1, y: box.y + 2, style: theme.statusKey, limit: field)
    buffer.put(
      " Enter find   Esc close", x: box.x, y: box.y + 4, style: theme.statusBar, limit: box.width)
  }
}
