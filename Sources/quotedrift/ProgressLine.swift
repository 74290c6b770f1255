import Foundation
import QuotedriftEngine

#if canImport(Glibc)
  import Glibc
#endif

/// One line on standard error that says how far a long analysis has got (files read, sentence
/// pairs matched, time left), rewritten in place at most ten times a second and erased at the
/// end. Only on a terminal: nothing is written when standard error is a file or a pipe.
final class ProgressLine: @unchecked Sendable {
  private let started = Date()
  private var stageStarted = Date()
  private var lastDrawn = Date.distantPast
  private var lastStep: AnalysisProgress.Step?
  private var drawn = false

  /// A progress line when standard error is a terminal, else nil.
  static func onTerminal() -> ProgressLine? {
    isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil
  }

  /// The engine's progress, drawn on this line.
  var progress: AnalysisProgress {
    AnalysisProgress { [self] step in self.show(step) }
  }

  private func show(_ step: AnalysisProgress.Step) {
    let now = Date()
    if !Self.sameStage(step, lastStep) { stageStarted = now }
    lastStep = step
    guard now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
    lastDrawn = now
    StandardStreams.error("\r\u{1B}[K" + Self.text(of: step, since: stageStarted, now: now))
    drawn = true
  }

  /// Erases the line.
  func clear() {
    if drawn { StandardStreams.error("\r\u{1B}[K") }
    drawn = false
  }

  /// "reading files: 1,200 of 20,000, about 4 s left".
  static func text(of step: AnalysisProgress.Step, since start: Date, now: Date) -> String {
    let (label, done, total) =
      switch step {
      case .reading(let done, let total): ("reading files", done, total)
      case .matching(let done, let total): ("matching sentence pairs", done, total)
      }
    var text = "quotedrift: \(label): \(grouped(done)) of \(grouped(total))"
    let elapsed = now.timeIntervalSince(start)
    if done > 0, done < total, elapsed >= 1 {
      let left = elapsed * Double(total - done) / Double(done)
      text += ", about \(Int(left.rounded(.up))) s left"
    }
    return text
  }

  private static func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return text
  }

  private static func sameStage(_ a: AnalysisProgress.Step, _ b: AnalysisProgress.Step?) -> Bool {
    switch (a, b) {
    case (.reading, .reading?), (.matching, .matching?): true
    default: false
    }
  }
}
