extension Article {
  /// A hash of everything of the article its statements depend on, but its id (which only says
  /// where in the load it came): its path, format, offset base, metadata, captions, body start
  /// and text. Its words and sentences are not in it: they follow from the text. A load keeps it
  /// for each file it remembers (``LoadSnapshot``), so a cache can tell an unchanged folder from
  /// the files' status alone.
  public var fingerprint: ContentHash {
    var hasher = ContentHasher()
    hasher.add(path)
    hasher.add(format.rawValue)
    hasher.add(offsets.rawValue)
    for field in [title, outlet, author, date, modified, url] {
      hasher.add(field.map { "+" + $0 } ?? "-")
    }
    hasher.add(bodyStart)
    hasher.add(captions.count)
    for caption in captions {
      hasher.add(caption.lowerBound)
      hasher.add(caption.upperBound)
    }
    hasher.add(bytes)
    return hasher.finish()
  }
}
