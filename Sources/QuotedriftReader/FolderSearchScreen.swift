import QuotedriftEngine
import QuotedriftTerminal
import TerminalSafety

/// `/` on the articles list: the text of every article searched as the query is typed (whole
/// words; case, quotation marks, apostrophes and dashes folded), each hit listed with its
/// article, outlet, date and sentence, the words found marked; Enter reads the article at the
/// hit with the words marked.
struct FolderSearchScreen: ReaderScreen {
  var kind: ScreenKind { .folderSearch }
  var search = SearchState()
  var query = ""
  /// Keys go to the query while it is typed.
  var editing = true
  var hits: [SearchHit] = []
  var cursor = ListCursor()

  /// The most hits listed.
  static let limit = 2000

  static let bindings: [KeyBinding] =
    [
      KeyBinding("open", [.enter], .open, "read the article at the hit", hint: "open"),
      KeyBinding(
        "search", [.character("/")], .searchFolder, "type the query again", hint: "query"),
    ] + KeyBinding.scrolling()

  /// Rows the list of hits shows (below the query and the header).
  private func visible(_ context: ScreenContext) -> Int {
    max(1, context.geometry.content.height - 2)
  }

  func textInput(for key: Key) -> ReaderAction? {
    guard editing else { return nil }
    switch key {
    case .enter: return .searchSubmit
    case .escape: return .searchCancel
    case .backspace: return .searchBackspace
    case .character(let character): return .searchInput(character)
    default: return nil
    }
  }

  mutating func update(_ action: ReaderAction, _ context: inout ScreenContext) -> ScreenOutcome {
    if let distance = action.scrollDistance(context.geometry) {
      cursor.move(by: distance, count: max(1, hits.count), visible: visible(context))
      return .stay
    }
    switch action {
    case .searchInput(let character):
      query.append(character)
      run(context)
    case .searchBackspace:
      if !query.isEmpty { query.removeLast() }
      run(context)
    case .searchSubmit:
      editing = false
      context.message = hits.isEmpty ? "no article has “\(query)”" : nil
    case .searchCancel:
      return .back
    case .searchFolder:
      editing = true
    case .open:
      guard hits.indices.contains(cursor.selected) else { return .stay }
      let hit = hits[cursor.selected]
      return .open(SideBySideScreen(columns: [hit.article], highlight: hit.words))
    case .click(_, let y):
      let row = y - context.geometry.content.y - 2
      if row >= 0 {
        cursor.select(cursor.top + row, count: hits.count, visible: visible(context))
      }
    default:
      return updateShared(action, &context)
    }
    return .stay
  }

  /// The hits of the query as it stands.
  private mutating func run(_ context: ScreenContext) {
    hits =
      query.isEmpty
      ? [] : context.folderSearch.search(context.articles).hits(of: query, limit: Self.limit)
    cursor = ListCursor()
  }

  func position(_ context: ScreenContext) -> String? {
    hits.isEmpty ? nil : "hit \(cursor.selected + 1)/\(hits.count)"
  }

  func render(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
    let theme = context.theme
    let geometry = context.geometry
    let content = geometry.content
    var title = "Search every article"
    if !query.isEmpty {
      let articles = Set(hits.map(\.article)).count
      let more = hits.count == Self.limit ? "+" : ""
      title +=
        "  \(hits.count)\(more) hit\(hits.count == 1 ? "" : "s") in \(counted(articles, "article"))"
    }
    TextLine.putTitle(title, style: theme.title, into: &buffer, width: geometry.width)
    let prompt = "Find: " + TerminalSafeText.sanitize(query) + (editing ? "▏" : "")
    buffer.put(
      DisplayWidth.truncated(prompt, toWidth: content.width), x: 0, y: content.y,
      style: editing ? theme.statusKey : theme.subtle, limit: content.width)
    let articles = context.articles
    let hasOutlet = hits.contains { articles[$0.article].outlet != nil }
    let hasDate = hits.contains { articles[$0.article].date != nil }
    let idWidth = min(8, 2 + (hits.map { articles[$0.article].id.count }.max() ?? 2))
    let outletWidth = hasOutlet && content.width >= 60 ? 18 : 0
    let dateWidth = hasDate && content.width >= 50 ? 12 : 0
    let sentenceX = idWidth + outletWidth + dateWidth
    let sentenceWidth = max(8, content.width - sentenceX)
    var header = "ID".padding(toLength: idWidth, withPad: " ", startingAt: 0)
    if outletWidth > 0 {
      header += "OUTLET".padding(toLength: outletWidth, withPad: " ", startingAt: 0)
    }
    if dateWidth > 0 { header += "DATE".padding(toLength: dateWidth, withPad: " ", startingAt: 0) }
    header += "SENTENCE"
    buffer.put(header, x: 0, y: content.y + 1, style: theme.subtle, limit: content.width)
    for row in 0..<visible(context) {
      let position = cursor.top + row
      guard position < hits.count else { break }
      let hit = hits[position]
      let article = articles[hit.article]
      let y = content.y + 2 + row
      buffer.put(article.id, x: 0, y: y, style: theme.title, limit: idWidth - 1)
      if outletWidth > 0 {
        let outlet = TerminalSafeText.sanitize(article.outlet ?? "—")
        buffer.put(
          DisplayWidth.truncated(outlet, toWidth: outletWidth - 2), x: idWidth, y: y,
          style: theme.subtle, limit: outletWidth - 1)
      }
      if dateWidth > 0 {
        let date = ArticleColumns.Column.date.value(of: article)
        buffer.put(
          DisplayWidth.truncated(TerminalSafeText.sanitize(date), toWidth: dateWidth - 2),
          x: idWidth + outletWidth, y: y, style: theme.subtle, limit: dateWidth - 1)
      }
      buffer.put(
        Self.sentence(of: hit, in: article, width: sentenceWidth, theme: theme), x: sentenceX,
        y: y, limit: sentenceWidth)
      if position == cursor.selected {
        buffer.patchStyle(Rect(x: 0, y: y, width: content.width, height: 1), with: theme.selection)
      }
    }
  }

  /// The hit's sentence on one line, the words found marked, cut with `…` so they show.
  static func sentence(of hit: SearchHit, in article: Article, width: Int, theme: Theme)
    -> [StyledSpan]
  {
    func text(_ range: Range<Int>) -> String {
      let clamped = range.clamped(to: 0..<article.bytes.count)
      return TerminalSafeText.sanitize(article.text(clamped))
        .split(whereSeparator: \.isNewline).joined(separator: " ")
    }
    let start = min(hit.sentence.lowerBound, hit.bytes.lowerBound)
    let end = max(hit.sentence.upperBound, hit.bytes.upperBound)
    var before = text(start..<hit.bytes.lowerBound)
    let found = text(hit.bytes)
    let after = text(hit.bytes.upperBound..<end)
    // Text before the words found keeps at most a third of the room.
    let room = max(1, width / 3)
    if DisplayWidth.of(before) > room {
      var kept = ""
      for character in before.reversed() {
        if DisplayWidth.of(kept) + DisplayWidth.of(character) >= room - 1 { break }
        kept.insert(character, at: kept.startIndex)
      }
      before = "…" + kept
    }
    return TextLine.truncated(
      [StyledSpan(before), StyledSpan(found, style: theme.searchMatch), StyledSpan(after)],
      toWidth: width)
  }
}
