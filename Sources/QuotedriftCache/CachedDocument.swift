import Foundation
import QuotedriftEngine

#if canImport(Glibc)
  import Glibc
#endif

/// A document read back from the cache: its file mapped into memory. The cache checks it
/// against the length and digest it was kept with, so a file cut short or changed is never
/// shown.
public final class CachedDocument: @unchecked Sendable {
  /// The document's bytes, valid while this lives.
  public let bytes: UnsafeRawBufferPointer

  /// The file at `path`, mapped; nil unless it can be and holds `length` bytes, at least one.
  init?(path: String, length: Int) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard length > 0, fstat(descriptor, &info) == 0, Int(info.st_size) == length,
      let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0),
      mapped != MAP_FAILED
    else { return nil }
    bytes = UnsafeRawBufferPointer(start: mapped, count: length)
  }

  deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }

  /// The digest of `bytes`: a ``ContentHash`` of each ``digestPiece`` bytes, on every core,
  /// and of their hashes in order.
  static func digest(of bytes: UnsafeRawBufferPointer) -> ContentHash {
    let start = UInt(bitPattern: bytes.baseAddress)
    let count = bytes.count
    let pieces = Parallel.map(count: (count + digestPiece - 1) / digestPiece) { index in
      let offset = index * digestPiece
      return hash(
        UnsafeRawBufferPointer(
          start: UnsafeRawPointer(bitPattern: start + UInt(offset)),
          count: min(digestPiece, count - offset)))
    }
    return digest(ofPieces: pieces, count: count)
  }

  /// How many bytes each hash of ``digest(of:)`` covers: 1 MB.
  static let digestPiece = 1 << 20

  static func hash(_ piece: UnsafeRawBufferPointer) -> ContentHash {
    var hasher = ContentHasher()
    hasher.add(piece)
    return hasher.finish()
  }

  static func digest(ofPieces pieces: [ContentHash], count: Int) -> ContentHash {
    var hasher = ContentHasher()
    hasher.add(count)
    for hash in pieces { hasher.add(hash.bytes) }
    return hasher.finish()
  }
}
