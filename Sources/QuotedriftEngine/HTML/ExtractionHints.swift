/// The words in class names, ids and roles that tell page chrome from article text.
enum ExtractionHints {
  /// Elements that are never article text, whatever they hold: those whose text the tree does
  /// not keep, and the page's furniture.
  static let chromeTags: Set<String> = PageTree.textlessElements.union([
    "button", "input", "nav", "aside", "footer", "header", "head", "title", "meta", "link",
    "dialog", "menu", "video", "audio", "map", "label", "fieldset", "datalist", "output",
    "progress",
  ])

  /// Roles of page chrome.
  static let chromeRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search",
    "menu", "menubar", "toolbar", "tablist",
  ]

  /// Class and id words of page chrome.
  static let chromeWords: Set<String> = [
    "comment", "comments", "commentlist", "disqus", "respond", "reply", "replies", "share",
    "sharing", "shares", "sharebar", "social", "socials", "related", "relatedposts", "newsletter",
    "newsletters", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr",
    "banner", "promo", "promotion", "advert", "advertisement", "advertising", "ad", "ads", "adslot",
    "adunit", "dfp", "sponsor", "sponsored", "sidebar", "breadcrumb", "breadcrumbs", "menu", "nav",
    "navbar", "navigation", "popup", "modal", "overlay", "outbrain", "taboola", "recommended",
    "recommendations", "recirc", "trending", "popular", "mostread", "tags", "tag", "taglist",
    "pagination", "pager", "footer", "masthead", "toolbar", "widget", "widgets", "byline",
    "author", "bio", "meta", "print", "email", "skip", "login", "search", "hidden", "sronly",
    "screenreader", "visuallyhidden", "credit", "credits", "readmore", "more", "next", "prev",
    "previous", "rating", "tools", "utility", "utilities", "follow", "paywall", "teaser",
    "teasers", "carousel", "slider", "ticker", "alert", "notice", "jumplink", "toc", "recent",
    "excerpt",
  ]

  /// Class and id words of article text.
  static let bodyWords: Set<String> = [
    "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text",
    "blog", "column", "prose", "richtext", "page",
  ]

  /// Whole class names (or ids) that name an article body outright.
  static let bodyNames: Set<String> = [
    "articlebody", "article-body", "article_body", "article__body", "article-content",
    "articlecontent", "article__content", "article-text", "articletext", "story-body",
    "storybody", "story-content", "story__body", "entry-content", "entrycontent", "post-content",
    "postcontent", "post-body", "postbody", "post-entry", "td-post-content", "c-entry-content",
    "content-body", "body-text", "bodytext", "article-body-text", "news-content", "newscontent",
    "main-text", "single-content", "the-content", "field-body", "rich-text", "caas-body",
  ]

  /// The words of a class name or id: split at punctuation and lower-to-upper case changes,
  /// lower-cased; also the whole name without punctuation ("sr-only" gives "sr", "only", "sronly").
  static func words(of name: String) -> [String] {
    var words: [String] = []
    var current = ""
    var previousLower = false
    for character in name {
      if character.isLetter || character.isNumber {
        if character.isUppercase && previousLower && !current.isEmpty {
          words.append(current.lowercased())
          current = ""
        }
        current.append(character)
        previousLower = character.isLowercase
      } else {
        if !current.isEmpty { words.append(current.lowercased()) }
        current = ""
        previousLower = false
      }
    }
    if !current.isEmpty { words.append(current.lowercased()) }
    let joined = words.joined()
    if words.count > 1 { words.append(joined) }
    return words
  }
}

/// What one element's class and id say of it, worked out once per element.
struct NameHints: Equatable {
  /// Its class names a part of the page chrome ("share-bar", "related-links").
  var chromeClass = false
  var chromeID = false
  /// Its class names article text ("content", "story").
  var bodyClass = false
  var bodyID = false
  /// Its class or id names an article body outright ("entry-content", "story-body").
  var bodyNamedClass = false
  var bodyNamedID = false
  /// It is marked `itemprop=articleBody`.
  var articleBodyItem = false
  /// It holds a caption ("wp-caption-text", "caption").
  var caption = false

  init() {}

  /// Named an article body outright, by class, id or item property.
  var namedBody: Bool { bodyNamedClass || bodyNamedID || articleBodyItem }

  init(_ node: PageTree.Node) {
    guard !node.isText else { return }
    articleBodyItem = node.attributes["itemprop"]?.lowercased() == "articlebody"
    for attribute in ["class", "id"] {
      guard let value = node.attributes[attribute], !value.isEmpty else { continue }
      let names = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        .map(String.init)
      let named = names.contains { ExtractionHints.bodyNames.contains($0.lowercased()) }
      let words = names.flatMap(ExtractionHints.words(of:))
      let chrome = words.contains(where: ExtractionHints.chromeWords.contains)
      let body = words.contains(where: ExtractionHints.bodyWords.contains)
      if attribute == "class" {
        (chromeClass, bodyClass, bodyNamedClass) = (chrome, body, named)
      } else {
        (chromeID, bodyID, bodyNamedID) = (chrome, body, named)
      }
      // A block that names itself a caption; a caption word on an inline element would mark the
      // whole paragraph around it.
      if words.contains("caption") && ScoredPage.blockTags.contains(node.tag) { caption = true }
    }
    if node.tag == "figcaption" { caption = true }
  }
}
