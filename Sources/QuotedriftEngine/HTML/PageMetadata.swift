import Foundation

/// A page's title, outlet, authors, dates and canonical URL, each from the most reliable source
/// present: JSON-LD (`NewsArticle` and its kin), then Open Graph and `article:*` meta, then Dublin
/// Core and plain `name=` meta, then `<time datetime>`, `rel=canonical` and `<title>`.
enum PageMetadata {
  /// JSON-LD types that describe an article.
  static let articleTypes: Set<String> = [
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "socialmediaposting",
    "liveblogposting", "techarticle", "scholarlyarticle", "report", "webpage", "review",
  ]

  static func read(_ tree: PageTree) -> ArticleMetadata {
    let linked = linkedData(in: tree)
    let meta = metaTags(in: tree)
    func first(_ keys: String...) -> String? {
      for key in keys { if let value = meta[key], !value.isEmpty { return value } }
      return nil
    }
    func keys(_ names: String...) -> [String?] { names.map { meta[$0] } }
    var metadata = ArticleMetadata()
    metadata.url =
      canonicalLink(in: tree) ?? linked.url ?? first("og:url", "twitter:url", "dc.identifier")
    let named =
      first("og:site_name", "application-name") ?? linked.publisher
      ?? first("dc.publisher", "publisher", "twitter:site").map {
        $0.hasPrefix("@") ? String($0.dropFirst()) : $0
      }
    metadata.outlet =
      named.flatMap {
        $0.hasPrefix("http") ? ArticleMetadata.host(of: $0) : MetadataText.cleaned($0)
      }
      ?? metadata.url.flatMap(ArticleMetadata.host(of:))
    metadata.title =
      (linked.headline ?? first("og:title", "twitter:title", "dc.title", "title", "headline")
      ?? documentTitle(in: tree, outlet: metadata.outlet)).flatMap(MetadataText.cleaned)
    let authors =
      linked.authors.isEmpty
      ? [
        first("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author")
      ]
      .compactMap { $0 }.filter { !$0.hasPrefix("http") } : linked.authors
    metadata.author = authors.compactMap(MetadataText.byline).joined(separator: ", ")
    if metadata.author?.isEmpty == true { metadata.author = nil }
    metadata.date =
      ([linked.published]
      + keys(
        "article:published_time", "article:published", "og:published_time", "datepublished",
        "dc.date.issued", "dc.date", "date", "pubdate", "publishdate", "publish-date",
        "parsely-pub-date", "sailthru.date", "article.published", "published_time",
        "sn-post-date", "cxenseparse:recs:publishtime", "dcterms.date", "dcterms.created")
      + [timeElement(in: tree)] + datedMeta(meta) + [datedText(in: tree), metadata.url])
      .lazy.compactMap { $0 }.compactMap(PageDate.normalised).first
    metadata.modified =
      ([linked.modified]
      + keys(
        "article:modified_time", "article:modified", "og:updated_time", "datemodified",
        "dc.date.modified", "last-modified", "modified_time", "dcterms.modified"))
      .lazy.compactMap { $0 }.compactMap(PageDate.normalised).first
    return metadata
  }

  /// What the page's JSON-LD says of the article.
  struct LinkedData {
    var headline: String?
    var published: String?
    var modified: String?
    var authors: [String] = []
    var publisher: String?
    var url: String?
  }

  static func linkedData(in tree: PageTree) -> LinkedData {
    var found = LinkedData()
    for script in tree.elements(named: "script") where PageTree.isJSONLD(tree.nodes[script]) {
      let source = tree.text(of: script).trimmingCharacters(in: .whitespacesAndNewlines)
      guard let data = source.data(using: .utf8),
        let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      else { continue }
      let objects = Self.objects(in: json)
      for object in objects where isArticle(object) {
        found.headline = found.headline ?? string(object["headline"]) ?? string(object["name"])
        found.published =
          found.published ?? string(object["datePublished"]) ?? string(object["dateCreated"])
        found.modified = found.modified ?? string(object["dateModified"])
        if found.authors.isEmpty { found.authors = names(object["author"] ?? object["creator"]) }
        found.publisher = found.publisher ?? names(object["publisher"]).first
        found.url =
          found.url ?? string(object["url"])
          ?? string((object["mainEntityOfPage"] as? [String: Any])?["@id"])
      }
      if found.publisher == nil {
        found.publisher = objects.first {
          typeNames($0).contains("newsmediaorganization")
        }
        .flatMap { string($0["name"]) }
      }
    }
    return found
  }

  /// Every JSON object in `json`, through arrays and `@graph`, outermost first; at most
  /// ``largestGraph`` values are looked at, so a page cannot make this walk long.
  private static func objects(in json: Any) -> [[String: Any]] {
    var result: [[String: Any]] = []
    var pending: [Any] = [json]
    var next = 0
    while next < pending.count && next < largestGraph {
      let value = pending[next]
      next += 1
      if let array = value as? [Any] {
        pending.append(contentsOf: array.prefix(largestGraph))
      } else if let object = value as? [String: Any] {
        result.append(object)
        if let graph = object["@graph"] { pending.append(graph) }
      }
    }
    return result
  }

  /// The most JSON-LD values looked at in one script.
  static let largestGraph = 10_000

  private static func typeNames(_ object: [String: Any]) -> [String] {
    let type = object["@type"]
    let names =
      (type as? [Any])?.compactMap { $0 as? String } ?? [type as? String].compactMap { $0 }
    return names.map { $0.lowercased() }
  }

  private static func isArticle(_ object: [String: Any]) -> Bool {
    typeNames(object).contains(where: articleTypes.contains)
      && (object["headline"] != nil || object["datePublished"] != nil
        || object["articleBody"] != nil)
  }

  private static func string(_ value: Any?) -> String? {
    let text: String?
    if let value = value as? String {
      text = value
    } else if let array = value as? [Any] {
      text = array.first as? String
    } else {
      text = nil
    }
    let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed?.isEmpty == false ? trimmed : nil
  }

  /// Names from a `Person`/`Organization` value, a list of them, or plain strings.
  private static func names(_ value: Any?) -> [String] {
    let values = (value as? [Any]) ?? (value.map { [$0] } ?? [])
    var names: [String] = []
    for item in values {
      let name = (item as? [String: Any]).flatMap { string($0["name"]) } ?? string(item)
      if let name, !name.hasPrefix("http"), !names.contains(name) { names.append(name) }
    }
    return names
  }

  /// `<meta>` values by their `property`, `name` or `itemprop`, lower-cased; the first one wins.
  static func metaTags(in tree: PageTree) -> [String: String] {
    var values: [String: String] = [:]
    for meta in tree.elements(named: "meta") {
      let attributes = tree.nodes[meta].attributes
      guard let content = attributes["content"]?.trimmingCharacters(in: .whitespacesAndNewlines)
      else { continue }
      for key in ["property", "name", "itemprop"] {
        if let name = attributes[key]?.lowercased(), values[name] == nil { values[name] = content }
      }
    }
    return values
  }

  private static func canonicalLink(in tree: PageTree) -> String? {
    for link in tree.elements(named: "link") {
      let attributes = tree.nodes[link].attributes
      if attributes["rel"]?.lowercased().split(separator: " ").contains("canonical") == true,
        let href = attributes["href"], href.hasPrefix("http")
      {
        return href
      }
    }
    return nil
  }

  /// The first `<time datetime>` (one marked as the publication time first).
  private static func timeElement(in tree: PageTree) -> String? {
    let times = tree.elements(named: "time").map { tree.nodes[$0].attributes }
    let published = times.first {
      ($0["itemprop"] ?? $0["class"] ?? "").lowercased().contains("publish")
        && $0["datetime"] != nil
    }
    return (published ?? times.first { $0["datetime"] != nil })?["datetime"]
  }

  /// Values of other `<meta>` whose name says they are a publication date.
  private static func datedMeta(_ meta: [String: String]) -> [String?] {
    meta.keys.sorted().filter { key in
      (key.contains("publish") || key.hasSuffix("date")) && !key.contains("modif")
        && !key.contains("update")
    }.map { meta[$0] }
  }

  /// The text of the first element whose class names a publication date ("article-publish-date",
  /// not "updated"), when it is short and holds a date.
  private static func datedText(in tree: PageTree) -> String? {
    for index in tree.nodes.indices {
      guard let names = tree.nodes[index].attributes["class"] else { continue }
      let words = names.split(separator: " ").flatMap { ExtractionHints.words(of: String($0)) }
      let namesDate = words.contains { word in
        (word.hasSuffix("date") && !["update", "candidate", "validate"].contains(word))
          || word.hasPrefix("publish") || word == "pub" || word == "timestamp"
      }
      guard namesDate, !words.contains(where: ["update", "updated", "modified"].contains) else {
        continue
      }
      let text = tree.text(of: index, limit: 120)
      let lower = text.lowercased()
      if text.count < 120, !lower.contains("updated"), !lower.contains("modified"),
        PageDate.dayInText(text) != nil
      {
        return text
      }
    }
    return nil
  }

  /// `<title>`, less a trailing " | Outlet" or " - Outlet".
  private static func documentTitle(in tree: PageTree, outlet: String?) -> String? {
    guard let title = tree.elements(named: "title").first.map({ tree.text(of: $0) }) else {
      return nil
    }
    var text = title.trimmingCharacters(in: .whitespacesAndNewlines)
    for separator in [" | ", " - ", " – ", " — ", " :: "] {
      if let range = text.range(of: separator, options: .backwards) {
        let tail = text[range.upperBound...]
        if outlet.map({ tail.localizedCaseInsensitiveContains($0) }) == true || tail.count < 30 {
          text = String(text[..<range.lowerBound])
          break
        }
      }
    }
    return text.isEmpty ? nil : text
  }
}
