import Foundation

/// Where the cache lives: `$XDG_CACHE_HOME/quotedrift`, else `~/.cache/quotedrift`.
public enum CacheLocation {
  /// The cache folder for `environment`.
  public static func folder(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
      return base + "/quotedrift"
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.cache/quotedrift"
  }

  /// The database file in `folder`.
  public static func database(in folder: String) -> String { folder + "/index.sqlite" }

  /// The folder of kept documents (``CachedDocument``) in `folder`.
  public static func documents(in folder: String) -> String { folder + "/documents" }
}
