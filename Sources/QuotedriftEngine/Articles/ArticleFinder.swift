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
      walk.visit(path, info: info)
    }
    return (walk.files, walk.skipped)
  }

  private struct Walk {
    /// One entry of a folder's listing.
    struct Entry {
      var name: String
      var inode: UInt64
      /// The listing says it is a regular file (not a link, a folder or unknown).
      var isRegularFile: Bool
    }

    /// The entries of the folder at `path` in byte order of their names; nil when it cannot
    /// be listed.
    static func entries(of path: String) -> [Entry]? {
      guard let folder = opendir(path) else { return nil }
      defer { closedir(folder) }
      var entries: [Entry] = []
      while let entry = readdir(folder) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
        }
        guard name != ".", name != ".." else { continue }
        entries.append(
          Entry(
            name: name, inode: UInt64(entry.pointee.d_ino),
            isRegularFile: entry.pointee.d_type == UInt8(DT_REG)))
      }
      return entries.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    var files: [String] = []
    var skipped: [LoadDiagnostic] = []
    var seenFolders = Set<[UInt64]>()
    var seenFiles = Set<[UInt64]>()

    mutating func visit(_ path: String, info: stat) {
      let identity = [UInt64(info.st_dev), UInt64(info.st_ino)]
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        guard seenFolders.insert(identity).inserted else { return }
        guard let entries = Self.entries(of: path) else {
          skipped.append(LoadDiagnostic(path: path, reason: "cannot list folder"))
          return
        }
        for entry in entries where !entry.name.hasPrefix(".") {
          let child = path.hasSuffix("/") ? path + entry.name : path + "/" + entry.name
          if entry.isRegularFile {
            // The folder's listing says what it is: no stat needed for a plain file.
            visitFile(child, identity: [UInt64(info.st_dev), entry.inode])
            continue
          }
          var childInfo = stat()
          guard stat(child, &childInfo) == 0 else {
            skipped.append(LoadDiagnostic(path: child, reason: "broken symbolic link or loop"))
            continue
          }
          visit(child, info: childInfo)
        }
      case S_IFREG:
        visitFile(path, identity: identity)
      default:
        skipped.append(LoadDiagnostic(path: path, reason: "skipped: not a regular file"))
      }
    }

    /// A regular file with device and inode `identity`: an article when its name says so, once
    /// however many links lead to it.
    mutating func visitFile(_ path: String, identity: [UInt64]) {
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
    }
  }
}
