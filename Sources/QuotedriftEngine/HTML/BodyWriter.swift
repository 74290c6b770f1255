/// Writes the text of the chosen containers as blocks: one block per paragraph, heading, list
/// item, block quote or caption, white space folded, blocks separated by a blank line. Blocks
/// that are mostly links (related-link lists, "Read more: …") and the page's own title are left
/// out; captions are kept and their byte ranges noted.
struct BodyWriter {
  let page: ScoredPage
  let title: String?

  /// One block as it is gathered.
  private struct Block {
    var text = ""
    var letters = 0
    var linkLetters = 0
    var tag = "p"
    var isCaption = false
  }

  private var blocks: [Block] = []
  private var current = Block()

  init(page: ScoredPage, title: String?) {
    self.page = page
    self.title = title
  }

  /// Adds the text under `index`.
  mutating func write(_ index: Int) {
    // Depth-first without recursion; an entry closes its element's block on the way out.
    var stack: [(node: Int, leaving: Bool)] = [(index, false)]
    var linkDepth = 0
    var captionDepth = 0
    let tree = page.tree
    while let (node, leaving) = stack.popLast() {
      let element = tree.nodes[node]
      if leaving {
        if element.tag == "a" { linkDepth -= 1 }
        if page.hints[node].caption { captionDepth -= 1 }
        if ScoredPage.blockTags.contains(element.tag) { closeBlock() }
        continue
      }
      guard !page.removed[node] else { continue }
      if element.isText {
        append(element.text, inLink: linkDepth > 0, inCaption: captionDepth > 0)
        continue
      }
      if element.tag == "br" {
        lineBreak()
        continue
      }
      if ScoredPage.blockTags.contains(element.tag) {
        closeBlock()
        current.tag = element.tag
      }
      if element.tag == "a" { linkDepth += 1 }
      if page.hints[node].caption { captionDepth += 1 }
      stack.append((node, true))
      for child in element.children.reversed() { stack.append((child, false)) }
    }
    closeBlock()
  }

  private mutating func append(_ text: String, inLink: Bool, inCaption: Bool) {
    for scalar in text.unicodeScalars {
      if scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == "\u{0C}"
        || (scalar.value >= 0x80 && scalar != "\u{00A0}" && scalar.properties.isWhitespace)
      {
        if !current.text.isEmpty && current.text.last != " " && current.text.last != "\n" {
          current.text.append(" ")
        }
        continue
      }
      current.text.unicodeScalars.append(scalar)
      if ScalarClasses.isWordScalar(scalar) {
        current.letters += 1
        if inLink { current.linkLetters += 1 }
      }
    }
    if inCaption { current.isCaption = true }
  }

  /// A `<br>`: the block goes on, on a new line.
  private mutating func lineBreak() {
    while current.text.last == " " { current.text.removeLast() }
    if !current.text.isEmpty && current.text.last != "\n" { current.text.append("\n") }
  }

  private mutating func closeBlock() {
    var block = current
    current = Block()
    while block.text.last == " " || block.text.last == "\n" { block.text.removeLast() }
    guard block.letters > 0, keeps(block) else { return }
    blocks.append(block)
  }

  /// Whether a block is article text rather than a link list, a boilerplate line or the title.
  private func keeps(_ block: Block) -> Bool {
    let density = Double(block.linkLetters) / Double(block.letters)
    if density > 0.5 && block.letters < 400 { return false }
    if ["h1", "h2"].contains(block.tag), let title, folded(block.text) == folded(title) {
      return false
    }
    // A short line that opens like page furniture, and quotes no one ("Sign up was slow," she
    // said is text).
    if block.letters < 60, block.text.split(separator: " ").count <= 8,
      !block.text.contains(where: { "\"“”«»".contains($0) })
    {
      let lower = block.text.lowercased()
      if Self.boilerplateLines.contains(where: { lower.hasPrefix($0) }) { return false }
    }
    return true
  }

  /// Openings of short lines that are page furniture, not text.
  static let boilerplateLines = [
    "advertisement", "share this", "share on", "read more", "related:", "related stories",
    "sign up", "subscribe", "click here", "follow us", "copyright", "all rights reserved",
    "image:", "photo:", "©", "skip to", "loading", "tags:", "filed under", "you may also like",
    "recommended", "more from", "continue reading", "story continues", "listen to this",
    "post a comment", "you may like", "comments", "0 comments",
  ]

  private func folded(_ text: String) -> String {
    String(
      text.lowercased().unicodeScalars.filter {
        ScalarClasses.isWordScalar($0)
      })
  }

  /// The blocks as one text, and the captions' byte ranges in it.
  func finish() -> ArticleExtractor.Body {
    var text = ""
    var captions: [Range<Int>] = []
    var length = 0
    for block in blocks {
      if !text.isEmpty {
        text += "\n\n"
        length += 2
      }
      let size = block.text.utf8.count
      if block.isCaption { captions.append(length..<(length + size)) }
      text += block.text
      length += size
    }
    return ArticleExtractor.Body(text: text, captions: captions)
  }
}
