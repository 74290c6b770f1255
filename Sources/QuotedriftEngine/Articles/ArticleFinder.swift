import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns the paths a user gave into the list of article files to read, in a deterministic order.
///
/// Folders are walked recursively, their entries in byte order of their names; hidden files and
/// folders are skipped; a folder reached twice (a symbolic-link loop) is walked once; anything
/// that is not a regular file (a FIFO, a socket, a device) is reported and skipped, never opened.
public enum ArticleFinder {
  /// The article files under `paths`, and what was skipped.
  public static func files(in paths: [String]) throws(LoadError) -> (
    files: [String], skipped: [LoadDiagnostic]
  ) {
    var walk = Walk()
    for path in paths {
      var info = stat()
      guard stat(path, &info) == 0 else {
        if lstat(path, &info) == 0 {
          walk.skipped.append(LoadDiagnostic(path: path, reason: "broken symbolic link or loop"))
          continue
        }
        throw .noSuchPath(path)
      }
      walk.visit(path, info: info, named: true)
    }
    return (walk.files, walk.skipped)
  }

  private struct Walk {
    var files: [String] = []
    var skipped: [LoadDiagnostic] = []
    var seenFolders = Set<[UInt64]>()
    var seenFiles = Set<[UInt64]>()

    mutating func visit(_ path: String, info: stat, named: Bool) {
      let identity = [UInt64(info.st_dev), UInt64(info.st_ino)]
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        guard seenFolders.insert(identity).inserted else { return }
        let entries: [String]
        do {
          entries = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
          skipped.append(LoadDiagnostic(path: path, reason: "cannot list folder"))
          return
        }
        for entry in entries.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        where !entry.hasPrefix(".") {
          let child = path.hasSuffix("/") ? path + entry : path + "/" + entry
          var childInfo = stat()
          guard stat(child, &childInfo) == 0 else {
            skipped.append(LoadDiagnostic(path: child, reason: "broken symbolic link or loop"))
            continue
          }
          visit(child, info: childInfo, named: false)
        }
      case S_IFREG:
        guard ArticleFormat(path: path) != nil else {
          let pathExtension = (path as NSString).pathExtension.lowercased()
          let shown = pathExtension.isEmpty ? "no extension" : ".\(pathExtension)"
          skipped.append(
            LoadDiagnostic(
              path: path,
              reason: "skipped: not an article (\(shown); reads \(ArticleFormat.readableEndings))"))
          return
        }
        if seenFiles.insert(identity).inserted { files.append(path) }
      default:
        skipped.append(LoadDiagnostic(path: path, reason: "skipped: not a regular file"))
      }
    }
  }
}
