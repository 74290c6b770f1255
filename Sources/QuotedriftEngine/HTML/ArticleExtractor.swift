/// Finds a web page's article body, the way Readability.js and trafilatura do: chrome is cut
/// away first (scripts, navigation, headers and footers, asides, forms, hidden elements, and
/// anything whose class, id or role names comments, sharing, related links, newsletters, cookie
/// banners or advertising), then paragraphs are scored by their text (length and commas) and that
/// score is passed to their parents and grandparents, damped by link density and nudged by class
/// and id hints; the best-scoring container, with the siblings that score near it, is the body.
/// Its headings, paragraphs, list items and block quotes are kept with their paragraph breaks;
/// link lists and boilerplate lines are left out; captions are kept and marked.
enum ArticleExtractor {
  /// The article body as text, and where its captions are.
  struct Body: Equatable {
    /// Blocks separated by blank lines, white space folded, in UTF-8.
    var text: String
    /// Byte ranges of captions in `text`.
    var captions: [Range<Int>]
  }

  /// Bodies shorter than this many bytes are looked for again without class and id hints.
  static let shortBody = 250

  static func extract(from tree: PageTree, title: String?) -> Body {
    let hints = tree.nodes.map(NameHints.init)
    var page = ScoredPage(tree: tree, hints: hints)
    page.removeChrome(byHints: true)
    var body = page.body(title: title)
    if body.text.utf8.count < Self.shortBody {
      var lenient = ScoredPage(tree: tree, hints: hints)
      lenient.removeChrome(byHints: false)
      let second = lenient.body(title: title)
      // Only a real article's worth of text, not a cookie notice that hints had cut away.
      if second.text.utf8.count >= Self.shortBody
        && second.text.utf8.count > body.text.utf8.count * 2
      {
        body = second
      }
    }
    return body
  }
}
