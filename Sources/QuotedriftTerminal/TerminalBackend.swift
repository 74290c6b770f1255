/// What the screen is drawn on and input read from: the ncurses terminal, or memory in tests.
public protocol TerminalBackend: AnyObject {
  /// Columns and rows.
  var size: (width: Int, height: Int) { get }
  /// How many colours the terminal shows (0 or 1 without colour, 8, 16, 256 …).
  var colorCount: Int { get }
  /// Draws changed cells; nothing shows until ``flush()``.
  func draw(_ changes: [CellChange])
  /// Shows what was drawn.
  func flush()
  /// Forgets what the terminal shows, so the next frame repaints every cell (after a resize, a
  /// suspend, or when the screen may have been disturbed).
  func invalidate()
  /// The next input event, waiting at most `timeoutMilliseconds`; `nil` when none came.
  func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
}

/// Draws frames on a backend, sending only the cells that changed since the last frame.
public final class FrameDriver {
  public let backend: TerminalBackend
  private var previous: ScreenBuffer?

  public init(backend: TerminalBackend) { self.backend = backend }

  /// Renders a frame of the backend's size with `render` and sends what changed.
  public func draw(_ render: (inout ScreenBuffer) -> Void) {
    let size = backend.size
    var frame = ScreenBuffer(width: size.width, height: size.height)
    render(&frame)
    let changes = frame.changes(since: previous)
    if !changes.isEmpty {
      backend.draw(changes)
      backend.flush()
    }
    previous = frame
  }

  /// The next frame repaints everything.
  public func invalidate() {
    previous = nil
    backend.invalidate()
  }

  /// The last frame drawn.
  public var lastFrame: ScreenBuffer? { previous }
}
