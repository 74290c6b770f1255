/// A problem with one input file, or one record of an archive, that did not stop the others from
/// loading.
public struct LoadDiagnostic: Sendable, Equatable, CustomStringConvertible {
  /// The file concerned.
  public var path: String
  /// The line of the file the problem is on (an archive's bad record), when it is one line's.
  public var line: Int?
  /// Why it was skipped or what was repaired, in a few words.
  public var reason: String

  public init(path: String, line: Int? = nil, reason: String) {
    self.path = path
    self.line = line
    self.reason = reason
  }

  public var description: String {
    if let line { "\(path):\(line): \(reason)" } else { "\(path): \(reason)" }
  }
}

/// Why nothing could be loaded, or a path the user named does not exist.
public enum LoadError: Error, Equatable, CustomStringConvertible {
  /// A path given on the command line does not exist.
  case noSuchPath(String)
  /// The paths held no readable article; `skipped` says why each file was passed over.
  case noArticles([String], skipped: [LoadDiagnostic])

  public var description: String {
    switch self {
    case .noSuchPath(let path): "\(path): no such file or directory"
    case .noArticles(let paths, _):
      "no readable article in \(paths.joined(separator: ", ")) (reads \(ArticleFormat.readableEndings))"
    }
  }
}
