/// One pass of ``ArticleExtractor`` over a page: which nodes are chrome, the scores of the
/// containers, and the body text of the best one.
struct ScoredPage {
  let tree: PageTree
  /// What each node's class and id say.
  let hints: [NameHints]
  /// Whether each node is cut away, with its descendants.
  private(set) var removed: [Bool]
  /// Letters and digits of text under each node that is not cut away.
  private(set) var textLength: [Int]
  /// The part of `textLength` inside links.
  private(set) var linkLength: [Int]
  /// The part of `textLength` inside paragraphs.
  private(set) var paragraphLength: [Int]
  /// Commas (and their CJK and Arabic kin) in the text under each node that is not cut away.
  private(set) var commas: [Int]

  /// Elements that start a block of their own in the text.
  static let blockTags: Set<String> = [
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
    "center", "body", "html", "caption", "details", "summary",
  ]

  /// Elements whose text is scored as a paragraph.
  static let paragraphTags: Set<String> = ["p", "pre", "td", "blockquote"]

  init(tree: PageTree, hints: [NameHints]) {
    self.tree = tree
    self.hints = hints
    let count = tree.nodes.count
    removed = [Bool](repeating: false, count: count)
    textLength = [Int](repeating: 0, count: count)
    linkLength = [Int](repeating: 0, count: count)
    paragraphLength = [Int](repeating: 0, count: count)
    commas = [Int](repeating: 0, count: count)
  }

  // MARK: Cutting chrome away

  /// Marks chrome as removed: by tag, role and hidden state always; by class and id words when
  /// `byHints`. Nothing that holds most of the page's paragraph text is removed by its hints.
  mutating func removeChrome(byHints: Bool) {
    measure()
    let pageParagraphs = max(paragraphLength[0], 1)
    var cut = removed
    for index in 1..<tree.nodes.count {
      let node = tree.nodes[index]
      if cut[node.parent] {
        cut[index] = true
        continue
      }
      guard !node.isText else { continue }
      let holdsMost = paragraphLength[index] * 2 > pageParagraphs
      if ExtractionHints.chromeTags.contains(node.tag) {
        cut[index] = !(holdsMost && ["form", "header", "aside", "footer"].contains(node.tag))
      } else if isHidden(node) || isChromeRole(node) {
        cut[index] = !holdsMost
      } else if byHints && hasChromeHints(index) {
        cut[index] = !holdsMost
      }
    }
    removed = cut
    measure()
  }

  private func isHidden(_ node: PageTree.Node) -> Bool {
    if node.attributes["hidden"] != nil { return true }
    if node.attributes["aria-hidden"]?.lowercased() == "true" { return true }
    guard let style = node.attributes["style"]?.lowercased().filter({ $0 != " " }) else {
      return false
    }
    return style.contains("display:none") || style.contains("visibility:hidden")
  }

  private func isChromeRole(_ node: PageTree.Node) -> Bool {
    node.attributes["role"].map { ExtractionHints.chromeRoles.contains($0.lowercased()) } ?? false
  }

  private func hasChromeHints(_ index: Int) -> Bool {
    let node = tree.nodes[index]
    if ["body", "html", "article", "main"].contains(node.tag) || hints[index].namedBody {
      return false
    }
    return hints[index].chromeClass || hints[index].chromeID
  }

  /// Fills the text, link and paragraph lengths and the commas from the leaves up.
  private mutating func measure() {
    for index in textLength.indices {
      textLength[index] = 0
      linkLength[index] = 0
      paragraphLength[index] = 0
      commas[index] = 0
    }
    for index in stride(from: tree.nodes.count - 1, through: 1, by: -1) where !removed[index] {
      let node = tree.nodes[index]
      if node.isText {
        for scalar in node.text.unicodeScalars {
          if ScalarClasses.isWordScalar(scalar) {
            textLength[index] += 1
          } else if scalar == "," || scalar == "，" || scalar == "、" || scalar == "،" {
            commas[index] += 1
          }
        }
      }
      if node.tag == "a" { linkLength[index] = textLength[index] }
      if Self.paragraphTags.contains(node.tag) { paragraphLength[index] = textLength[index] }
      let parent = node.parent
      textLength[parent] += textLength[index]
      linkLength[parent] += linkLength[index]
      paragraphLength[parent] += paragraphLength[index]
      commas[parent] += commas[index]
    }
  }

  func linkDensity(_ index: Int) -> Double {
    textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
  }

  // MARK: Scoring

  /// A tag's and its names' head start, as in Readability.
  private func baseScore(_ index: Int) -> Double {
    let node = tree.nodes[index]
    var score: Double
    switch node.tag {
    case "div", "article", "main", "section": score = 5
    case "pre", "td", "blockquote": score = 3
    case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
    case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
    default: score = 0
    }
    let hint = hints[index]
    if node.tag == "article" || hint.articleBodyItem { score += 25 }
    // Class and id each weigh once, as in Readability.
    for (named, chrome, body) in [
      (hint.bodyNamedClass, hint.chromeClass, hint.bodyClass),
      (hint.bodyNamedID, hint.chromeID, hint.bodyID),
    ] {
      if named {
        score += 25
      } else {
        score += (chrome ? -25 : 0) + (body ? 25 : 0)
      }
    }
    return score
  }

  /// Whether a `div`-like element holds only inline content and so reads as a paragraph.
  private func readsAsParagraph(_ index: Int) -> Bool {
    let node = tree.nodes[index]
    if Self.paragraphTags.contains(node.tag) { return true }
    guard ["div", "section", "span", "article", "font", "center"].contains(node.tag) else {
      return false
    }
    return node.children.allSatisfy { child in
      removed[child] || tree.nodes[child].isText || !Self.blockTags.contains(tree.nodes[child].tag)
    }
  }

  /// Scores of the containers of paragraphs, damped by their link density.
  func containerScores() -> [Int: Double] {
    var scores: [Int: Double] = [:]
    for index in 1..<tree.nodes.count where !removed[index] && !tree.nodes[index].isText {
      let letters: Int
      let commaCount: Int
      var ancestor: Int
      if readsAsParagraph(index) {
        // A paragraph inside a paragraph-like element is scored by the outer one.
        guard textLength[index] >= 25, tree.nodes[tree.nodes[index].parent].tag != "p" else {
          continue
        }
        letters = textLength[index]
        commaCount = commas[index]
        ancestor = tree.nodes[index].parent
      } else if Self.blockTags.contains(tree.nodes[index].tag) {
        // Text loose among a block's blocks reads as a paragraph of that block.
        let loose = tree.nodes[index].children.filter { !removed[$0] && tree.nodes[$0].isText }
        letters = loose.reduce(0) { $0 + textLength[$1] }
        guard letters >= 25 else { continue }
        commaCount = loose.reduce(0) { $0 + commas[$1] }
        ancestor = index
      } else {
        continue
      }
      let score = 1 + Double(commaCount) + Double(min(letters / 100, 3))
      var level = 0
      while ancestor > 0 && level < 5 {
        if scores[ancestor] == nil { scores[ancestor] = baseScore(ancestor) }
        let share = level == 0 ? 1 : (level == 1 ? 0.5 : 1 / Double(level * 3))
        scores[ancestor]! += score * share
        ancestor = tree.nodes[ancestor].parent
        level += 1
      }
    }
    for (index, score) in scores { scores[index] = score * (1 - linkDensity(index)) }
    return scores
  }

  // MARK: The body

  /// The body text under the best container and the siblings that score near it.
  func body(title: String?) -> ArticleExtractor.Body {
    let scores = containerScores()
    guard
      var top = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
      )?.key
    else { return ArticleExtractor.Body(text: "", captions: []) }
    // A wrapper whose only content is the top container stands for it.
    while top > 0, tree.nodes[top].parent > 0,
      textLength[tree.nodes[top].parent] == textLength[top]
    {
      top = tree.nodes[top].parent
    }
    let topScore = scores[top] ?? 0
    var chosen: [Int] = []
    let parent = tree.nodes[top].parent
    if parent > 0 {
      let threshold = max(10, topScore * 0.2)
      for sibling in tree.nodes[parent].children where !removed[sibling] {
        if sibling == top {
          chosen.append(sibling)
          continue
        }
        guard !tree.nodes[sibling].isText else { continue }
        if let score = scores[sibling], score >= threshold {
          chosen.append(sibling)
        } else if tree.nodes[sibling].tag == "p" {
          let length = textLength[sibling]
          let density = linkDensity(sibling)
          if (length > 80 && density < 0.25)
            || (length > 0 && length <= 80 && density == 0 && tree.text(of: sibling).contains(". "))
          {
            chosen.append(sibling)
          }
        }
      }
    } else {
      chosen = [top]
    }
    var writer = BodyWriter(page: self, title: title)
    for node in chosen { writer.write(node) }
    return writer.finish()
  }
}
