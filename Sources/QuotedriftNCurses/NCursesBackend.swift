import CNCurses
import QuotedriftTerminal

/// The terminal, through ncursesw: the one place that talks to curses. Cells are drawn with
/// `mvwadd_wch` and shown with `wnoutrefresh` + `doupdate`, changed cells only; the screen is
/// never cleared per frame.
public final class NCursesBackend: TerminalBackend {
  private var pairs: [PairKey: Int32] = [:]
  private let availablePairs: Int
  /// Colours to draw with: 0 when colour is off (by choice or because the terminal has none).
  public let colorCount: Int

  struct PairKey: Hashable {
    var foreground: Int32
    var background: Int32
  }

  /// Why curses could not start.
  public struct StartFailure: Error, CustomStringConvertible {
    public var description: String
  }

  /// Starts curses. Install the signal handlers first (``installSignalHandlers()``).
  public init(mouse: Bool, color: Bool) throws(StartFailure) {
    guard qd_start(mouse ? 1 : 0) == 0 else {
      throw StartFailure(description: "cannot start the terminal (is TERM set?)")
    }
    let colors = Int(qd_colors())
    colorCount = color ? colors : 0
    availablePairs = color ? Int(qd_color_pairs()) : 0
  }

  /// Saves the terminal's settings and installs the handlers that restore it on SIGTERM, SIGHUP,
  /// SIGINT and crashes. Call before starting curses.
  public static func installSignalHandlers() { qd_install_signal_handlers() }

  /// The terminating signal received (SIGTERM, SIGHUP, SIGINT), or nil.
  public static var pendingTermination: Int32? {
    let signal = qd_pending_termination()
    return signal == 0 ? nil : signal
  }

  /// Ends curses and restores the terminal.
  public func stop() { qd_stop() }

  public var size: (width: Int, height: Int) { (Int(qd_columns()), Int(qd_lines())) }

  public func draw(_ changes: [CellChange]) {
    for change in changes where !change.cell.isContinuation {
      let (attributes, pair) = curses(change.cell.style)
      var text = change.cell.symbol.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
      if text.isEmpty { text = [wchar_t(32)] }
      text.withUnsafeBufferPointer { buffer in
        qd_draw_cell(
          Int32(change.y), Int32(change.x), buffer.baseAddress, Int32(buffer.count), attributes,
          pair)
      }
    }
  }

  public func flush() { qd_flush() }

  public func invalidate() { qd_invalidate() }

  public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    var character: wint_t = 0
    var code: Int32 = 0
    let result = qd_read(Int32(timeoutMilliseconds), &character, &code)
    if result == KEY_CODE_YES { return event(forCode: code) }
    guard result == OK, let scalar = Unicode.Scalar(UInt32(character)) else { return nil }
    return .key(key(for: scalar))
  }

  private func key(for scalar: Unicode.Scalar) -> Key {
    switch scalar.value {
    case 0x0D, 0x0A: .enter
    case 0x1B: .escape
    case 0x09: .tab
    case 0x08, 0x7F: .backspace
    case 0x01...0x1A: .control(Character(Unicode.Scalar(scalar.value + 0x60)!))
    default: .character(Character(scalar))
    }
  }

  private func event(forCode code: Int32) -> InputEvent? {
    switch code {
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_HOME: return .key(.home)
    case KEY_END: return .key(.end)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_BTAB: return .key(.backTab)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_ENTER: return .key(.enter)
    case KEY_RESIZE:
      let size = self.size
      return .resize(width: size.width, height: size.height)
    case KEY_MOUSE:
      var x: Int32 = 0
      var y: Int32 = 0
      switch qd_mouse(&x, &y) {
      case 1: return .mouse(.wheelUp(x: Int(x), y: Int(y)))
      case 2: return .mouse(.wheelDown(x: Int(x), y: Int(y)))
      case 3: return .mouse(.click(x: Int(x), y: Int(y)))
      default: return nil
      }
    default: return nil
    }
  }

  /// Curses attributes and colour pair for a style.
  private func curses(_ style: Style) -> (UInt32, Int32) {
    var attributes: UInt32 = 0
    let map: [(TextAttributes, UInt32)] = [
      (.bold, qd_attr_bold()), (.dim, qd_attr_dim()), (.italic, qd_attr_italic()),
      (.underline, qd_attr_underline()), (.reverse, qd_attr_reverse()),
      (.strikethrough, qd_attr_strikethrough()),
    ]
    for (attribute, value) in map where style.attributes.contains(attribute) { attributes |= value }
    guard colorCount > 0 else { return (attributes, 0) }
    let key = PairKey(foreground: number(style.foreground), background: number(style.background))
    if key.foreground == -1 && key.background == -1 { return (attributes, 0) }
    if let pair = pairs[key] { return (attributes, pair) }
    let next = Int32(pairs.count + 1)
    guard Int(next) < availablePairs, qd_init_pair(next, key.foreground, key.background) == 0 else {
      return (attributes, 0)
    }
    pairs[key] = next
    return (attributes, next)
  }

  private func number(_ color: TerminalColor) -> Int32 {
    switch color {
    case .terminalDefault: -1
    case .ansi(let index): Int32(index) < Int32(colorCount) ? Int32(index) : Int32(index % 8)
    case .indexed(let index): colorCount >= 256 ? Int32(index) : -1
    }
  }
}
