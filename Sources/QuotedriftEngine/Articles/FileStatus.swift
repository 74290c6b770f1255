import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What the file system says of a file without reading it: which file it is, its size, and when
/// its content and its status last changed (to the nanosecond). A file whose status is the same
/// as when it was read is taken to hold the same bytes, as `git status` takes it; a file changed
/// within ``racyWindow`` of being read is not, since a second change in the same tick of the
/// clock would leave its times unchanged.
public struct FileStatus: Sendable, Hashable {
  public var device: UInt64
  public var inode: UInt64
  public var size: Int
  /// Nanoseconds since 1970 of the last change of the content.
  public var modified: Int64
  /// Nanoseconds since 1970 of the last change of the content or the status.
  public var changed: Int64

  public init(device: UInt64, inode: UInt64, size: Int, modified: Int64, changed: Int64) {
    self.device = device
    self.inode = inode
    self.size = size
    self.modified = modified
    self.changed = changed
  }

  /// The status `fstat` gives.
  init(_ info: stat) {
    func nanoseconds(_ time: timespec) -> Int64 {
      Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
    self.init(
      device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int(info.st_size),
      modified: nanoseconds(info.st_mtim), changed: nanoseconds(info.st_ctim))
  }

  /// How recent a change keeps a file from being remembered by its status: two seconds.
  public static let racyWindow: Int64 = 2_000_000_000

  /// Whether the file changed too recently, at `now` (nanoseconds since 1970), for its status
  /// to vouch for its bytes later.
  public func isRacy(at now: Int64) -> Bool {
    now - max(modified, changed) < Self.racyWindow
  }

  /// The time now, in nanoseconds since 1970.
  public static func now() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
  }
}
