import CXML2

/// A parsed web page as a flat tree of elements and text: what libxml2's HTML parser (the one lxml
/// and so trafilatura stand on) makes of the page, copied out of libxml2 so the extractor is plain
/// Swift. Comments, processing instructions, and the text of scripts and styles (but JSON-LD) are
/// left out.
struct PageTree {
  /// One element or run of text.
  struct Node {
    /// The element's name in lower case; empty for text.
    var tag: String
    /// The text of a text node; empty for an element.
    var text: String
    var attributes: [String: String]
    var parent: Int
    var children: [Int]

    var isText: Bool { tag.isEmpty }
  }

  /// Node 0 is the document; its children are the top-level elements.
  var nodes: [Node]

  /// Recovering from broken markup, silent, never on the network, the charset already decoded.
  /// `XML_PARSE_HUGE` lifts libxml2's limit of 256 levels of nesting, at which it would stop
  /// parsing and drop the rest of the page (unclosed `<font>` or `<div>` tags on old pages reach
  /// it); nothing here recurses over the tree, so depth costs only memory.
  static let parseOptions = Int32(
    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
      | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue
      | XML_PARSE_HUGE.rawValue)

  /// libxml2 is initialised once, before any thread parses.
  private static let initialised: Bool = {
    xmlInitParser()
    return true
  }()

  /// Parses UTF-8 `text`; `nil` when libxml2 makes no document of it.
  init?(utf8 text: [UInt8]) {
    _ = Self.initialised
    guard !text.isEmpty, text.count < Int(Int32.max) else { return nil }
    let document = text.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", Self.parseOptions)
      }
    }
    guard let document else { return nil }
    defer { xmlFreeDoc(document) }
    nodes = [Node(tag: "#document", text: "", attributes: [:], parent: -1, children: [])]
    copy(from: document)
  }

  /// Copies libxml2's nodes in document order, without recursion.
  private mutating func copy(from document: htmlDocPtr) {
    var current = document.pointee.children
    var parents: [Int] = [0]
    while let node = current {
      var descend = false
      let parent = parents[parents.count - 1]
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        let tag = node.pointee.name.map { String(cString: $0) }?.lowercased() ?? ""
        let index = append(
          Node(
            tag: tag, text: "", attributes: Self.attributes(of: node), parent: parent, children: [])
        )
        let keepsText = !Self.textlessElements.contains(tag) || Self.isJSONLD(nodes[index])
        if keepsText && node.pointee.children != nil {
          parents.append(index)
          descend = true
        }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = node.pointee.content {
          append(
            Node(
              tag: "", text: String(cString: content), attributes: [:], parent: parent, children: []
            ))
        }
      default:
        break
      }
      if descend {
        current = node.pointee.children
        continue
      }
      var next = node
      while next.pointee.next == nil {
        guard parents.count > 1, let up = next.pointee.parent else { return }
        parents.removeLast()
        next = UnsafeMutablePointer(OpaquePointer(up))
      }
      current = next.pointee.next
    }
  }

  @discardableResult
  private mutating func append(_ node: Node) -> Int {
    nodes.append(node)
    let index = nodes.count - 1
    nodes[node.parent].children.append(index)
    return index
  }

  /// Elements whose text is never page text.
  static let textlessElements: Set<String> = [
    "script", "style", "noscript", "template", "svg", "math", "canvas", "object", "embed",
    "iframe", "textarea", "select", "option",
  ]

  static func isJSONLD(_ node: Node) -> Bool {
    node.tag == "script" && node.attributes["type"]?.lowercased().contains("ld+json") == true
  }

  private static func attributes(of node: xmlNodePtr) -> [String: String] {
    var attributes: [String: String] = [:]
    var property = node.pointee.properties
    while let attribute = property {
      if let name = attribute.pointee.name {
        var value = ""
        var child = attribute.pointee.children
        while let text = child {
          if let content = text.pointee.content { value += String(cString: content) }
          child = text.pointee.next
        }
        attributes[String(cString: name).lowercased()] = value
      }
      property = attribute.pointee.next
    }
    return attributes
  }

  /// The text of `index` and its descendants, in order, as stored (white space not folded);
  /// gathering stops once `limit` characters are in.
  func text(of index: Int, limit: Int = .max) -> String {
    var text = ""
    var count = 0
    visit(index) { node in
      guard count < limit else { return false }
      if node.isText {
        text += node.text
        count += node.text.count
      }
      return true
    }
    return text
  }

  /// Visits `index` and its descendants in document order, without recursion; `body` returns
  /// whether to go into a node's children.
  func visit(_ index: Int, _ body: (Node) -> Bool) {
    var stack = [index]
    while let current = stack.popLast() {
      guard body(nodes[current]) else { continue }
      stack.append(contentsOf: nodes[current].children.reversed())
    }
  }

  /// The indices of the elements named `tag`, in document order.
  func elements(named tag: String) -> [Int] {
    nodes.indices.filter { nodes[$0].tag == tag }
  }
}
