import Foundation
import QuotedriftEngine
import QuotedriftReader
import QuotedriftTerminal

/// Times the reader in process, on the in-memory backend: the first frame on a folder (opening
/// the lexicon, loading the articles, drawing the article list, as a person sees it before
/// matching has finished), and frames of side by side.
enum ReaderBench {
  struct FirstFrame {
    var milliseconds: Double
  }

  struct FrameTimes {
    var coldMilliseconds: Double
    var medianMilliseconds: Double
    var columns: [String]
  }

  static func milliseconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
  }

  /// Median of `runs` first frames on `folder` at 120x40.
  static func firstFrame(folder: String, runs: Int = 9) throws -> FirstFrame {
    var times: [Double] = []
    for _ in 0..<runs {
      let start = ContinuousClock.now
      let lexicon = try Lexicon()
      let backend = TestBackend(width: 120, height: 40)
      let state = ReaderState(width: 120, height: 40, theme: Theme(colorCount: 256))
      let session = ReaderSession(backend: backend, state: state, mouse: true)
      session.startLoading(paths: [folder], lexicon: lexicon, settings: MatchingSettings())
      while session.state.articles.isEmpty && session.state.failure == nil {
        session.draw()
        Thread.sleep(forTimeInterval: 0.0005)
        session.pollBackgroundWork()
      }
      session.draw()
      times.append(milliseconds(since: start))
      session.waitForLoading()
    }
    return FirstFrame(milliseconds: median(times))
  }

  /// The generated corpus to draw side by side from: the largest of `sizes` up to 4,000
  /// articles (the reader matches it in this process), else the smallest.
  static func sideBySideCorpus(among sizes: [Int]) -> Int? {
    sizes.filter { $0 <= 4000 }.max() ?? sizes.min()
  }

  /// Frames of side by side at `width`x`height` on the two articles of `folder` that share the
  /// most statements, aligned on a shared passage: the first (laying the columns out) and the
  /// median of 200 more, each drawn from scratch into a new frame and diffed.
  static func sideBySide(folder: String, width: Int, height: Int) throws -> FrameTimes {
    let loaded = try ArticleLoader.load(paths: [folder])
    let index = ReaderIndex(analysis: Analysis(articles: loaded.articles, lexicon: try Lexicon()))
    let first = index.statementsByArticle.indices.max {
      index.statementsByArticle[$0].count < index.statementsByArticle[$1].count
    }!
    let second = index.bestPartner(of: first) ?? (first + 1) % loaded.articles.count
    var state = ReaderState(width: width, height: height, theme: Theme(colorCount: 256))
    state.articles = loaded.articles
    state.index = index
    state.progress = nil
    state.openComparison(of: [first, second])
    (state, _) = ReaderUpdate.update(state, .nextShared)
    var previous = ScreenBuffer(width: width, height: height)
    func frame() -> Double {
      let start = ContinuousClock.now
      var buffer = ScreenBuffer(width: width, height: height)
      ReaderView.render(state, into: &buffer)
      _ = buffer.changes(since: previous)
      previous = buffer
      return milliseconds(since: start)
    }
    let cold = frame()
    let warm = (0..<200).map { _ in frame() }.sorted()
    return FrameTimes(
      coldMilliseconds: cold, medianMilliseconds: warm[warm.count / 2],
      columns: [loaded.articles[first].path, loaded.articles[second].path])
  }
}
