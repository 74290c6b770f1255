import Foundation
import QuotedriftCache
import QuotedriftEngine
import QuotedriftTerminal

/// Runs the reader on a backend: draws a frame, turns input into actions through the keymap,
/// and applies them with ``ReaderUpdate``. Loading and matching run on another thread and arrive
/// as actions, so a large folder opens at once and fills in.
public final class ReaderSession {
  private let driver: FrameDriver
  private let mouse: Bool
  private let inbox = ActionInbox()
  public private(set) var state: ReaderState

  public init(backend: TerminalBackend, state: ReaderState, mouse: Bool) {
    driver = FrameDriver(backend: backend)
    self.state = state
    self.mouse = mouse
  }

  /// Loads `paths` and finds their statements in the background (through `cache` when there is
  /// one: files unchanged since they were last read are unpacked, ``CachedLoading``), reporting
  /// by actions.
  public func startLoading(
    paths: [String], lexicon: Lexicon, settings: MatchingSettings, cache: AnalysisCache? = nil
  ) {
    let inbox = inbox
    Thread.detachNewThread {
      do throws(LoadError) {
        let loaded = try CachedLoading.load(paths: paths, cache: cache)
        inbox.post(
          .articlesLoaded(loaded.articles, warnings: loaded.diagnostics))
        // The load found each article's fingerprint: the key is made from them, not hashed again.
        let key = AnalysisKey(of: loaded, settings: settings, lexicon: lexicon)
        let analysis = CachedAnalysis.analyze(
          articles: loaded.articles, lexicon: lexicon, settings: settings, cache: cache, key: key
        ).analysis
        inbox.post(.analysisFinished(ReaderIndex(analysis: analysis)))
      } catch {
        inbox.post(.loadFailed(error.description))
      }
    }
  }

  /// Runs until the user quits or `shouldStop` says so (a termination signal).
  public func run(shouldStop: () -> Bool = { false }) {
    var needsFrame = true
    while !shouldStop() {
      if needsFrame { draw() }
      needsFrame = pollBackgroundWork()
      guard let event = driver.backend.nextEvent(timeoutMilliseconds: 50) else { continue }
      if handle(event) == .quit { return }
      needsFrame = true
    }
  }

  /// Applies the action an input event stands for, and carries out its effect.
  @discardableResult
  public func handle(_ event: InputEvent) -> ReaderEffect {
    if case .resize = event { driver.invalidate() }
    guard let action = action(for: event) else { return .none }
    let effect = apply(action)
    if case .export(let path, let bytes, let overwrite) = effect {
      export(bytes, to: path, overwrite: overwrite)
    }
    return effect
  }

  /// Writes an export: asks first when the file exists, creates its folder, writes atomically.
  private func export(_ bytes: [UInt8], to path: String, overwrite: Bool) {
    if !overwrite && FileManager.default.fileExists(atPath: path) {
      apply(.exportNeedsConfirmation)
      return
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try AtomicFileWriter.write(bytes, to: path)
      apply(.exportFinished(path: path, error: nil))
    } catch let failure as AtomicFileWriter.Failure {
      apply(.exportFinished(path: path, error: failure.description))
    } catch {
      apply(.exportFinished(path: path, error: "\(folder): cannot create the folder"))
    }
  }

  /// Applies what the background work has posted so far; true when it posted anything.
  @discardableResult
  public func pollBackgroundWork() -> Bool {
    let actions = inbox.take()
    for action in actions { apply(action) }
    return !actions.isEmpty
  }

  /// Waits for the background work to finish and applies what it posted (for tests and
  /// benchmarks).
  public func waitForLoading(timeoutSeconds: Double = 60) {
    let deadline = Date().addingTimeInterval(timeoutSeconds)
    while (state.progress != nil || state.articles.isEmpty) && state.failure == nil
      && Date() < deadline
    {
      for action in inbox.take() { apply(action) }
      Thread.sleep(forTimeInterval: 0.005)
    }
  }

  /// Applies one action; returns the effect.
  @discardableResult
  public func apply(_ action: ReaderAction) -> ReaderEffect {
    let (next, effect) = ReaderUpdate.update(state, action)
    state = next
    return effect
  }

  /// Draws the current state, sending the cells that changed.
  public func draw() { driver.draw { ReaderView.render(state, into: &$0) } }

  /// The action an input event stands for on the current screen.
  func action(for event: InputEvent) -> ReaderAction? {
    switch event {
    case .resize(let width, let height):
      return .resize(width: width, height: height)
    case .mouse(let mouseEvent):
      guard mouse else { return nil }
      switch mouseEvent {
      case .wheelUp(let x, let y): return .wheel(lines: -3, x: x, y: y)
      case .wheelDown(let x, let y): return .wheel(lines: 3, x: x, y: y)
      case .click(let x, let y): return .click(x: x, y: y)
      }
    case .key(let key):
      if state.failure != nil {
        return key == .character("q") || key == .character("Q") || key == .escape ? .quit : nil
      }
      if let action = state.stack.last?.textInput(for: key) { return action }
      return state.keymap.action(for: key, on: state.screen)
    }
  }
}

/// Actions posted by the background thread, taken by the loop.
final class ActionInbox: @unchecked Sendable {
  private var actions: [ReaderAction] = []
  private let lock = NSLock()

  func post(_ action: ReaderAction) {
    lock.lock()
    actions.append(action)
    lock.unlock()
  }

  func take() -> [ReaderAction] {
    lock.lock()
    defer { lock.unlock() }
    let taken = actions
    actions = []
    return taken
  }

}
