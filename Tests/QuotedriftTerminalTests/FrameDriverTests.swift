import Testing

@testable import QuotedriftTerminal

@Suite struct FrameDriverTests {
  private func greeting(_ buffer: inout ScreenBuffer) {
    buffer.put("hello", x: 0, y: 0)
    buffer.put("漢字", x: 1, y: 1, style: Style(attributes: .bold))
  }

  // MARK: Drawing only what changed

  @Test func firstDrawSendsEveryCell() {
    let backend = TestBackend(width: 6, height: 3)
    let driver = FrameDriver(backend: backend)
    driver.draw(greeting)
    #expect(backend.flushCount == 1)
    #expect(backend.lastChangeCount == 18)
    #expect(backend.screen.text == "hello \n 漢字 \n      ")
    #expect(driver.lastFrame == backend.screen)
  }

  @Test func firstDrawOfABlankFrameStillSendsEveryCell() {
    let backend = TestBackend(width: 4, height: 2)
    let driver = FrameDriver(backend: backend)
    driver.draw { _ in }
    #expect(backend.flushCount == 1)
    #expect(backend.lastChangeCount == 8)
  }

  @Test func identicalSecondDrawSendsNothing() {
    let backend = TestBackend(width: 6, height: 3)
    let driver = FrameDriver(backend: backend)
    driver.draw(greeting)
    driver.draw(greeting)
    #expect(backend.flushCount == 1)
    #expect(backend.lastChangeCount == 18)
    #expect(backend.screen.text == "hello \n 漢字 \n      ")
  }

  @Test func oneCellChangeSendsExactlyOneCell() {
    let backend = TestBackend(width: 6, height: 3)
    let driver = FrameDriver(backend: backend)
    driver.draw(greeting)
    driver.draw { buffer in
      greeting(&buffer)
      buffer.put("J", x: 0, y: 0)
    }
    #expect(backend.flushCount == 2)
    #expect(backend.lastChangeCount == 1)
    #expect(backend.screen.line(0) == "Jello ")
  }

  @Test func styleOnlyChangeSendsTheCell() {
    let backend = TestBackend(width: 6, height: 3)
    let driver = FrameDriver(backend: backend)
    driver.draw(greeting)
    driver.draw { buffer in
      greeting(&buffer)
      buffer.patchStyle(Rect(x: 4, y: 0, width: 1, height: 1), with: Style(attributes: .reverse))
    }
    #expect(backend.lastChangeCount == 1)
    #expect(backend.screen[4, 0].style.attributes == .reverse)
  }

  @Test func changesAreMeasuredAgainstTheLastFrameNotTheFirst() {
    let backend = TestBackend(width: 5, height: 1)
    let driver = FrameDriver(backend: backend)
    driver.draw { $0.put("aaaaa", x: 0, y: 0) }
    driver.draw { $0.put("aabaa", x: 0, y: 0) }
    driver.draw { $0.put("aabab", x: 0, y: 0) }
    #expect(backend.flushCount == 3)
    #expect(backend.lastChangeCount == 1)
    #expect(backend.screen.line(0) == "aabab")
    // Going back to blank sends exactly the written cells.
    driver.draw { _ in }
    #expect(backend.lastChangeCount == 5)
    #expect(backend.screen.line(0) == "     ")
  }

  @Test func backendScreenAlwaysMatchesTheLastFrame() {
    let backend = TestBackend(width: 8, height: 2)
    let driver = FrameDriver(backend: backend)
    let frames = ["abc", "漢字 x", "😀😀😀😀", "e\u{301}e\u{301}", "", "12345678"]
    for text in frames {
      driver.draw { $0.put(text, x: 0, y: 1) }
      #expect(backend.screen == driver.lastFrame)
    }
  }

  // MARK: invalidate()

  @Test func invalidateMakesTheNextDrawRepaintEverything() {
    let backend = TestBackend(width: 6, height: 3)
    let driver = FrameDriver(backend: backend)
    driver.draw(greeting)
    driver.invalidate()
    #expect(driver.lastFrame == nil)
    #expect(backend.screen == ScreenBuffer(width: 6, height: 3))
    driver.draw(greeting)
    #expect(backend.flushCount == 2)
    #expect(backend.lastChangeCount == 18)
    #expect(backend.screen.text == "hello \n 漢字 \n      ")
    // And only the next one.
    driver.draw(greeting)
    #expect(backend.flushCount == 2)
  }

  // MARK: Resizing

  @Test func resizeQueuesAResizeEventAndChangesTheSize() {
    let backend = TestBackend(width: 10, height: 4)
    backend.resize(width: 20, height: 6)
    #expect(backend.size == (20, 6))
    #expect(backend.pendingEvents == [.resize(width: 20, height: 6)])
    #expect(backend.nextEvent(timeoutMilliseconds: 0) == .resize(width: 20, height: 6))
    #expect(backend.nextEvent(timeoutMilliseconds: 0) == nil)
  }

  @Test func drawAfterAResizeSendsEveryCellAtTheNewSize() {
    let backend = TestBackend(width: 6, height: 3)
    let driver = FrameDriver(backend: backend)
    driver.draw(greeting)
    backend.resize(width: 4, height: 2)
    driver.draw(greeting)
    #expect(backend.flushCount == 2)
    #expect(backend.lastChangeCount == 8)
    #expect(backend.screen.text == "hell\n 漢 ")
    #expect(driver.lastFrame?.width == 4)
  }

  // MARK: Scripted input

  @Test func nextEventReturnsScriptedEventsInOrderThenNil() {
    let backend = TestBackend(width: 10, height: 4)
    let script: [InputEvent] = [
      .key(.character("j")), .key(.control("d")), .mouse(.click(x: 3, y: 2)),
      .mouse(.wheelDown(x: 0, y: 0)), .key(.enter),
    ]
    backend.pendingEvents = script
    var received: [InputEvent] = []
    while let event = backend.nextEvent(timeoutMilliseconds: 10) { received.append(event) }
    #expect(received == script)
    #expect(backend.nextEvent(timeoutMilliseconds: 10) == nil)
    #expect(backend.pendingEvents.isEmpty)
  }

  @Test func resizeEventQueuesAfterScriptedEvents() {
    let backend = TestBackend(width: 10, height: 4)
    backend.pendingEvents = [.key(.up)]
    backend.resize(width: 30, height: 9)
    #expect(backend.nextEvent(timeoutMilliseconds: 0) == .key(.up))
    #expect(backend.nextEvent(timeoutMilliseconds: 0) == .resize(width: 30, height: 9))
    #expect(backend.nextEvent(timeoutMilliseconds: 0) == nil)
  }

  @Test func noScriptMeansNoEvents() {
    let backend = TestBackend(width: 1, height: 1, colorCount: 8)
    #expect(backend.colorCount == 8)
    #expect(backend.nextEvent(timeoutMilliseconds: 0) == nil)
  }

  // MARK: TestBackend

  @Test func testBackendIgnoresChangesOutsideItsScreen() {
    let backend = TestBackend(width: 2, height: 1)
    backend.draw([
      CellChange(x: 1, y: 0, cell: Cell(symbol: "a")),
      CellChange(x: 2, y: 0, cell: Cell(symbol: "b")),
      CellChange(x: 0, y: 1, cell: Cell(symbol: "c")),
    ])
    backend.flush()
    #expect(backend.screen.text == " a")
    #expect(backend.lastChangeCount == 3)
    #expect(backend.flushCount == 1)
  }

  @Test func flushCountsChangesSinceTheLastFlush() {
    let backend = TestBackend(width: 3, height: 1)
    backend.draw([CellChange(x: 0, y: 0, cell: Cell(symbol: "a"))])
    backend.draw([
      CellChange(x: 1, y: 0, cell: Cell(symbol: "b")),
      CellChange(x: 2, y: 0, cell: Cell(symbol: "c")),
    ])
    backend.flush()
    #expect(backend.lastChangeCount == 3)
    backend.flush()
    #expect(backend.lastChangeCount == 0)
    #expect(backend.flushCount == 2)
  }

  // MARK: Key labels

  @Test(
    arguments: [
      (Key.character("q"), "q"),
      (.character(" "), "Space"),
      (.character("/"), "/"),
      (.character("é"), "é"),
      (.control("d"), "Ctrl-d"),
      (.enter, "Enter"),
      (.escape, "Esc"),
      (.tab, "Tab"),
      (.backTab, "Shift-Tab"),
      (.backspace, "Backspace"),
      (.up, "↑"),
      (.down, "↓"),
      (.left, "←"),
      (.right, "→"),
      (.home, "Home"),
      (.end, "End"),
      (.pageUp, "PgUp"),
      (.pageDown, "PgDn"),
    ])
  func keyLabelIsHowTheHelpScreenWritesIt(key: Key, label: String) {
    #expect(key.label == label)
  }

  @Test func everyKeyLabelIsNonEmptyAndDistinct() {
    let keys: [Key] = [
      .enter, .escape, .tab, .backTab, .backspace, .up, .down, .left, .right, .home, .end, .pageUp,
      .pageDown, .character("a"), .character(" "), .control("a"),
    ]
    let labels = keys.map(\.label)
    #expect(labels.allSatisfy { !$0.isEmpty })
    #expect(Set(labels).count == labels.count)
  }
}
