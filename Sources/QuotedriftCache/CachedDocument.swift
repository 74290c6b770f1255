import Foundation
import QuotedriftEngine

#if canImport(Glibc)
  import Glibc
#endif

/// The key a document is cached under: the analysis it was made from, what made it (the
/// command and every option that shapes its bytes), and the program (``CacheSchema/stamp``),
/// so that another build never reads a document this one wrote.
public struct DocumentKey: Hashable, Sendable {
  let hash: ContentHash
  /// The analysis the document was made from.
  let analysis: AnalysisKey

  /// The document `kind` (say `statements json`) of the analysis cached under `analysis`.
  public init(analysis: AnalysisKey, kind: String) {
    self.analysis = analysis
    var hasher = ContentHasher()
    hasher.add(CacheSchema.stamp)
    hasher.add(analysis.hash.bytes)
    hasher.add(kind)
    hash = hasher.finish()
  }

  /// The name of its file in the documents folder: the hash in hexadecimal.
  var fileName: String { Self.fileName(of: hash.bytes) }

  /// The file name of the key whose hash is `bytes`.
  static func fileName(of bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
  }
}

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

/// A document on its way to standard output, copied into the cache as it goes
/// (``AnalysisCache/recorder(for:)``): the bytes go to a temporary file in the documents folder,
/// which ``AnalysisCache/keep(_:)`` puts in place. They are hashed and written a digest's piece
/// at a time on a thread of its own, a few pieces ahead at most, so the copy takes the share of
/// the cores the output leaves idle. A failed write (a full disk) stops the copy, never the
/// output; the failure is reported when the document is kept.
public final class DocumentRecorder: @unchecked Sendable {
  let key: DocumentKey
  /// Bytes recorded and not handed to the writing thread yet: less than one piece.
  private var piece: [UInt8] = []
  private let writing = DispatchQueue(label: "quotedrift document")
  /// Pieces that may wait for the writing thread: bounds the memory the copy takes.
  private let room = DispatchSemaphore(value: 4)
  // Touched on `writing` only, until `finish()` has waited for it.
  private var writer: AtomicFileWriter?
  private var failure: AtomicFileWriter.Failure?
  private var pieceHashes: [ContentHash] = []
  private var length = 0

  init(key: DocumentKey, path: String) {
    self.key = key
    do {
      writer = try AtomicFileWriter(path: path)
      piece.reserveCapacity(CachedDocument.digestPiece)
    } catch {
      failure = error
    }
  }

  /// Copies the bytes of `buffer`, after those before.
  public func record(_ buffer: UnsafeRawBufferPointer) {
    var rest = buffer
    while !rest.isEmpty {
      let taken = min(rest.count, CachedDocument.digestPiece - piece.count)
      piece.append(contentsOf: UnsafeRawBufferPointer(rebasing: rest.prefix(taken)))
      rest = UnsafeRawBufferPointer(rebasing: rest.dropFirst(taken))
      if piece.count == CachedDocument.digestPiece { handOver() }
    }
  }

  /// Writes what is left and waits for the writing thread: the file recorded, its length and
  /// digest, or why it could not be written.
  func finish() -> Result<
    (writer: AtomicFileWriter, length: Int, digest: ContentHash), AtomicFileWriter.Failure
  > {
    if !piece.isEmpty { handOver() }
    return writing.sync {
      if let failure { return .failure(failure) }
      return .success(
        (writer!, length, CachedDocument.digest(ofPieces: pieceHashes, count: length)))
    }
  }

  private func handOver() {
    let full = piece
    piece = []
    piece.reserveCapacity(CachedDocument.digestPiece)
    room.wait()
    writing.async { [self] in
      defer { room.signal() }
      full.withUnsafeBytes { write($0) }
    }
  }

  /// On `writing`: hashes and writes one piece, unless a write failed before.
  private func write(_ buffer: UnsafeRawBufferPointer) {
    guard let writer else { return }
    pieceHashes.append(CachedDocument.hash(buffer))
    do throws(AtomicFileWriter.Failure) {
      #if DEBUG
        if let limit = CacheFaultInjection.maximumDocumentBytes, length + buffer.count > limit {
          throw AtomicFileWriter.Failure(writer.path, ENOSPC)
        }
      #endif
      try writer.append(buffer)
      length += buffer.count
    } catch {
      failure = error
      self.writer = nil
    }
  }
}
