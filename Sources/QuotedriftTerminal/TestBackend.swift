/// A backend in memory, for tests: it keeps what was drawn as a ``ScreenBuffer`` that tests read
/// as text, and replays a script of input events.
public final class TestBackend: TerminalBackend {
  public private(set) var screen: ScreenBuffer
  public var colorCount: Int
  /// Events `nextEvent` returns, first first.
  public var pendingEvents: [InputEvent] = []
  /// How many times a frame was flushed, and how many cells the last one changed.
  public private(set) var flushCount = 0
  public private(set) var lastChangeCount = 0
  private var changesSinceFlush = 0

  public init(width: Int, height: Int, colorCount: Int = 256) {
    screen = ScreenBuffer(width: width, height: height)
    self.colorCount = colorCount
  }

  public var size: (width: Int, height: Int) { (screen.width, screen.height) }

  /// Changes the size, as a terminal resize would, and queues the resize event.
  public func resize(width: Int, height: Int) {
    screen = ScreenBuffer(width: width, height: height)
    pendingEvents.append(.resize(width: width, height: height))
  }

  public func draw(_ changes: [CellChange]) {
    for change in changes where change.x < screen.width && change.y < screen.height {
      screen[change.x, change.y] = change.cell
    }
    changesSinceFlush += changes.count
  }

  public func flush() {
    flushCount += 1
    lastChangeCount = changesSinceFlush
    changesSinceFlush = 0
  }

  public func invalidate() { screen = ScreenBuffer(width: screen.width, height: screen.height) }

  public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    pendingEvents.isEmpty ? nil : pendingEvents.removeFirst()
  }
}
