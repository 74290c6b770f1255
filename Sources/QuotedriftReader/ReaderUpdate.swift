import QuotedriftEngine
import QuotedriftTerminal

/// The reader's one state transition: `update(state, action)` returns the next state and what the
/// loop must do. No side effects. The app keeps quitting, going back, loading, resizing and the
/// export effect; every other action goes to the current screen's own `update`.
public enum ReaderUpdate {
  public static func update(_ state: ReaderState, _ action: ReaderAction) -> (
    ReaderState, ReaderEffect
  ) {
    var state = state
    switch action {
    case .progress, .analysisFinished: break
    default: state.message = nil
    }
    switch action {
    case .quit:
      return (state, .quit)
    case .back:
      if let last = state.stack.indices.last, !state.stack[last].search.matches.isEmpty {
        state.stack[last].search = SearchState()
        return (state, .none)
      }
      if state.stack.count <= 1 { return (state, .quit) }
      state.stack.removeLast()
    case .resize(let width, let height):
      state.width = width
      state.height = height
      refitAll(&state)
    case .articlesLoaded(let articles, let warnings):
      state.articles = articles
      state.warnings = warnings
      state.progress = "Finding statements…"
      refitAll(&state)
    case .analysisFinished(let index):
      state.index = index
      state.progress = nil
      refitAll(&state)
    case .loadFailed(let reason):
      state.failure = reason
      state.progress = nil
    case .progress(let text):
      state.progress = text
    default:
      return route(action, in: state)
    }
    return (state, .none)
  }

  /// Gives `action` to the current screen and carries out what it asks.
  private static func route(_ action: ReaderAction, in state: ReaderState) -> (
    ReaderState, ReaderEffect
  ) {
    var state = state
    var context = state.context
    guard var screen = state.stack.popLast() else { return (state, .none) }
    let outcome = screen.update(action, &context)
    state.stack.append(screen)
    state.message = context.message
    switch outcome {
    case .stay:
      break
    case .open(var opened):
      var context = state.context
      opened.refit(&context)
      state.stack.append(opened)
      state.message = context.message
    case .back:
      if state.stack.count <= 1 { return (state, .quit) }
      state.stack.removeLast()
    case .backToFirst:
      state.stack.removeLast(state.stack.count - 1)
    case .effect(let effect):
      return (state, effect)
    }
    return (state, .none)
  }

  /// Every open screen fitted to the new articles, statements or size.
  private static func refitAll(_ state: inout ReaderState) {
    var context = state.context
    for screen in state.stack.indices { state.stack[screen].refit(&context) }
    state.message = context.message
  }
}
