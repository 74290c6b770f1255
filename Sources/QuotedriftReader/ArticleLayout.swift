import Foundation
import QuotedriftEngine
import QuotedriftTerminal

/// An article wrapped to a column width for reading: its paragraphs as lines of styled spans,
/// passages tinted in their statement's colour and drifted words styled by drift class, with the
/// line each statement's passage starts on and the statement (if any) each line shows.
public struct ArticleLayout: Sendable {
  public var lines: [[StyledSpan]]
  /// For each line, the statement whose passage it shows, if any.
  public var lineStatements: [Int?]
  /// The line each statement carried by the article starts on.
  public var statementLines: [Int: Int]

  /// Lays `article` out at `width` columns.
  public init(article: Article, articleIndex: Int, index: ReaderIndex?, width: Int, theme: Theme) {
    let words = index?.passageWords[articleIndex] ?? [:]
    var spans: [StyledSpan] = []
    var spanStatements: [Int?] = []
    var statementStartSpans: [Int: Int] = [:]
    func add(_ text: String, _ style: Style, _ statement: Int?) {
      spans.append(StyledSpan(text, style: style))
      spanStatements.append(statement)
    }
    var previousParagraph: Int?
    var cursor = article.bodyStart
    for sentence in article.sentences {
      if let previousParagraph, previousParagraph != sentence.paragraph {
        add("\n\n", .plain, nil)
        cursor = article.sentences.first { $0.paragraph == sentence.paragraph }!.start
      }
      previousParagraph = sentence.paragraph
      if cursor < sentence.start {
        add(
          article.text(cursor..<sentence.start).replacingOccurrences(of: "\n", with: " "), .plain,
          nil)
        cursor = sentence.start
      }
      for wordIndex in sentence.words {
        let word = article.words[wordIndex]
        let info = words[wordIndex]
        let previousInfo = wordIndex > 0 ? words[wordIndex - 1] : nil
        let gapStatement =
          info != nil && previousInfo?.statement == info?.statement ? info?.statement : nil
        if cursor < word.start {
          let gap = article.text(cursor..<word.start).replacingOccurrences(of: "\n", with: " ")
          add(gap, gapStatement.map { theme.tint($0) } ?? .plain, gapStatement)
        }
        if let info {
          if statementStartSpans[info.statement] == nil {
            statementStartSpans[info.statement] = spans.count
          }
          add(
            article.text(ofWord: wordIndex),
            theme.tint(info.statement).patched(with: theme.drift(info.kind)), info.statement)
        } else {
          add(article.text(ofWord: wordIndex), .plain, nil)
        }
        cursor = word.end
      }
      if cursor < sentence.end {
        let statement = sentence.words.last.flatMap { words[$0]?.statement }
        add(
          article.text(cursor..<sentence.end), statement.map { theme.tint($0) } ?? .plain, statement
        )
        cursor = sentence.end
      }
    }
    let wrapped = TextWrapper.wrapKeepingPositions(spans, width: max(1, width))
    lines = wrapped.lines
    statementLines = statementStartSpans.mapValues { wrapped.startLines[$0] }
    var lineStatements = [Int?](repeating: nil, count: wrapped.lines.count)
    for (span, statement) in spanStatements.enumerated() {
      if let statement, wrapped.startLines[span] < lineStatements.count {
        lineStatements[wrapped.startLines[span]] = statement
      }
    }
    self.lineStatements = lineStatements
  }

  /// The plain text of line `index`.
  public func text(ofLine index: Int) -> String { lines[index].map(\.text).joined() }
}

/// Layouts already computed, by article, width and scheme: laying out is the costly part of a
/// frame, and the same columns are drawn frame after frame.
public final class LayoutCache: @unchecked Sendable {
  struct Key: Hashable {
    var article: Int
    var width: Int
    var scheme: String
  }

  private var layouts: [Key: ArticleLayout] = [:]
  private let lock = NSLock()

  public init() {}

  /// The layout of `article` at `width`, computed on first use.
  public func layout(
    article: Int, of articles: [Article], width: Int, index: ReaderIndex?, theme: Theme
  ) -> ArticleLayout {
    let key = Key(
      article: article, width: width, scheme: theme.scheme.rawValue + (index == nil ? "-" : "+"))
    lock.lock()
    if let layout = layouts[key] {
      lock.unlock()
      return layout
    }
    lock.unlock()
    let layout = ArticleLayout(
      article: articles[article], articleIndex: article, index: index, width: width, theme: theme)
    lock.lock()
    if layouts.count > 64 { layouts.removeAll() }
    layouts[key] = layout
    lock.unlock()
    return layout
  }
}
